using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Spd.Bench;

/// <summary>What the numbers were measured on: the outputs of nproc, free -h, dotnet --version and git, and /proc, /etc.</summary>
internal sealed record TestBed(string Cpu, string Processors, string Memory, string OperatingSystem, string DotNet, string Code, string LoadBefore)
{
    public static TestBed Describe(string repository)
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = Command(repository, "free", "-h")?.Split('\n').FirstOrDefault(l => l.StartsWith("Mem:", StringComparison.Ordinal))
            ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"');
        var kernel = File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        var commit = Command(repository, "git", "rev-parse", "--short", "HEAD");
        var changed = Command(repository, "git", "status", "--porcelain") is { Length: > 0 };
        return new(
            model ?? "unknown",
            Command(repository, "nproc") ?? Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            memory ?? "unknown",
            $"{os ?? "Linux"}, kernel {kernel}",
            $"SDK {Command(repository, "dotnet", "--version") ?? "unknown"}, runtime {RuntimeInformation.FrameworkDescription}",
            commit is null ? "unknown" : changed ? $"commit {commit} with uncommitted changes" : $"commit {commit}",
            LoadAverage());
    }

    /// <summary>The one-minute load average: other work on the machine shows up in the times.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static string? Command(string workingDirectory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
