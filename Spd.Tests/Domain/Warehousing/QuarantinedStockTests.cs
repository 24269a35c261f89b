using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class QuarantinedStockTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<ValidationError>> ApplyAsync(StockAction action, long balanceId, int? version = null, string? reason = "过效期")
    {
        await using var db = f.Database.Create();
        var current = version ?? (await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == balanceId)).Version;
        return await QuarantinedStock.ApplyAsync(db, f.Database.Clock, "keeper", action, balanceId, current, reason);
    }

    private async Task<StockBalance> BalanceAsync(string lot, StockState state)
    {
        await using var db = f.Database.Create();
        return await db.StockBalances.AsNoTracking().SingleAsync(b => b.LotNumber == lot && b.State == state);
    }

    [Fact]
    public async Task Quarantining_a_line_from_the_near_expiry_list_sets_it_apart_in_the_same_location_under_its_own_number()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A2, "OLD", f.Today.AddDays(-1), 12);
        var line = await BalanceAsync("OLD", StockState.Available);

        Assert.Empty(await ApplyAsync(StockAction.Quarantine, line.Id));

        var apart = await BalanceAsync("OLD", StockState.Quarantined);
        Assert.Equal((12, f.Stock.A2.Id), (apart.Quantity, apart.LocationId));
        Assert.Equal(0, (await BalanceAsync("OLD", StockState.Available)).Quantity);
        await using var db = f.Database.Create();
        var entry = await db.StockLedgerEntries.SingleAsync(e => e.Kind == StockMovementKind.Quarantine);
        Assert.Equal((StockDocumentType.Recall, "GL202611220001", "过效期", "keeper"), (entry.DocumentType, entry.DocumentNo, entry.Reason, entry.UserName));
    }

    [Fact]
    public async Task Returning_a_coded_line_sends_each_unit_back_with_its_code()
    {
        var units = await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(1), 2);
        await f.ReceiveAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(1), 1);
        Assert.Empty(await ApplyAsync(StockAction.Quarantine, (await BalanceAsync("S1", StockState.Available)).Id, reason: "外包装破损"));

        Assert.Empty(await ApplyAsync(StockAction.Return, (await BalanceAsync("S1", StockState.Quarantined)).Id, reason: "退回供应商"));

        await using var db = f.Database.Create();
        Assert.All(await db.StockUnits.Where(u => units.Contains(u.Id)).ToListAsync(), u => Assert.Equal(StockUnitStatus.Returned, u.Status));
        var returns = await db.StockLedgerEntries.Where(e => e.Kind == StockMovementKind.Return).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([units[0], units[1], (long?)null], returns.Select(e => e.StockUnitId));
        Assert.All(returns, e => Assert.Equal((StockDocumentType.Return, "TH202611220001", (int?)null), (e.DocumentType, e.DocumentNo, e.ToWarehouseId)));
        Assert.Equal(0, (await BalanceAsync("S1", StockState.Quarantined)).Quantity);
    }

    [Fact]
    public async Task Scrapping_takes_the_line_out_of_stock()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "WET", f.Today.AddYears(1), 7);
        Assert.Empty(await ApplyAsync(StockAction.Quarantine, (await BalanceAsync("WET", StockState.Available)).Id, reason: "受潮"));

        Assert.Empty(await ApplyAsync(StockAction.Scrap, (await BalanceAsync("WET", StockState.Quarantined)).Id, reason: "受潮报损"));

        await using var db = f.Database.Create();
        Assert.Equal(7, (await db.StockLedgerEntries.SingleAsync(e => e.Kind == StockMovementKind.Scrap)).Quantity);
        Assert.False(await db.StockBalances.AnyAsync(b => b.Quantity > 0));
    }

    [Fact]
    public async Task Expired_stock_cannot_be_released()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "OLD", f.Today.AddDays(-1), 5);
        Assert.Empty(await ApplyAsync(StockAction.Quarantine, (await BalanceAsync("OLD", StockState.Available)).Id));

        var errors = await ApplyAsync(StockAction.Release, (await BalanceAsync("OLD", StockState.Quarantined)).Id, reason: "误隔离");

        Assert.Equal(StockLedger.QuarantinedStock, Assert.Single(errors).Code);
        Assert.Equal(5, (await BalanceAsync("OLD", StockState.Quarantined)).Quantity);
    }

    [Fact]
    public async Task Actions_need_a_reason_the_right_state_and_the_line_as_the_keeper_saw_it()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "L1", f.Today.AddYears(1), 5);
        var line = await BalanceAsync("L1", StockState.Available);

        Assert.Equal("Required", Assert.Single(await ApplyAsync(StockAction.Quarantine, line.Id, reason: " ")).Code);
        Assert.Equal(QuarantinedStock.WrongState, Assert.Single(await ApplyAsync(StockAction.Scrap, line.Id)).Code);
        Assert.Equal(StockLedger.StockChanged, Assert.Single(await ApplyAsync(StockAction.Quarantine, line.Id, version: line.Version + 1)).Code);
        Assert.Equal(5, (await BalanceAsync("L1", StockState.Available)).Quantity);
    }

    [Fact]
    public async Task The_list_shows_why_a_line_is_apart_and_the_recall_that_still_blocks_it()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "BAD", f.Today.AddYears(1), 10);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "OLD", f.Today.AddDays(-2), 3);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "FINE", f.Today.AddYears(1), 3);
        Assert.Empty(await ApplyAsync(StockAction.Quarantine, (await BalanceAsync("OLD", StockState.Available)).Id));
        await using (var db = f.Database.Create())
        {
            Assert.True((await Recalls.StartAsync(db, f.Database.Clock, "equipment", new RecallDraft(RecallKind.Recall, f.Gauze.Id, null, null, "BAD", "厂家召回"))).Succeeded);
        }

        await using var check = f.Database.Create();
        var rows = (await QuarantinedStock.QueryAsync(check, new QuarantinedStockFilter(), new PageRequest())).Items;

        Assert.Equal(["BAD", "OLD"], rows.Select(r => r.LotNumber));
        Assert.Equal(("RL202611220001", "RL202611220001", "厂家召回"), (rows[0].RecallNo, rows[0].DocumentNo, rows[0].Reason));
        Assert.Equal((null, "GL202611220001", "过效期", "关节外科"), (rows[1].RecallNo, rows[1].DocumentNo, rows[1].Reason, rows[1].DepartmentName));
        Assert.True(rows[1].IsExpired(f.Today));
        Assert.Equal(["OLD"], (await QuarantinedStock.QueryAsync(check, new QuarantinedStockFilter(WarehouseId: f.Ward.Id), new PageRequest())).Items.Select(r => r.LotNumber));
    }
}
