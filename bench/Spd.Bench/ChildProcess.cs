using System.Diagnostics;
using System.Text.Json;

namespace Spd.Bench;

/// <summary>A process whose output is kept, the last lines of it, to explain a failure.</summary>
internal sealed class ChildProcess : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    private const int KeptLines = 40;

    private readonly Queue<string> tail = new();
    private readonly Lock gate = new();

    private ChildProcess(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        Process = new Process { StartInfo = start };
        Process.OutputDataReceived += (_, e) => Keep(e.Data, standardOutput: true);
        Process.ErrorDataReceived += (_, e) => Keep(e.Data, standardOutput: false);
    }

    public Process Process { get; }

    public string? LastOutputLine { get; private set; }

    public string Name => $"'{Process.StartInfo.FileName} {string.Join(' ', Process.StartInfo.ArgumentList)}'";

    public static ChildProcess Start(ProcessStartInfo start)
    {
        var child = new ChildProcess(start);
        child.Process.Start();
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs this harness as <c>Spd.Bench child &lt;measurement&gt; &lt;profile&gt;</c> and reads its report.</summary>
    public static async Task<TReport> RunSelfAsync<TReport>(string measurement, string profile)
    {
        var path = Environment.ProcessPath ?? throw new BenchException("the path of this process is unknown, so it cannot start itself.");
        // Under `dotnet Spd.Bench.dll` the process is the dotnet host, which needs the assembly again.
        string[] host = Path.GetFileNameWithoutExtension(path) == "dotnet" ? [typeof(ChildProcess).Assembly.Location] : [];
        var start = new ProcessStartInfo(path, [.. host, "child", measurement, profile]);

        using var child = Start(start);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await child.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            child.Process.Kill(entireProcessTree: true);
            throw new BenchException($"{child.Name} did not finish within {Timeout.TotalMinutes} minutes. Its last output:\n{child.Tail()}");
        }

        if (child.Process.ExitCode != 0)
        {
            throw new BenchException($"{child.Name} exited with code {child.Process.ExitCode}. Its last output:\n{child.Tail()}");
        }

        return JsonSerializer.Deserialize<TReport>(child.LastOutputLine ?? "null")
            ?? throw new BenchException($"{child.Name} reported nothing. Its last output:\n{child.Tail()}");
    }

    public string Tail()
    {
        lock (gate)
        {
            return tail.Count == 0 ? "(no output)" : string.Join('\n', tail);
        }
    }

    public void Dispose() => Process.Dispose();

    private void Keep(string? line, bool standardOutput)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            if (standardOutput)
            {
                LastOutputLine = line;
            }

            tail.Enqueue(line);
            if (tail.Count > KeptLines)
            {
                tail.Dequeue();
            }
        }
    }
}
