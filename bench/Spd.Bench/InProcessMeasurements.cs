using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;

namespace Spd.Bench;

/// <summary>The sizes of a generated hospital.</summary>
internal sealed record DataSizes(int Campuses, int Departments, int Warehouses, int Locations, int Suppliers, int Manufacturers, int Certificates, int Items)
{
    public static DataSizes Of(HospitalData data) => new(
        data.Campuses.Count,
        data.Departments.Count,
        data.Warehouses.Count,
        data.Warehouses.Sum(w => w.Locations.Count),
        data.Suppliers.Count,
        data.Manufacturers.Count,
        data.Suppliers.Sum(s => s.Certificates.Count) + data.Manufacturers.Sum(m => m.Certificates.Count),
        data.Items.Count);
}

/// <summary>What <c>child generate</c> reports on its last line of output, as JSON.</summary>
internal sealed record GenerateReport(double Milliseconds, long PeakBytes, DataSizes Sizes);

/// <summary>What <c>child seed</c> reports on its last line of output, as JSON.</summary>
internal sealed record SeedReport(double ModelMilliseconds, double MigrateMilliseconds, double SeedMilliseconds, long PeakBytes, long DatabaseBytes, DataSizes Sizes);

/// <summary>
/// The measurements that run inside a process of their own (<c>Spd.Bench child generate demo</c>),
/// so that the peak memory of the process is theirs alone.
/// </summary>
internal static class InProcessMeasurements
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args is not [var name, var profileName] || !Enum.TryParse<SeedProfile>(profileName, ignoreCase: true, out var profile) || profile == SeedProfile.None)
        {
            throw new BenchException($"a child takes a measurement and a profile, e.g. 'child generate demo'; got '{string.Join(' ', args)}'.");
        }

        object report = name switch
        {
            "generate" => Generate(profile),
            "seed" => await SeedAsync(profile),
            "excel" => await ExcelMeasurements.RunAsync(profile, Today),
            "ledger" => await LedgerMeasurements.RunAsync(profile, Today),
            "history" => await HistoryMeasurements.RunAsync(profile, Today),
            _ => throw new BenchException($"no in-process measurement '{name}'."),
        };
        Console.WriteLine(JsonSerializer.Serialize(report, report.GetType()));
        return 0;
    }

    private static GenerateReport Generate(SeedProfile profile)
    {
        var stopwatch = Stopwatch.StartNew();
        var data = HospitalGenerator.Generate(profile, Today);
        stopwatch.Stop();
        return new(stopwatch.Elapsed.TotalMilliseconds, ProcessMemory.PeakBytes(Environment.ProcessId), DataSizes.Of(data));
    }

    private static async Task<SeedReport> SeedAsync(SeedProfile profile)
    {
        var data = HospitalGenerator.Generate(profile, Today);
        var folder = Directory.CreateTempSubdirectory("spd-bench-seed-");
        try
        {
            var file = Path.Combine(folder.FullName, "spd.db");
            var options = new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite($"Data Source={file}").Options;
            var model = new Stopwatch();
            var migrate = new Stopwatch();
            var seed = new Stopwatch();
            await using (var db = new SqliteSpdDbContext(options))
            {
                // The first use of a context type builds its model; timed apart, it is not mistaken for migrating.
                model.Start();
                _ = db.Model;
                model.Stop();

                migrate.Start();
                db.Database.Migrate();
                migrate.Stop();

                seed.Start();
                var seeded = await HospitalSeeder.SeedAsync(db, data);
                seed.Stop();
                if (!seeded)
                {
                    throw new BenchException($"the new database {file} already had campuses; nothing was seeded.");
                }
            }

            // Pooled connections keep the file open; closing them leaves the database file complete.
            SqliteConnection.ClearAllPools();
            return new(
                model.Elapsed.TotalMilliseconds,
                migrate.Elapsed.TotalMilliseconds,
                seed.Elapsed.TotalMilliseconds,
                ProcessMemory.PeakBytes(Environment.ProcessId),
                new FileInfo(file).Length,
                DataSizes.Of(data));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
}
