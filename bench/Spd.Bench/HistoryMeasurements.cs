using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Bench;

/// <summary>What <c>child history</c> reports on its last line of output, as JSON.</summary>
internal sealed record HistoryReport(
    DataSizes Sizes, int LedgerEntries, int Balances, double HistoryMilliseconds, long HistoryPeakBytes,
    double CompareMilliseconds, double RebuildMilliseconds, long RebuildPeakBytes, double RecallReportMilliseconds);

/// <summary>
/// Twelve months of warehouse history written through the domain services (<see cref="WarehouseHistory"/>) on a
/// seeded SQLite file, then the ledger checks on that data: recompute every balance from the ledger
/// (<see cref="StockRebuild.CompareAsync"/>), rewrite them (<see cref="StockRebuild.RebuildAsync"/>), and the
/// recall report of the history's recall.
/// </summary>
internal static class HistoryMeasurements
{
    /// <summary>Items each central warehouse stocks: the demo's default, and more for the large hospital.</summary>
    public static int ItemsPerCentral(SeedProfile profile) => profile == SeedProfile.Large ? 60 : new SeedOptions().HistoryItemsPerCentral;

    public static async Task<HistoryReport> RunAsync(SeedProfile profile, DateOnly today)
    {
        var data = HospitalGenerator.Generate(profile, today);
        var folder = Directory.CreateTempSubdirectory("spd-bench-history-");
        try
        {
            var file = Path.Combine(folder.FullName, "spd.db");
            var options = new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite($"Data Source={file}").Options;
            await using (var db = new SqliteSpdDbContext(options))
            {
                await db.Database.MigrateAsync();
                await HospitalSeeder.SeedAsync(db, data);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            ProcessMemory.ResetPeak();
            var history = Stopwatch.StartNew();
            await new WarehouseHistory(() => new SqliteSpdDbContext(options), new WarehouseHistoryOptions(12, ItemsPerCentral(profile))).RunAsync(today);
            history.Stop();
            var historyPeak = ProcessMemory.PeakBytes(Environment.ProcessId);

            ProcessMemory.ResetPeak();
            await using var check = new SqliteSpdDbContext(options);
            var compare = Stopwatch.StartNew();
            var differences = await StockRebuild.CompareAsync(check);
            compare.Stop();
            if (differences.Count > 0)
            {
                throw new BenchException($"{differences.Count} balances differ from the ledger after the history.");
            }

            var rebuild = Stopwatch.StartNew();
            await StockRebuild.RebuildAsync(check);
            rebuild.Stop();
            var rebuildPeak = ProcessMemory.PeakBytes(Environment.ProcessId);

            var recallId = await check.Recalls.Select(r => r.Id).FirstAsync();
            var recall = Stopwatch.StartNew();
            _ = await RecallReport.LoadAsync(check, recallId) ?? throw new BenchException("the history's recall has no report.");
            recall.Stop();

            return new(
                DataSizes.Of(data), await check.StockLedgerEntries.CountAsync(), await check.StockBalances.CountAsync(),
                history.Elapsed.TotalMilliseconds, historyPeak, compare.Elapsed.TotalMilliseconds, rebuild.Elapsed.TotalMilliseconds, rebuildPeak,
                recall.Elapsed.TotalMilliseconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
