using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Reporting.Excel;

namespace Spd.Bench;

/// <summary>What <c>child excel</c> reports on its last line of output, as JSON.</summary>
internal sealed record ExcelReport(
    DataSizes Sizes, long FileBytes, double ExportMilliseconds, long ExportPeakBytes,
    double ReadMilliseconds, double PreviewMilliseconds, double ApplyMilliseconds, long ImportPeakBytes);

/// <summary>
/// The catalogue's Excel round: export the seeded catalogue to .xlsx, then import that file into a
/// hospital seeded without items (parse, preview, and an audited apply inserting every row).
/// </summary>
internal static class ExcelMeasurements
{
    public static async Task<ExcelReport> RunAsync(SeedProfile profile, DateOnly today)
    {
        var data = HospitalGenerator.Generate(profile, today);
        var folder = Directory.CreateTempSubdirectory("spd-bench-excel-");
        try
        {
            var full = Path.Combine(folder.FullName, "full.db");
            var empty = Path.Combine(folder.FullName, "empty.db");
            await SeedAsync(full, data);
            // Seeding gives the objects their keys, so the second hospital is generated afresh (the same codes: the generator is deterministic).
            var withoutItems = HospitalGenerator.Generate(profile, today) with { Items = [] };
            // No new item may name a blacklisted supplier, and the file carries the items of the few the generator blacklists.
            foreach (var supplier in withoutItems.Suppliers)
            {
                supplier.LiftBlacklist();
            }

            await SeedAsync(empty, withoutItems);

            byte[] file;
            var export = new Stopwatch();
            ProcessMemory.ResetPeak();
            await using (var db = Audited(full))
            {
                export.Start();
                file = await CatalogWorkbooks.ItemsAsync(db);
                export.Stop();
            }

            var exportPeak = ProcessMemory.PeakBytes(Environment.ProcessId);
            var read = new Stopwatch();
            var preview = new Stopwatch();
            var apply = new Stopwatch();
            ProcessMemory.ResetPeak();
            await using (var db = Audited(empty))
            {
                read.Start();
                var sheet = SheetWorkbook.Read(new MemoryStream(file));
                read.Stop();

                preview.Start();
                var result = await CatalogImport.PreviewAsync(db, sheet);
                preview.Stop();
                if (!result.IsClean || result.Inserts.Count != data.Items.Count)
                {
                    var codes = string.Join(", ", result.Errors.GroupBy(e => e.Code).Select(g => $"{g.Key} × {g.Count()}"));
                    throw new BenchException($"the exported catalogue did not import cleanly: {codes}; {result.Inserts.Count} of {data.Items.Count} rows to insert.");
                }

                apply.Start();
                await CatalogImport.ApplyAsync(db, result);
                apply.Stop();
            }

            var importPeak = ProcessMemory.PeakBytes(Environment.ProcessId);
            SqliteConnection.ClearAllPools();
            return new(
                DataSizes.Of(data), file.Length, export.Elapsed.TotalMilliseconds, exportPeak,
                read.Elapsed.TotalMilliseconds, preview.Elapsed.TotalMilliseconds, apply.Elapsed.TotalMilliseconds, importPeak);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task SeedAsync(string file, HospitalData data)
    {
        await using var db = new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite($"Data Source={file}").Options);
        await db.Database.MigrateAsync();
        await HospitalSeeder.SeedAsync(db, data);
    }

    /// <summary>As the import page uses it: every save audited.</summary>
    private static SqliteSpdDbContext Audited(string file) =>
        new(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite($"Data Source={file}")
            .AddInterceptors(new AuditSaveChangesInterceptor(new FixedAuditActor("bench"), TimeProvider.System))
            .Options);
}
