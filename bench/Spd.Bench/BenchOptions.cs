using Spd.Domain.Seeding;

namespace Spd.Bench;

internal enum Measurement
{
    Generate,
    Seed,
    Startup,
    Excel,
    Ledger,
    History,
}

internal sealed record BenchOptions(IReadOnlyList<Measurement> Measurements, IReadOnlyList<SeedProfile> Profiles, int Runs, bool Write)
{
    public const string Usage = """
        Usage: Spd.Bench [generate|seed|startup|excel|ledger|history]... [demo|large]... [--runs N] [--write]
          generate   HospitalGenerator.Generate in a child process: time and peak memory
          seed       Migrate and HospitalSeeder.SeedAsync into a new SQLite file, in a child process
          startup    Spd.Web (Release build) from launch to the first /health 200, on an empty and on a seeded database
          excel      export the seeded catalogue to .xlsx, then import that file into a hospital without items, in a child process
          ledger     post stock movements through StockLedger, one audited save each, on a seeded SQLite file, in a child process
          history    12 months of warehouse history through the domain services, then rebuild the balances from the ledger and load the recall report
          demo|large the seed profiles to measure (default both)
          --runs N   runs per measurement (default 3)
          --write    replace the results block of docs/benchmarks.md (only with every measurement and profile)
        Without a measurement, all are run.
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var measurements = new List<Measurement>();
        var profiles = new List<SeedProfile>();
        var runs = 3;
        var write = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i].ToLowerInvariant())
            {
                case "generate": measurements.Add(Measurement.Generate); break;
                case "seed": measurements.Add(Measurement.Seed); break;
                case "startup": measurements.Add(Measurement.Startup); break;
                case "excel": measurements.Add(Measurement.Excel); break;
                case "ledger": measurements.Add(Measurement.Ledger); break;
                case "history": measurements.Add(Measurement.History); break;
                case "demo": profiles.Add(SeedProfile.Demo); break;
                case "large": profiles.Add(SeedProfile.Large); break;
                case "--write": write = true; break;
                case "--runs" when i + 1 < args.Count && int.TryParse(args[i + 1], out runs) && runs > 0: i++; break;
                default: throw new BenchException($"unknown or incomplete argument '{args[i]}'.\n{Usage}");
            }
        }

        var all = measurements.Count == 0 && profiles.Count == 0;
        if (write && !all)
        {
            throw new BenchException("--write records the whole table, so it runs every measurement for both profiles; drop the selection.");
        }

        return new(
            measurements.Count == 0 ? Enum.GetValues<Measurement>() : [.. measurements.Distinct()],
            profiles.Count == 0 ? [SeedProfile.Demo, SeedProfile.Large] : [.. profiles.Distinct()],
            runs,
            write);
    }
}
