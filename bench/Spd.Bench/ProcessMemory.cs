namespace Spd.Bench;

internal static class ProcessMemory
{
    /// <summary>
    /// VmHWM, the peak resident set size of a Linux process: the same figure for the harness's
    /// children and for the web app, which runs under another host.
    /// </summary>
    public static long PeakBytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            throw new BenchException($"{status} is missing: peak memory is read from /proc, which needs Linux.");
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            ?? throw new BenchException($"{status} has no VmHWM line.");
        var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Collects the garbage of the set-up and resets VmHWM to the current resident set (Linux: 5 into
    /// clear_refs), so that the peak read afterwards is that of the step measured.
    /// </summary>
    public static void ResetPeak()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }
}
