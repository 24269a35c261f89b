using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Spd.Domain.Seeding;

namespace Spd.Bench;

internal sealed record StartupSample(double Milliseconds, long PeakBytes);

/// <summary>Starts the real Spd.Web as a child process and times it to its first healthy answer.</summary>
internal static class WebAppStart
{
    private const int SignalTerminate = 15;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    public static string DllPath(string repository) =>
        Path.Combine(repository, "Spd.Web", "bin", "Release", "net10.0", "Spd.Web.dll");

    public static void EnsureBuilt(string repository)
    {
        if (!File.Exists(DllPath(repository)))
        {
            throw new BenchException(
                $"{DllPath(repository)} is missing. Build the web app in Release first: dotnet build Spd.Web -c Release");
        }
    }

    /// <summary>
    /// Launch to the first <c>GET /health</c> 200, polled every 50 ms; the peak memory is read
    /// just before the app is asked to stop.
    /// </summary>
    public static async Task<StartupSample> MeasureAsync(string repository, string databaseFile, SeedProfile profile)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { DllPath(repository), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(repository, "Spd.Web") },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Spd"] = $"Data Source={databaseFile}",
                ["Seed__Profile"] = profile.ToString(),
                // Start-up of the seeded hospital; the warehouse history is measured on its own (`history`).
                ["Seed__HistoryMonths"] = "0",
            },
        };
        var health = new Uri($"http://127.0.0.1:{port}/health");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = new CancellationTokenSource(ChildProcess.Timeout);

        var stopwatch = Stopwatch.StartNew();
        using var app = ChildProcess.Start(start);
        try
        {
            while (!await IsHealthyAsync(http, health, deadline.Token))
            {
                if (app.Process.HasExited)
                {
                    throw new BenchException($"{app.Name} exited with code {app.Process.ExitCode} before /health answered 200. Its last output:\n{app.Tail()}");
                }

                await Task.Delay(PollInterval, deadline.Token);
            }

            stopwatch.Stop();
            return new(stopwatch.Elapsed.TotalMilliseconds, ProcessMemory.PeakBytes(app.Process.Id));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new BenchException($"{app.Name} did not answer /health with 200 within {ChildProcess.Timeout.TotalMinutes} minutes. Its last output:\n{app.Tail()}");
        }
        finally
        {
            await StopAsync(app.Process);
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, Uri health, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(health, ct);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// SIGTERM, as Ctrl+C or systemd would: the app shuts down and SQLite checkpoints its WAL, so
    /// the next start finds the database as after an ordinary stop.
    /// </summary>
    private static async Task StopAsync(Process process)
    {
        if (process.HasExited || (kill(process.Id, SignalTerminate) == 0 && process.WaitForExit(StopTimeout)))
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
