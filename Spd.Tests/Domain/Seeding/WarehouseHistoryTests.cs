using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Seeding;

/// <summary>The demo's warehouse history, written through the domain services, leaves a book that adds up.</summary>
public sealed class WarehouseHistoryTests : IAsyncLifetime
{
    private static readonly DateOnly End = new(2026, 11, 22);
    private readonly TestDatabase database = new();
    private WarehouseHistoryReport report = null!;

    public async Task InitializeAsync()
    {
        await using (var db = database.CreateUnaudited())
        {
            await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, End));
        }

        report = await new WarehouseHistory(database.CreateUnaudited, new WarehouseHistoryOptions(Months: 2, ItemsPerCentral: 8)).RunAsync(End);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_flow_ran_and_the_balances_equal_the_ledger()
    {
        Assert.True(report.Plans > 0 && report.Orders > 0 && report.DeliveryNotes > 0 && report.Receipts > 0 && report.Dispatches > 0, report.ToString());
        Assert.Equal(2, report.Stocktakes);
        Assert.Equal(1, report.Recalls);

        await using var db = database.Create();
        Assert.Empty(await StockRebuild.CompareAsync(db));
        Assert.Equal(2, await db.Stocktakes.CountAsync(s => s.Status == StocktakeStatus.Posted));
        Assert.True(await db.StockLedgerEntries.AnyAsync(e => e.Kind == StockMovementKind.Adjustment && e.DocumentType == StockDocumentType.Stocktake));
        Assert.True(await db.StockLedgerEntries.AnyAsync(e => e.Kind == StockMovementKind.Consumption && e.PatientId != null));
        var recall = await db.Recalls.SingleAsync();
        Assert.True(await db.StockLedgerEntries.AnyAsync(e => e.ItemId == recall.ItemId && e.LotNumber == recall.LotNumber && e.PatientId != null));
        Assert.True(await db.Receipts.AnyAsync(r => r.CompletedUtc != null));
    }

    [Fact]
    public async Task Short_lines_are_delivered_later_and_their_flag_cleared_with_the_time()
    {
        await using var db = database.Create();
        Assert.True(report.ShortLines > 0, report.ToString());
        Assert.True(await db.PurchaseOrderLines.AnyAsync(l => l.ShortFlaggedUtc != null && l.ShortClearedUtc > l.ShortFlaggedUtc && !l.Short));
        Assert.True(await db.PurchaseOrders.AnyAsync(o => o.Status == PurchaseOrderStatus.Received));
    }
}
