using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Inventory;

namespace Spd.Tests.Domain.Warehousing;

public sealed class StocktakeTests : IAsyncLifetime
{
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.WarehouseKeeper });
    private static readonly WorkflowActor Equipment = new("equipment", new HashSet<string> { Roles.EquipmentDept });
    private static readonly WorkflowActor Finance = new("finance", new HashSet<string> { Roles.Finance });

    private InventoryFixture f = null!;

    private StocktakeWorkflow Workflow => new(f.Database.Clock);

    private StocktakeCounting Counting => new(f.Database.Clock);

    public async Task InitializeAsync() => f = await InventoryFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Opening_a_zone_count_freezes_one_line_per_balance_with_stock_in_that_zone()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 100, cost: 1.2m);
        await f.ReceiveAsync(f.Gauze, f.A2, "L2", f.Today.AddYears(1), 50, cost: 1.25m);
        await f.ReceiveAsync(f.Gauze, f.A2, "EMPTY", f.Today.AddYears(1), 4);
        await f.ReceiveAsync(f.Gauze, f.B1, "L1", f.Today.AddYears(2), 20);
        await PostAsync(f.Receipt(f.Gauze, f.A1, "RA", null, 7) with { To = new StockPosition(f.Central.Id, null) });
        await PostAsync(f.Take(f.Gauze, f.A2, "EMPTY", 4));
        await QuarantineAsync(f.A1, "Q1", 5);

        var zone = await OpenAsync("A");

        await using var db = f.Database.Create();
        var stocktake = await db.Stocktakes.Include(s => s.Lines).SingleAsync(s => s.Id == zone);
        Assert.Equal(StocktakeStatus.Counting, stocktake.Status);
        Assert.Equal("ST202611220001", stocktake.No);
        Assert.Equal(f.Database.Clock.GetUtcNow().UtcDateTime, stocktake.FrozenUtc);
        Assert.Equal(
            [(f.A1.Id, "L1", StockState.Available, 100, 1.2m), (f.A1.Id, "Q1", StockState.Quarantined, 5, 1m), (f.A2.Id, "L2", StockState.Available, 50, 1.25m)],
            stocktake.Lines.OrderBy(l => l.LocationId).ThenBy(l => l.LotNumber).Select(l => (l.LocationId!.Value, l.LotNumber, l.State, l.BookQuantity, l.UnitCost)));
        Assert.All(stocktake.Lines, l => Assert.Null(l.CountedQuantity));
        var step = Assert.Single(await StocktakeWorkflow.StepsAsync(db, zone));
        Assert.Equal(nameof(StocktakeAction.Open), step.Action);

        await CancelAsync(zone);
        var whole = await OpenAsync(null);
        var wholeLines = await db.StocktakeLines.Where(l => l.StocktakeId == whole).ToListAsync();
        Assert.Equal(5, wholeLines.Count);
        Assert.Contains(wholeLines, l => l.LocationId == null && l.BookQuantity == 7);
        Assert.Contains(wholeLines, l => l.LocationId == f.B1.Id && l.BookQuantity == 20);
    }

    [Fact]
    public async Task A_count_overlapping_an_open_one_is_refused_and_other_zones_may_be_counted()
    {
        var whole = await OpenAsync(null);
        Assert.Equal(StocktakeErrors.StocktakeOverlap, (await OpenRefusedAsync("A")).Code);
        await CancelAsync(whole);

        await OpenAsync("A");
        Assert.Equal(StocktakeErrors.StocktakeOverlap, (await OpenRefusedAsync("A")).Code);
        Assert.Equal(StocktakeErrors.StocktakeOverlap, (await OpenRefusedAsync(null)).Code);
        Assert.Equal(StocktakeErrors.UnknownZone, (await OpenRefusedAsync("Z")).Code);
        await OpenAsync("B");
    }

    [Fact]
    public async Task Only_a_warehouse_keeper_opens_a_count()
    {
        await using var db = f.Database.Create();
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => Workflow.OpenAsync(db, f.Central.Id, "A", Equipment));
        Assert.Equal(WorkflowErrors.WrongRole, refusal.Code);
    }

    [Fact]
    public async Task The_freeze_holds_until_the_approvals_and_a_rejection_ends_it_with_nothing_posted()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 100);
        await f.ReceiveAsync(f.Gauze, f.B1, "L1", f.Today.AddYears(2), 100);
        var id = await OpenAsync("A");
        await CountAsync(id, f.A1, f.Gauze, "L1", 90);

        Assert.Equal(StockLedger.StocktakeInProgress, await DispatchRefusalAsync(f.A1));
        Assert.Null(await DispatchRefusalAsync(f.B1));
        await ActAsync(id, (w, db, v) => w.SubmitAsync(db, id, v, Keeper));
        Assert.Equal(StockLedger.StocktakeInProgress, await DispatchRefusalAsync(f.A1));
        await ActAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, Equipment));
        Assert.Equal(StockLedger.StocktakeInProgress, await DispatchRefusalAsync(f.A1));

        var noReason = await Assert.ThrowsAsync<WorkflowException>(() => ActAsync(id, (w, db, v) => w.RejectAsync(db, id, v, Finance, " ")));
        Assert.Equal(WorkflowErrors.ReasonRequired, noReason.Code);
        await ActAsync(id, (w, db, v) => w.RejectAsync(db, id, v, Finance, "纱布盘亏过大，请复盘"));

        Assert.Null(await DispatchRefusalAsync(f.A1));
        await using var check = f.Database.Create();
        Assert.Equal(StocktakeStatus.Rejected, (await check.Stocktakes.SingleAsync()).Status);
        Assert.Equal(99, await check.StockBalances.Where(b => b.LocationId == f.A1.Id).SumAsync(b => b.Quantity));
        Assert.DoesNotContain(await check.StockLedgerEntries.ToListAsync(), e => e.DocumentType == StockDocumentType.Stocktake);
        var rejection = (await StocktakeWorkflow.StepsAsync(check, id)).Last();
        Assert.Equal(("Reject", Roles.Finance, "纱布盘亏过大，请复盘"), (rejection.Action, rejection.Role, rejection.Comment));
    }

    [Fact]
    public async Task Cancelling_a_count_ends_the_freeze()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 10);
        var id = await OpenAsync("A");

        await CancelAsync(id);

        Assert.Null(await DispatchRefusalAsync(f.A1));
    }

    [Fact]
    public async Task Finance_approves_only_after_the_equipment_department_and_each_step_takes_its_own_role()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 10);
        var id = await OpenAsync("A");

        Assert.Equal(WorkflowErrors.WrongRole, (await RefusedAsync(id, (w, db, v) => w.SubmitAsync(db, id, v, Equipment))).Code);
        await ActAsync(id, (w, db, v) => w.SubmitAsync(db, id, v, Keeper));
        Assert.Equal(WorkflowErrors.WrongStatus, (await RefusedAsync(id, (w, db, v) => w.FinanceApproveAsync(db, id, v, Finance))).Code);
        Assert.Equal(WorkflowErrors.WrongRole, (await RefusedAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, Finance))).Code);
        Assert.Equal(WorkflowErrors.WrongRole, (await RefusedAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, Keeper))).Code);
        Assert.Equal(WorkflowErrors.WrongRole, (await RefusedAsync(id, (w, db, v) => w.RejectAsync(db, id, v, Finance, "不同意"))).Code);

        var keeperAndEquipment = new WorkflowActor("keeper", new HashSet<string> { Roles.WarehouseKeeper, Roles.EquipmentDept });
        Assert.Equal(WorkflowErrors.SelfApproval, (await RefusedAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, keeperAndEquipment))).Code);
        var equipmentAndFinance = new WorkflowActor("equipment", new HashSet<string> { Roles.EquipmentDept, Roles.Finance });
        await ActAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, equipmentAndFinance));
        Assert.Equal(WorkflowErrors.SameApprover, (await RefusedAsync(id, (w, db, v) => w.FinanceApproveAsync(db, id, v, equipmentAndFinance))).Code);

        await using (var db = f.Database.Create())
        {
            var stale = await Assert.ThrowsAsync<WorkflowException>(() => Workflow.FinanceApproveAsync(db, id, 0, Finance));
            Assert.Equal(StocktakeErrors.StocktakeChanged, stale.Code);
        }

        await ActAsync(id, (w, db, v) => w.FinanceApproveAsync(db, id, v, Finance));
        await using var check = f.Database.Create();
        Assert.Equal(
            ["Open", "SubmitCount", "EquipmentApprove", "FinanceApprove"],
            (await StocktakeWorkflow.StepsAsync(check, id)).Select(s => s.Action));
        Assert.Equal(StocktakeStatus.Posted, (await check.Stocktakes.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_unit_scanned_twice_or_by_its_epc_counts_once()
    {
        var (first, _) = await ReceiveStentsAsync(f.A1, 2);
        var id = await OpenAsync("A");

        var place = await PlaceAsync(id, f.A1.Code);
        var counted = await ScanAsync(id, place, first.Code);
        var again = await ScanAsync(id, place, first.Code);
        var byEpc = await ScanAsync(id, place, first.Epc!.ToLowerInvariant());

        Assert.Equal(ScanOutcome.UnitCounted, counted.Outcome);
        Assert.Equal(1, counted.Line!.Counted);
        Assert.Equal(ScanOutcome.AlreadyCounted, again.Outcome);
        Assert.Equal(StocktakeCounting.AlreadyCounted, again.Problem!.Code);
        Assert.Equal(ScanOutcome.AlreadyCounted, byEpc.Outcome);
        await using var db = f.Database.Create();
        Assert.Equal(1, await db.StocktakeScans.CountAsync());
        Assert.Equal(1, (await db.StocktakeLines.SingleAsync()).CountedQuantity);
    }

    [Fact]
    public async Task Scans_are_refused_with_a_reason_the_counter_can_act_on()
    {
        var (stent, _) = await ReceiveStentsAsync(f.A1, 1);
        await f.ReceiveAsync(f.Gauze, f.B1, "L1", f.Today.AddYears(1), 5);
        int otherWarehouse;
        await using (var db = f.Database.CreateUnaudited())
        {
            var store = new Warehouse { Code = "W002", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = f.Central.CampusId };
            db.Warehouses.Add(store);
            await db.SaveChangesAsync();
            otherWarehouse = store.Id;
            db.StockUnits.AddRange(
                new StockUnit { Code = "SU0000000099", ItemId = f.Stent.Id, LotNumber = "S1", WarehouseId = otherWarehouse },
                new StockUnit { Code = "SU0000000098", ItemId = f.Stent.Id, LotNumber = "S1", Status = StockUnitStatus.Consumed },
                new StockUnit { Code = "SU0000000097", ItemId = f.Stent.Id, LotNumber = "S1", WarehouseId = f.Central.Id, LocationId = f.B1.Id });
            await db.SaveChangesAsync();
        }

        var id = await OpenAsync("A");
        var place = await PlaceAsync(id, f.A1.Code);

        Assert.Equal(StocktakeCounting.ChooseLocationFirst, (await ScanAsync(id, null, stent.Code)).Problem!.Code);
        Assert.Equal(StocktakeCounting.LocationOutsideScope, (await ScanAsync(id, null, f.B1.Code)).Problem!.Code);
        Assert.Equal(StocktakeCounting.NotInThisWarehouse, (await ScanAsync(id, place, "SU0000000099")).Problem!.Code);
        Assert.Equal(StocktakeCounting.UnknownCode, (await ScanAsync(id, place, "XYZ-NOT-A-CODE")).Problem!.Code);
        Assert.Equal(StocktakeCounting.UnitLeftStock, (await ScanAsync(id, place, "SU0000000098")).Problem!.Code);
        Assert.Equal(StocktakeCounting.UnitOutsideScope, (await ScanAsync(id, place, "SU0000000097")).Problem!.Code);
        await using var check = f.Database.Create();
        var notKeeper = await Counting.ScanAsync(check, id, place, stent.Code, Equipment);
        Assert.Equal(StocktakeCounting.NotAllowed, notKeeper.Problem!.Code);
        Assert.Equal(0, await check.StocktakeScans.CountAsync());
    }

    [Fact]
    public async Task An_item_code_asks_for_the_quantity_and_a_second_entry_sets_the_count_instead_of_adding()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 100);
        var id = await OpenAsync("A");
        var place = await PlaceAsync(id, f.A1.Code);

        var found = await ScanAsync(id, place, f.Gauze.Code);
        Assert.Equal(ScanOutcome.ItemFound, found.Outcome);
        Assert.Equal("L1", found.Line!.LotNumber);

        await using var db = f.Database.Create();
        var first = await Counting.SetCountAsync(db, id, found.Line.Id, 97, Keeper);
        var second = await Counting.SetCountAsync(db, id, found.Line.Id, 95, Keeper);

        Assert.Null(first.PreviousLoose);
        Assert.Equal(97, second.PreviousLoose);
        Assert.Equal(95, second.Line!.Counted);
        Assert.Equal(95, (await db.StocktakeLines.AsNoTracking().SingleAsync()).CountedQuantity);
        Assert.Equal(StocktakeCounting.InvalidCount, (await Counting.SetCountAsync(db, id, found.Line.Id, -1, Keeper)).Problem!.Code);
        var noLot = await Counting.AddCountAsync(db, id, place, f.Gauze.Id, "", 5, Keeper);
        Assert.Equal(StocktakeCounting.LotRequired, noLot.Problem!.Code);
    }

    [Fact]
    public async Task A_manufacturers_gs1_label_names_the_item_and_the_lot_to_count()
    {
        await using (var db = f.Database.CreateUnaudited())
        {
            (await db.Items.SingleAsync(i => i.Id == f.Gauze.Id)).UdiDi = "06901234567892";
            await db.SaveChangesAsync();
        }

        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 100);
        await f.ReceiveAsync(f.Gauze, f.A1, "L2", f.Today.AddYears(2), 50);
        var id = await OpenAsync("A");
        var place = await PlaceAsync(id, f.A1.Code);

        var known = await ScanAsync(id, place, "(01)06901234567892(17)281231(10)L2");
        var newLot = await ScanAsync(id, place, "(01)06901234567892(17)291231(10)L7");
        var misread = await ScanAsync(id, place, "(01)06901234567891(10)L2");

        Assert.Equal(ScanOutcome.ItemFound, known.Outcome);
        Assert.Equal(2, known.Choices.Count);
        Assert.Equal("L2", known.Line!.LotNumber);
        Assert.Equal((ScanOutcome.ItemFound, (CountLine?)null, "L7"), (newLot.Outcome, newLot.Line, newLot.LotNumber));
        Assert.Equal(ScanOutcome.Refused, misread.Outcome);
        Assert.Equal("CheckDigit", misread.Problem!.Code);
    }

    [Fact]
    public async Task A_uniquely_coded_item_is_counted_by_scanning_each_piece_not_by_typing_a_number()
    {
        await ReceiveStentsAsync(f.A1, 1);
        var id = await OpenAsync("A");
        await using var db = f.Database.Create();
        var line = await db.StocktakeLines.SingleAsync();

        var typed = await Counting.SetCountAsync(db, id, line.Id, 1, Keeper);

        Assert.Equal(StocktakeCounting.ScanEachPiece, typed.Problem!.Code);
    }

    [Fact]
    public async Task A_unit_found_at_another_location_counts_there_carries_its_book_and_the_posting_moves_it()
    {
        var (stent, _) = await ReceiveStentsAsync(f.A1, 1);
        var id = await OpenAsync("A");

        var result = await ScanAsync(id, await PlaceAsync(id, f.A2.Code), stent.Code);

        Assert.Equal(ScanOutcome.UnitCounted, result.Outcome);
        Assert.Equal(f.A1.Code, result.MovedFrom);
        await using (var db = f.Database.Create())
        {
            var lines = await db.StocktakeLines.OrderBy(l => l.LocationId).ToListAsync();
            Assert.Equal([(f.A1.Id, 0, (int?)null, false), (f.A2.Id, 1, 1, true)], lines.Select(l => (l.LocationId!.Value, l.BookQuantity, l.CountedQuantity, l.AddedDuringCount)));
            Assert.All(lines, l => Assert.Equal(0, l.Variance));
        }

        await ApproveAndPostAsync(id);

        await using var check = f.Database.Create();
        var unit = await check.StockUnits.SingleAsync();
        Assert.Equal((f.A2.Id, StockUnitStatus.InStock), (unit.LocationId, unit.Status));
        Assert.Equal(1, await BalanceAsync(check, f.A2, f.Stent, "S1"));
        Assert.Equal(0, await BalanceAsync(check, f.A1, f.Stent, "S1"));
        var move = await check.StockLedgerEntries.SingleAsync(e => e.DocumentType == StockDocumentType.Stocktake);
        Assert.Equal((StockMovementKind.Transfer, unit.Id, f.A1.Id, f.A2.Id), (move.Kind, move.StockUnitId!.Value, move.FromLocationId!.Value, move.ToLocationId!.Value));
        Assert.Empty(await StockRebuild.CompareAsync(check));
    }

    [Fact]
    public async Task Undoing_a_scan_takes_the_count_and_the_moved_book_back()
    {
        var (stent, _) = await ReceiveStentsAsync(f.A1, 1);
        var id = await OpenAsync("A");
        var scan = await ScanAsync(id, await PlaceAsync(id, f.A2.Code), stent.Code);

        await using var db = f.Database.Create();
        var undone = await Counting.UndoScanAsync(db, id, scan.ScanId!.Value, Keeper);

        Assert.Null(undone.Problem);
        var line = await db.StocktakeLines.AsNoTracking().SingleAsync();
        Assert.Equal((f.A1.Id, 1, (int?)null), (line.LocationId!.Value, line.BookQuantity, line.CountedQuantity));
        Assert.Equal(0, await db.StocktakeScans.CountAsync());
        Assert.Equal(ScanOutcome.UnitCounted, (await ScanAsync(id, await PlaceAsync(id, f.A1.Code), stent.Code)).Outcome);
    }

    [Fact]
    public async Task The_variance_report_adds_gains_and_losses_in_quantity_and_value()
    {
        var id = await CountTheMixedZoneAsync();

        await using var db = f.Database.Create();
        var report = (await StocktakeReport.LoadAsync(db, id))!;

        // L1 100→97 at 1.20: −3, −3.60 · L2 50→52 at 1.25: +2, +2.50 · stent 2→1 at 6 800: −1, −6 800
        // L9 found 10 at the item price 1.20: +10, +12.00 · Q1 quarantined 5 at 1.00 uncounted: −5, −5.00
        Assert.Equal(new VarianceTotals(Lines: 5, Counted: 4, Uncounted: 1, VarianceLines: 5, GainQuantity: 12, GainValue: 14.50m, LossQuantity: 9, LossValue: 6808.60m), report.Totals);
        Assert.Equal(-6794.10m, report.Totals.NetValue);
        var l9 = report.Lines.Single(l => l.LotNumber == "L9");
        Assert.Equal((0, (int?)10, 10, 12.00m, true), (l9.Book, l9.Counted, l9.Variance, l9.VarianceValue, l9.AddedDuringCount));
        Assert.Equal(-5.00m, report.Lines.Single(l => l.LotNumber == "Q1").VarianceValue);

        await using (var edit = f.Database.Create())
        {
            var exact = await edit.StocktakeLines.FirstAsync(l => l.LotNumber == "L2");
            Assert.Null((await Counting.SetCountAsync(edit, id, exact.Id, 50, Keeper)).Problem);
        }

        var onlyVariances = (await StocktakeReport.LoadAsync(db, id, onlyVariances: true))!;
        Assert.Equal(["L1", "L9", "Q1", "S1"], onlyVariances.Lines.Select(l => l.LotNumber).Order());
    }

    [Fact]
    public async Task Finance_approval_posts_the_variances_so_the_balances_equal_the_counts_and_rebuild_agrees()
    {
        var id = await CountTheMixedZoneAsync();

        await ApproveAndPostAsync(id);

        await using var db = f.Database.Create();
        Assert.Equal(97, await BalanceAsync(db, f.A1, f.Gauze, "L1"));
        Assert.Equal(52, await BalanceAsync(db, f.A2, f.Gauze, "L2"));
        Assert.Equal(10, await BalanceAsync(db, f.A2, f.Gauze, "L9"));
        Assert.Equal(1, await BalanceAsync(db, f.A1, f.Stent, "S1"));
        Assert.Equal(0, await db.StockBalances.Where(b => b.LotNumber == "Q1").SumAsync(b => b.Quantity));
        var stocktake = await db.Stocktakes.Include(s => s.Lines).SingleAsync();
        Assert.Equal(StocktakeStatus.Posted, stocktake.Status);
        Assert.NotNull(stocktake.PostedUtc);
        foreach (var line in stocktake.Lines)
        {
            var balance = await db.StockBalances.SingleAsync(b => b.LocationId == line.LocationId && b.ItemId == line.ItemId && b.LotNumber == line.LotNumber && b.State == line.State);
            Assert.Equal(line.CountedQuantity ?? 0, balance.Quantity);
        }

        Assert.Empty(await StockRebuild.CompareAsync(db));
        var entries = await db.StockLedgerEntries.Where(e => e.DocumentType == StockDocumentType.Stocktake).ToListAsync();
        Assert.All(entries, e => Assert.Equal((StockMovementKind.Adjustment, "finance", stocktake.No), (e.Kind, e.UserName, e.DocumentNo)));
        Assert.Contains(entries, e => e.Reason == $"盘盈 {stocktake.No}" && e.LotNumber == "L9" && e.Quantity == 10 && e.UnitCost == 1.2m);
        Assert.Contains(entries, e => e.Reason == $"盘亏 {stocktake.No}" && e.LotNumber == "L1" && e.Quantity == 3);
        Assert.Null(await DispatchRefusalAsync(f.A1));
    }

    [Fact]
    public async Task Coded_units_of_the_scope_nobody_scanned_become_missing_when_posted()
    {
        var id = await CountTheMixedZoneAsync();

        await ApproveAndPostAsync(id);

        await using var db = f.Database.Create();
        var units = await db.StockUnits.OrderBy(u => u.Code).ToListAsync();
        Assert.Equal([StockUnitStatus.InStock, StockUnitStatus.Missing], units.Select(u => u.Status));
        Assert.Null(units[1].LocationId);
        var missing = await db.StockLedgerEntries.SingleAsync(e => e.StockUnitId == units[1].Id && e.DocumentType == StockDocumentType.Stocktake);
        Assert.Equal((StockMovementKind.Adjustment, f.A1.Id, (int?)null), (missing.Kind, missing.FromLocationId!.Value, missing.ToLocationId));
    }

    [Fact]
    public async Task A_submit_from_a_screen_that_missed_a_later_count_is_refused()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 100);
        var id = await OpenAsync("A");
        await using var db = f.Database.Create();
        var shown = await db.Stocktakes.Where(s => s.Id == id).Select(s => s.Version).SingleAsync();

        await CountAsync(id, f.A1, f.Gauze, "L1", 98);

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => Workflow.SubmitAsync(db, id, shown, Keeper));
        Assert.Equal(StocktakeErrors.StocktakeChanged, refusal.Code);
    }

    [Fact]
    public async Task An_expired_unit_found_at_another_location_is_moved_by_an_adjustment_since_it_may_not_be_transferred()
    {
        await using (var db = f.Database.Create())
        {
            Assert.True((await f.Ledger(db).PostAsync(f.Receipt(f.Stent, f.A1, "OLD", f.Today.AddDays(-1), 1, 6800m))).Succeeded);
            db.StockUnits.Add(new StockUnit { Code = "SU0000000050", ItemId = f.Stent.Id, LotNumber = "OLD", ExpiryDate = f.Today.AddDays(-1), WarehouseId = f.Central.Id, LocationId = f.A1.Id });
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        var id = await OpenAsync("A");
        Assert.Equal(ScanOutcome.UnitCounted, (await ScanAsync(id, await PlaceAsync(id, f.A2.Code), "SU0000000050")).Outcome);
        await ApproveAndPostAsync(id);

        await using var check = f.Database.Create();
        Assert.Equal(f.A2.Id, (await check.StockUnits.SingleAsync()).LocationId);
        var move = await check.StockLedgerEntries.SingleAsync(e => e.DocumentType == StockDocumentType.Stocktake);
        Assert.Equal((StockMovementKind.Adjustment, f.A1.Id, f.A2.Id), (move.Kind, move.FromLocationId!.Value, move.ToLocationId!.Value));
        Assert.Empty(await StockRebuild.CompareAsync(check));
    }

    /// <summary>Zone A: gauze L1 100 at 1.20 counted 97; L2 50 at 1.25 counted 52; two stents at 6 800, one scanned; lot L9 found 10; quarantined Q1 5 uncounted.</summary>
    private async Task<int> CountTheMixedZoneAsync()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 100, cost: 1.2m);
        await f.ReceiveAsync(f.Gauze, f.A2, "L2", f.Today.AddYears(1), 50, cost: 1.25m);
        await QuarantineAsync(f.A1, "Q1", 5);
        var (stent, _) = await ReceiveStentsAsync(f.A1, 2);
        var id = await OpenAsync("A");

        await CountAsync(id, f.A1, f.Gauze, "L1", 97);
        await CountAsync(id, f.A2, f.Gauze, "L2", 52);
        await CountAsync(id, f.A2, f.Gauze, "L9", 10);
        Assert.Equal(ScanOutcome.UnitCounted, (await ScanAsync(id, await PlaceAsync(id, f.A1.Code), stent.Code)).Outcome);
        return id;
    }

    private async Task ApproveAndPostAsync(int id)
    {
        await ActAsync(id, (w, db, v) => w.SubmitAsync(db, id, v, Keeper));
        await ActAsync(id, (w, db, v) => w.EquipmentApproveAsync(db, id, v, Equipment));
        await ActAsync(id, (w, db, v) => w.FinanceApproveAsync(db, id, v, Finance));
    }

    private async Task<int> OpenAsync(string? zone)
    {
        await using var db = f.Database.Create();
        return (await Workflow.OpenAsync(db, f.Central.Id, zone, Keeper)).Id;
    }

    private async Task<WorkflowException> OpenRefusedAsync(string? zone)
    {
        await using var db = f.Database.Create();
        return await Assert.ThrowsAsync<WorkflowException>(() => Workflow.OpenAsync(db, f.Central.Id, zone, Keeper));
    }

    private Task CancelAsync(int id) => ActAsync(id, (w, db, v) => w.CancelAsync(db, id, v, Keeper));

    /// <summary>Runs a workflow action with the version the screen would have shown.</summary>
    private async Task ActAsync(int id, Func<StocktakeWorkflow, Spd.Domain.Persistence.SpdDbContext, int, Task> action)
    {
        await using var db = f.Database.Create();
        var version = await db.Stocktakes.Where(s => s.Id == id).Select(s => s.Version).SingleAsync();
        await action(Workflow, db, version);
    }

    private Task<WorkflowException> RefusedAsync(int id, Func<StocktakeWorkflow, Spd.Domain.Persistence.SpdDbContext, int, Task> action) =>
        Assert.ThrowsAsync<WorkflowException>(() => ActAsync(id, action));

    private async Task<CountPlace> PlaceAsync(int id, string locationCode)
    {
        var result = await ScanAsync(id, null, locationCode);
        Assert.Equal(ScanOutcome.LocationChosen, result.Outcome);
        return result.Place!;
    }

    private async Task<CountScanResult> ScanAsync(int id, CountPlace? place, string code)
    {
        await using var db = f.Database.Create();
        return await Counting.ScanAsync(db, id, place, code, Keeper);
    }

    private async Task CountAsync(int id, Location location, Item item, string lot, int quantity)
    {
        await using var db = f.Database.Create();
        var result = await Counting.AddCountAsync(db, id, new CountPlace(location.Id, location.Code), item.Id, lot, quantity, Keeper);
        Assert.Null(result.Problem);
    }

    private async Task<string?> DispatchRefusalAsync(Location location)
    {
        await using var db = f.Database.Create();
        var result = await f.Ledger(db).PostAsync(f.Take(f.Gauze, location, "L1", 1));
        if (result.Succeeded)
        {
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        return result.Errors.FirstOrDefault()?.Code;
    }

    private static Task<int> BalanceAsync(Spd.Domain.Persistence.SpdDbContext db, Location location, Item item, string lot) =>
        db.StockBalances.Where(b => b.LocationId == location.Id && b.ItemId == item.Id && b.LotNumber == lot && b.State == StockState.Available).SumAsync(b => b.Quantity);

    private async Task PostAsync(StockMove move)
    {
        await using var db = f.Database.Create();
        var result = await f.Ledger(db).PostAsync(move);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    private async Task QuarantineAsync(Location location, string lot, int quantity)
    {
        await f.ReceiveAsync(f.Gauze, location, lot, f.Today.AddYears(1), quantity);
        await PostAsync(f.Take(f.Gauze, location, lot, quantity, StockMovementKind.Quarantine) with { To = f.At(location, StockState.Quarantined) });
    }

    /// <summary>Receives coded stents at a location, one unit each with an SU code and an EPC.</summary>
    private async Task<(StockUnit First, IReadOnlyList<StockUnit> All)> ReceiveStentsAsync(Location location, int count)
    {
        await using var db = f.Database.Create();
        Assert.True((await f.Ledger(db).PostAsync(f.Receipt(f.Stent, location, "S1", f.Today.AddYears(3), count, 6800m))).Succeeded);
        var units = Enumerable.Range(1, count).Select(n => new StockUnit
        {
            Code = $"SU00000000{n:00}", Kind = StockUnitKind.Piece, ItemId = f.Stent.Id, LotNumber = "S1", ExpiryDate = f.Today.AddYears(3),
            Epc = $"E28011700000020A{n:X8}", WarehouseId = f.Central.Id, LocationId = location.Id,
        }).ToList();
        db.StockUnits.AddRange(units);
        Assert.Empty(await StockLedger.SaveAsync(db));
        return (units[0], units);
    }
}
