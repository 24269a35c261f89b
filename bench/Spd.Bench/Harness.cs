using Spd.Domain.Seeding;

namespace Spd.Bench;

/// <summary>Runs the selected measurements several times each and reports them as Markdown.</summary>
internal static class Harness
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var repository = Repository.Root();
        var testBed = TestBed.Describe(repository);
        if (options.Measurements.Contains(Measurement.Startup))
        {
            WebAppStart.EnsureBuilt(repository);
        }

        var results = new Results();
        foreach (var measurement in options.Measurements)
        {
            foreach (var profile in options.Profiles)
            {
                for (var run = 1; run <= options.Runs; run++)
                {
                    Console.Error.WriteLine($"{measurement} {profile}, run {run} of {options.Runs}");
                    await MeasureAsync(measurement, profile, repository, results);
                }
            }
        }

        var report = Report.Markdown(results, options.Runs, testBed, TestBed.LoadAverage());
        Console.WriteLine(report);
        if (options.Write)
        {
            Report.WriteInto(Path.Combine(repository, "docs", "benchmarks.md"), report);
        }

        return 0;
    }

    private static async Task MeasureAsync(Measurement measurement, SeedProfile profile, string repository, Results results)
    {
        switch (measurement)
        {
            case Measurement.Generate:
            {
                var report = await ChildProcess.RunSelfAsync<GenerateReport>("generate", profile.ToString());
                results.Sizes[profile] = report.Sizes;
                results.Row(Results.Generate, profile).Add(report.Milliseconds, report.PeakBytes);
                break;
            }

            case Measurement.Seed:
            {
                var report = await ChildProcess.RunSelfAsync<SeedReport>("seed", profile.ToString());
                results.Sizes[profile] = report.Sizes;
                results.DatabaseBytes[profile] = report.DatabaseBytes;
                results.Row(Results.Model, profile).Add(report.ModelMilliseconds, peakBytes: null);
                results.Row(Results.Migrate, profile).Add(report.MigrateMilliseconds, peakBytes: null);
                results.Row(Results.Seed, profile).Add(report.SeedMilliseconds, report.PeakBytes);
                break;
            }

            case Measurement.Excel:
            {
                var report = await ChildProcess.RunSelfAsync<ExcelReport>("excel", profile.ToString());
                results.Row(Results.ExcelExport, profile).Add(report.ExportMilliseconds, report.ExportPeakBytes);
                results.Row(Results.ExcelRead, profile).Add(report.ReadMilliseconds, peakBytes: null);
                results.Row(Results.ExcelPreview, profile).Add(report.PreviewMilliseconds, peakBytes: null);
                results.Row(Results.ExcelApply, profile).Add(report.ApplyMilliseconds, report.ImportPeakBytes);
                results.Sizes[profile] = report.Sizes;
                results.ExcelFileBytes[profile] = report.FileBytes;
                break;
            }

            case Measurement.Ledger:
            {
                var report = await ChildProcess.RunSelfAsync<LedgerReport>("ledger", profile.ToString());
                results.Sizes[profile] = report.Sizes;
                results.Row(Results.LedgerPost, profile).Add(report.Milliseconds, report.PeakBytes);
                break;
            }

            case Measurement.History:
            {
                var report = await ChildProcess.RunSelfAsync<HistoryReport>("history", profile.ToString());
                results.Sizes[profile] = report.Sizes;
                results.Ledger[profile] = (report.LedgerEntries, report.Balances);
                results.Row(Results.History, profile).Add(report.HistoryMilliseconds, report.HistoryPeakBytes);
                results.Row(Results.Compare, profile).Add(report.CompareMilliseconds, peakBytes: null);
                results.Row(Results.Rebuild, profile).Add(report.RebuildMilliseconds, report.RebuildPeakBytes);
                results.Row(Results.RecallReport, profile).Add(report.RecallReportMilliseconds, peakBytes: null);
                break;
            }

            case Measurement.Startup:
            {
                var folder = Directory.CreateTempSubdirectory("spd-bench-startup-");
                try
                {
                    var database = Path.Combine(folder.FullName, "spd.db");
                    var first = await WebAppStart.MeasureAsync(repository, database, profile);
                    results.Row(Results.FirstStart, profile).Add(first.Milliseconds, first.PeakBytes);
                    var second = await WebAppStart.MeasureAsync(repository, database, profile);
                    results.Row(Results.SecondStart, profile).Add(second.Milliseconds, second.PeakBytes);
                }
                finally
                {
                    folder.Delete(recursive: true);
                }

                break;
            }
        }
    }
}
