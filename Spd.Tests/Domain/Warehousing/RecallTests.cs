using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class RecallTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private RecallDraft ByModel(string? lot = null) => new(RecallKind.Recall, null, f.Stent.ManufacturerId, "XS-318", lot, "厂家召回：输送系统可能断裂");

    private async Task<RecallResult> StartAsync(RecallDraft draft)
    {
        await using var db = f.Database.Create();
        return await Recalls.StartAsync(db, f.Database.Clock, "equipment", draft);
    }

    [Fact]
    public async Task A_recall_by_model_quarantines_every_item_of_that_model_in_every_warehouse_and_their_units_with_them()
    {
        var central = await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(2), 3);
        var ward = await f.ReceivePiecesAsync(f.StentLong, f.WardShelf, "L7", f.Today.AddYears(2), 2);
        await f.ReceivePiecesAsync(f.OtherStent, f.Stock.A1, "O1", f.Today.AddYears(2), 2);

        var result = await StartAsync(ByModel());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal((2, 5, 0), (result.QuarantinedLines, result.QuarantinedQuantity, result.WaitingQuantity));
        await using var check = f.Database.Create();
        var balances = await check.StockBalances.AsNoTracking().Where(b => b.Quantity > 0).ToListAsync();
        Assert.All(balances.Where(b => b.ItemId != f.OtherStent.Id), b => Assert.Equal(StockState.Quarantined, b.State));
        Assert.Equal(StockState.Available, balances.Single(b => b.ItemId == f.OtherStent.Id).State);
        Assert.Equal(f.WardShelf.Id, balances.Single(b => b.ItemId == f.StentLong.Id).LocationId);

        var units = await check.StockUnits.AsNoTracking().Where(u => central.Concat(ward).Contains(u.Id)).ToListAsync();
        Assert.All(units, u => Assert.Equal((StockState.Quarantined, StockUnitStatus.InStock), (u.State, u.Status)));
        Assert.Equal(2, units.Count(u => u.WarehouseId == f.Ward.Id && u.LocationId == f.WardShelf.Id));

        var entries = await check.StockLedgerEntries.AsNoTracking().Where(e => e.Kind == StockMovementKind.Quarantine).ToListAsync();
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal((StockDocumentType.Recall, result.Recall!.No, 1), (e.DocumentType, e.DocumentNo, e.Quantity));
            Assert.Equal((e.FromWarehouseId, e.FromLocationId, StockState.Available, StockState.Quarantined), (e.ToWarehouseId, e.ToLocationId, e.FromState!.Value, e.ToState!.Value));
        });
        Assert.Equal(central.Concat(ward).Order(), entries.Select(e => e.StockUnitId!.Value).Order());
    }

    [Fact]
    public async Task A_recall_by_model_blocks_stock_of_that_model_that_arrives_later_in_any_warehouse()
    {
        await StartAsync(ByModel());
        await f.ReceiveAsync(f.StentLong, f.WardShelf, "NEW", f.Today.AddYears(2), 2);
        await f.ReceiveAsync(f.OtherStent, f.WardShelf, "NEW", f.Today.AddYears(2), 2);

        await using var db = f.Database.Create();
        var ledger = f.Ledger(db);
        var blocked = await ledger.PostAsync(f.Dispatch(f.StentLong, f.WardShelf, "NEW") with { Kind = StockMovementKind.Consumption });
        Assert.Equal(StockLedger.RecalledStock, Assert.Single(blocked.Errors).Code);
        Assert.Empty(await ledger.TakeableAsync(f.Ward.Id, f.StentLong.Id));
        Assert.NotEmpty(await ledger.TakeableAsync(f.Ward.Id, f.OtherStent.Id));
    }

    [Fact]
    public async Task A_recall_of_one_lot_leaves_the_other_lots_alone()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "BAD", f.Today.AddYears(1), 40);
        await f.ReceiveAsync(f.Gauze, f.Stock.A2, "GOOD", f.Today.AddYears(1), 30);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "BAD", f.Today.AddYears(1), 5);

        var result = await StartAsync(new RecallDraft(RecallKind.Quarantine, f.Gauze.Id, null, null, " BAD ", "疑似批次污染"));

        Assert.True(result.Succeeded);
        Assert.Equal("BAD", result.Recall!.LotNumber);
        Assert.Equal(45, result.QuarantinedQuantity);
        await using var db = f.Database.Create();
        var states = await db.StockBalances.AsNoTracking().Where(b => b.Quantity > 0).Select(b => new { b.LotNumber, b.State, b.Quantity }).ToListAsync();
        Assert.All(states.Where(s => s.LotNumber == "BAD"), s => Assert.Equal(StockState.Quarantined, s.State));
        Assert.Equal(30, states.Single(s => s.LotNumber == "GOOD" && s.State == StockState.Available).Quantity);
        Assert.True((await f.Ledger(db).PostAsync(f.Dispatch(f.Gauze, f.Stock.A2, "GOOD", 5))).Succeeded);
    }

    [Fact]
    public async Task The_report_deadline_is_twelve_hours_after_the_start_and_the_number_is_a_recall_number()
    {
        var result = await StartAsync(ByModel());

        var recall = result.Recall!;
        Assert.Equal(f.Database.Clock.GetUtcNow().UtcDateTime, recall.StartedUtc);
        Assert.Equal(recall.StartedUtc.AddHours(12), recall.DeadlineUtc);
        Assert.Equal("RL202611220001", recall.No);
        Assert.Equal(("equipment", RecallStatus.Active, f.Stent.ManufacturerId, "XS-318"), (recall.StartedBy, recall.Status, recall.ManufacturerId, recall.Model));
    }

    [Fact]
    public async Task Starting_needs_a_target_and_a_reason()
    {
        var result = await StartAsync(new RecallDraft(RecallKind.Recall, null, f.Stent.ManufacturerId, "  ", null, " "));

        Assert.Equal([("Reason", "Required"), ("Target", Recalls.TargetRequired)], result.Errors.Select(e => (e.Field, e.Code)).Order());
        await using var db = f.Database.Create();
        Assert.Empty(await db.Recalls.ToListAsync());
    }

    [Fact]
    public async Task A_model_no_item_has_is_refused_rather_than_recalling_nothing()
    {
        var result = await StartAsync(ByModel() with { Model = "XS-999" });

        Assert.Equal(Recalls.NoMatchingItem, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Closing_a_recall_keeps_its_stock_quarantined_and_then_allows_release()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "BAD", f.Today.AddYears(1), 10);
        var recall = (await StartAsync(new RecallDraft(RecallKind.Recall, f.Gauze.Id, null, null, "BAD", "厂家召回"))).Recall!;
        var line = await QuarantinedLineAsync();

        Assert.Equal(StockLedger.QuarantinedStock, Assert.Single(await ApplyAsync(StockAction.Release, line)).Code);

        await using (var db = f.Database.Create())
        {
            Assert.Empty(await Recalls.CloseAsync(db, f.Database.Clock, "equipment", recall.Id, "厂家确认已处理"));
        }

        await using (var db = f.Database.Create())
        {
            var closed = await db.Recalls.SingleAsync();
            Assert.Equal((RecallStatus.Closed, "equipment"), (closed.Status, closed.ClosedBy));
            Assert.EndsWith("厂家确认已处理", closed.Reason);
            Assert.Equal(StockState.Quarantined, (await db.StockBalances.SingleAsync(b => b.Quantity > 0)).State);
            Assert.Equal(StockLedger.QuarantinedStock, Assert.Single((await f.Ledger(db).PostAsync(f.Stock.Take(f.Gauze, f.Stock.A1, "BAD", 1, state: StockState.Quarantined))).Errors).Code);
        }

        Assert.Empty(await ApplyAsync(StockAction.Release, await QuarantinedLineAsync()));
        await using var check = f.Database.Create();
        Assert.Equal(StockState.Available, (await check.StockBalances.SingleAsync(b => b.Quantity > 0)).State);
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_an_active_recall()
    {
        var recall = (await StartAsync(ByModel())).Recall!;

        await using var db = f.Database.Create();
        Assert.Equal("Required", Assert.Single(await Recalls.CloseAsync(db, f.Database.Clock, "equipment", recall.Id, "  ")).Code);
        Assert.Empty(await Recalls.CloseAsync(db, f.Database.Clock, "equipment", recall.Id, "结束"));
        Assert.Equal(Recalls.NotActive, Assert.Single(await Recalls.CloseAsync(db, f.Database.Clock, "equipment", recall.Id, "再次")).Code);
    }

    [Fact]
    public async Task Stock_in_a_location_being_counted_waits_blocked_and_is_quarantined_once_the_count_is_over()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "BAD", f.Today.AddYears(1), 10);
        await f.ReceiveAsync(f.Gauze, f.Stock.B1, "BAD", f.Today.AddYears(1), 6);
        await using (var db = f.Database.CreateUnaudited())
        {
            db.Stocktakes.Add(new Stocktake { No = "ST202611220001", WarehouseId = f.Central.Id, Zone = "A", OpenedBy = "keeper", Status = StocktakeStatus.Counting });
            await db.SaveChangesAsync();
        }

        var result = await StartAsync(new RecallDraft(RecallKind.Recall, f.Gauze.Id, null, null, "BAD", "厂家召回"));

        Assert.Equal((1, 6, 10), (result.QuarantinedLines, result.QuarantinedQuantity, result.WaitingQuantity));
        await using (var db = f.Database.CreateUnaudited())
        {
            (await db.Stocktakes.SingleAsync()).Status = StocktakeStatus.Posted;
            await db.SaveChangesAsync();
        }

        await using (var db = f.Database.Create())
        {
            var rest = await Recalls.QuarantineRemainingAsync(db, f.Database.Clock, "keeper", result.Recall!.Id);
            Assert.Equal((1, 10, 0), (rest.QuarantinedLines, rest.QuarantinedQuantity, rest.WaitingQuantity));
        }

        await using var check = f.Database.Create();
        Assert.All(await check.StockBalances.Where(b => b.Quantity > 0).ToListAsync(), b => Assert.Equal(StockState.Quarantined, b.State));
    }

    [Fact]
    public async Task The_preview_counts_the_items_the_available_stock_and_its_warehouses()
    {
        await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(2), 3);
        await f.ReceivePiecesAsync(f.StentLong, f.WardShelf, "L7", f.Today.AddYears(2), 2);

        await using var db = f.Database.Create();
        Assert.Equal(new RecallPreview(2, 5, 2), await Recalls.PreviewAsync(db, ByModel()));
        Assert.Equal(new RecallPreview(2, 3, 1), await Recalls.PreviewAsync(db, ByModel("S1")));
        Assert.Equal(new RecallPreview(0, 0, 0), await Recalls.PreviewAsync(db, ByModel() with { Model = null }));
    }

    private async Task<QuarantinedRow> QuarantinedLineAsync()
    {
        await using var db = f.Database.Create();
        return Assert.Single((await QuarantinedStock.QueryAsync(db, new QuarantinedStockFilter(), new Spd.Domain.Common.PageRequest())).Items);
    }

    private async Task<IReadOnlyList<Spd.Domain.Common.ValidationError>> ApplyAsync(StockAction action, QuarantinedRow line)
    {
        await using var db = f.Database.Create();
        return await QuarantinedStock.ApplyAsync(db, f.Database.Clock, "keeper", action, line.BalanceId, line.Version, "处理");
    }
}
