using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Bench;

/// <summary>What <c>child ledger</c> reports on its last line of output, as JSON.</summary>
internal sealed record LedgerReport(DataSizes Sizes, int Movements, double Milliseconds, long PeakBytes);

/// <summary>
/// Stock ledger throughput as a page uses it: each movement its own operation (a new context, one
/// <see cref="StockLedger.PostAsync"/>, one audited save in its own transaction) on a SQLite file.
/// A third are receipts, a third transfers between locations, a third dispatches.
/// </summary>
internal static class LedgerMeasurements
{
    public const int Movements = 6000;

    public static async Task<LedgerReport> RunAsync(SeedProfile profile, DateOnly today)
    {
        var data = HospitalGenerator.Generate(profile, today);
        var folder = Directory.CreateTempSubdirectory("spd-bench-ledger-");
        try
        {
            var file = Path.Combine(folder.FullName, "spd.db");
            await using (var db = new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite($"Data Source={file}").Options))
            {
                await db.Database.MigrateAsync();
                await HospitalSeeder.SeedAsync(db, data);

                // As Spd.Web runs SQLite (DatabaseSetup): write-ahead logging.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            int warehouseId;
            int[] locations;
            int[] items;
            await using (var db = Audited(file))
            {
                var central = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).OrderBy(w => w.Id).FirstAsync();
                warehouseId = central.Id;
                locations = await db.Locations.Where(l => l.WarehouseId == central.Id).OrderBy(l => l.Id).Select(l => l.Id).Take(50).ToArrayAsync();
                items = await db.Items.Where(i => i.TrackingMode == TrackingMode.Bulk).OrderBy(i => i.Id).Select(i => i.Id).Take(200).ToArrayAsync();
            }

            ProcessMemory.ResetPeak();
            var stopwatch = Stopwatch.StartNew();
            for (var n = 0; n < Movements; n++)
            {
                var item = items[n / 3 % items.Length];
                var here = locations[n / 3 % locations.Length];
                var there = locations[(n / 3 + 1) % locations.Length];
                var move = (n % 3) switch
                {
                    0 => new StockMove
                    {
                        Kind = StockMovementKind.Receipt, ItemId = item, LotNumber = "B" + (n / 3), ExpiryDate = today.AddYears(2), Quantity = 10, UnitCost = 3.5m,
                        To = new StockPosition(warehouseId, here), DocumentType = StockDocumentType.Receipt, DocumentNo = "BENCH",
                    },
                    1 => new StockMove
                    {
                        Kind = StockMovementKind.Transfer, ItemId = item, LotNumber = "B" + (n / 3), Quantity = 6,
                        From = new StockPosition(warehouseId, here), To = new StockPosition(warehouseId, there), DocumentType = StockDocumentType.Transfer, DocumentNo = "BENCH",
                    },
                    _ => new StockMove
                    {
                        Kind = StockMovementKind.Dispatch, ItemId = item, LotNumber = "B" + (n / 3), Quantity = 4,
                        From = new StockPosition(warehouseId, here), DocumentType = StockDocumentType.Dispatch, DocumentNo = "BENCH",
                    },
                };
                await using var db = Audited(file);
                var result = await new StockLedger(db, TimeProvider.System, "bench").PostAsync(move);
                if (!result.Succeeded || (await StockLedger.SaveAsync(db)).Count > 0)
                {
                    throw new BenchException($"movement {n} was refused: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
                }
            }

            stopwatch.Stop();
            return new(DataSizes.Of(data), Movements, stopwatch.Elapsed.TotalMilliseconds, ProcessMemory.PeakBytes(Environment.ProcessId));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static SqliteSpdDbContext Audited(string file) =>
        new(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite($"Data Source={file}")
            .AddInterceptors(new ChangeStampInterceptor(TimeProvider.System), new AuditSaveChangesInterceptor(new FixedAuditActor("bench"), TimeProvider.System))
            .Options);
}
