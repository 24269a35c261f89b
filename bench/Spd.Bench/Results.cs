using Spd.Domain.Seeding;

namespace Spd.Bench;

internal sealed class ResultRow(string measurement, SeedProfile profile)
{
    public string Measurement => measurement;

    public SeedProfile Profile => profile;

    public List<double> Milliseconds { get; } = [];

    public List<long> PeakBytes { get; } = [];

    public void Add(double milliseconds, long? peakBytes)
    {
        Milliseconds.Add(milliseconds);
        if (peakBytes is { } bytes)
        {
            PeakBytes.Add(bytes);
        }
    }
}

internal sealed class Results
{
    public const string Generate = "Generate master data (`HospitalGenerator.Generate`)";
    public const string Model = "Build the EF Core model (first `db.Model`)";
    public const string Migrate = "Migrate a new SQLite file (`Database.Migrate`)";
    public const string Seed = "Seed it (`HospitalSeeder.SeedAsync`)";
    public const string FirstStart = "App start on an empty database (migrate, seed, demo accounts) → `/health` 200";
    public const string SecondStart = "App start on the seeded database → `/health` 200";
    public const string ExcelExport = "Export the catalogue to .xlsx (`CatalogWorkbooks.ItemsAsync`)";
    public const string ExcelRead = "Read that file (`SheetWorkbook.Read`)";
    public const string ExcelPreview = "Check it against the catalogue (`CatalogImport.PreviewAsync`)";
    public const string LedgerPost = "Post 6,000 stock movements through `StockLedger` (receipt, transfer, dispatch), each its own audited save";
    public const string History = "Write 12 months of warehouse history through the domain services (`WarehouseHistory`)";
    public const string Compare = "Recompute every balance from the ledger (`StockRebuild.CompareAsync`)";
    public const string Rebuild = "Rewrite the balances from the ledger (`StockRebuild.RebuildAsync`)";
    public const string RecallReport = "Recall report of the history's recall (`RecallReport.LoadAsync`)";
    public const string ExcelApply = "Insert every row, audited, in one transaction (`CatalogImport.ApplyAsync`)";

    public List<ResultRow> Rows { get; } = [];

    /// <summary>Ledger entries and balances after the warehouse history, per profile.</summary>
    public Dictionary<SeedProfile, (int LedgerEntries, int Balances)> Ledger { get; } = [];

    public Dictionary<SeedProfile, DataSizes> Sizes { get; } = [];

    public Dictionary<SeedProfile, long> DatabaseBytes { get; } = [];

    public Dictionary<SeedProfile, long> ExcelFileBytes { get; } = [];

    public ResultRow Row(string measurement, SeedProfile profile)
    {
        var row = Rows.Find(r => r.Measurement == measurement && r.Profile == profile);
        if (row is null)
        {
            row = new ResultRow(measurement, profile);
            Rows.Add(row);
        }

        return row;
    }
}
