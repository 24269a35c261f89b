using Spd.Bench;

if (args is ["-h" or "--help"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

try
{
    return args is ["child", .. var measurement]
        ? await InProcessMeasurements.RunAsync(measurement)
        : await Harness.RunAsync(BenchOptions.Parse(args));
}
catch (BenchException e)
{
    Console.Error.WriteLine($"Spd.Bench: {e.Message}");
    return 1;
}
