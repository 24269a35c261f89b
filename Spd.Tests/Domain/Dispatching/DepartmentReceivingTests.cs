using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class DepartmentReceivingTests
{
    /// <summary>8 gauze and 2 catheters dispatched to the fixture ward, in transit.</summary>
    private static async Task<(Dispatch Dispatch, IReadOnlyList<StockUnit> Catheters)> DispatchedAsync(DepartmentFixture fixture)
    {
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 20);
        var units = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A2), "C1", fixture.Today.AddYears(1), 2);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8), (fixture.Catheter, 2)]);
        await fixture.CreateWavesAsync();
        await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(requisition));
        return (await fixture.DispatchOfAsync(requisition), units);
    }

    private static DepartmentReceiving Receiving(DepartmentFixture fixture) => new(fixture.Database.Clock);

    [Fact]
    public async Task Scanning_the_dispatch_note_or_a_unit_on_its_way_finds_the_dispatch()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, catheters) = await DispatchedAsync(fixture);
        await using var db = fixture.Database.Create();

        var byNote = await Receiving(fixture).FindAsync(db, dispatch.No, fixture.Ward.Id);
        var byUnit = await Receiving(fixture).FindAsync(db, catheters[1].Code, fixture.Ward.Id);
        var lookup = await ScanLookup.ResolveAsync(db, dispatch.No, fixture.Today);

        Assert.Equal(dispatch.Id, byNote.Value);
        Assert.Equal(dispatch.Id, byUnit.Value);
        Assert.Equal(dispatch.Id, lookup.DispatchId);
    }

    [Fact]
    public async Task A_department_keeper_cannot_open_or_sign_another_departments_dispatch()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, _) = await DispatchedAsync(fixture);
        var (spine, _) = await fixture.AddWardAsync("K002", "脊柱外科", "R1");
        await using var db = fixture.Database.Create();

        var found = await Receiving(fixture).FindAsync(db, dispatch.No, spine.Id);
        var signed = await Receiving(fixture).SignAsync(db, dispatch.Id, [], spine.Id, "other-nurse");

        Assert.Equal(DepartmentReceiving.NotYourDepartment, Assert.Single(found.Errors).Code);
        Assert.Equal(DepartmentReceiving.NotYourDepartment, Assert.Single(signed.Errors).Code);
    }

    [Fact]
    public async Task Signing_moves_the_stock_to_available_in_the_department_and_completes_the_requisition()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, catheters) = await DispatchedAsync(fixture);
        fixture.Database.Clock.Advance(TimeSpan.FromHours(2));
        await using var db = fixture.Database.Create();

        var result = await Receiving(fixture).SignAsync(db, dispatch.Id, [], fixture.Ward.Id, "nurse");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!);
        await using var check = fixture.Database.Create();
        var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        var saved = await check.Dispatches.Include(d => d.Lines).SingleAsync();
        Assert.Equal((DispatchStatus.Received, now, "nurse"), (saved.Status, saved.ReceivedUtc, saved.ReceivedBy));
        Assert.All(saved.Lines, l => Assert.Equal(l.Quantity, l.ReceivedQuantity));
        var ward = await check.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.Quantity > 0).ToListAsync();
        Assert.All(ward, b => Assert.Equal((StockState.Available, (int?)fixture.WardBin.Id), (b.State, b.LocationId)));
        Assert.Equal(10, ward.Sum(b => b.Quantity));
        Assert.All(await check.StockUnits.ToListAsync(), u => Assert.Equal((fixture.WardStore.Id, StockState.Available, (int?)fixture.WardBin.Id), (u.WarehouseId!.Value, u.State, u.LocationId)));
        Assert.Equal(2, await check.StockLedgerEntries.CountAsync(e => e.Kind == StockMovementKind.DepartmentReceipt && e.DocumentNo == dispatch.No && e.StockUnitId != null));
        var lines = await check.RequisitionLines.ToListAsync();
        Assert.All(lines, l => Assert.Equal((l.ApprovedQuantity, now), (l.ReceivedQuantity, l.CompletedUtc)));
        Assert.Equal(RequisitionStatus.Received, (await check.Requisitions.SingleAsync()).Status);
        Assert.Contains(catheters[0].Id, await check.StockLedgerEntries.Where(e => e.Kind == StockMovementKind.DepartmentReceipt).Select(e => e.StockUnitId).ToListAsync());
    }

    [Fact]
    public async Task Scanning_a_code_on_the_note_receives_it_at_once_and_a_second_scan_receives_nothing_more()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, catheters) = await DispatchedAsync(fixture);
        await using var db = fixture.Database.Create();

        var first = await Receiving(fixture).ScanAsync(db, dispatch.Id, catheters[0].Code, fixture.Ward.Id, "nurse");
        var again = await Receiving(fixture).ScanAsync(db, dispatch.Id, catheters[0].Code, fixture.Ward.Id, "nurse");
        var gauze = await Receiving(fixture).ScanAsync(db, dispatch.Id, fixture.Gauze.Code, fixture.Ward.Id, "nurse");
        var stranger = await Receiving(fixture).ScanAsync(db, dispatch.Id, fixture.Syringe.Code, fixture.Ward.Id, "nurse");

        Assert.Equal(ReceiptScanOutcome.Received, first.Outcome);
        Assert.Equal(ReceiptScanOutcome.AlreadyReceived, again.Outcome);
        Assert.Equal(ReceiptScanOutcome.Received, gauze.Outcome);
        Assert.Equal(DepartmentReceiving.ReceiptNotOnNote, stranger.Problem?.Code);
        await using var check = fixture.Database.Create();
        Assert.Equal(StockState.Available, (await check.StockUnits.SingleAsync(u => u.Id == catheters[0].Id)).State);
        Assert.Equal(StockState.InTransit, (await check.StockUnits.SingleAsync(u => u.Id == catheters[1].Id)).State);
        Assert.Equal(9, (await check.RequisitionLines.ToListAsync()).Sum(l => l.ReceivedQuantity));
        Assert.Equal(DispatchStatus.Dispatched, (await check.Dispatches.SingleAsync()).Status);
    }

    [Fact]
    public async Task Goods_refused_at_receipt_become_a_return_to_the_central_warehouse_and_stay_open_on_the_requisition()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, catheters) = await DispatchedAsync(fixture);
        var gauzeLine = dispatch.Lines.Single(l => l.ItemId == fixture.Gauze.Id);
        var refusedUnit = dispatch.Lines.Single(l => l.StockUnitId == catheters[1].Id);
        await using var db = fixture.Database.Create();

        var result = await Receiving(fixture).SignAsync(db, dispatch.Id,
            [new Refusal(gauzeLine.Id, 3, ReturnReason.WrongItem), new Refusal(refusedUnit.Id, 1, ReturnReason.Quality)], fixture.Ward.Id, "nurse");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Equal([ReturnReason.WrongItem, ReturnReason.Quality], result.Value!.Select(r => r.Reason).Order());
        await using var check = fixture.Database.Create();
        var returns = await check.DepartmentReturns.Include(r => r.Lines).ToListAsync();
        Assert.All(returns, r => Assert.Equal((ReturnStatus.Submitted, ReturnDestination.CentralWarehouse, (int?)dispatch.Id), (r.Status, r.Destination, r.DispatchId)));
        Assert.Equal(3, returns.Single(r => r.Reason == ReturnReason.WrongItem).Lines.Single().Quantity);
        Assert.Equal(catheters[1].Id, returns.Single(r => r.Reason == ReturnReason.Quality).Lines.Single().StockUnitId);
        var apart = await check.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.State == StockState.Quarantined && b.Quantity > 0).SumAsync(b => b.Quantity);
        Assert.Equal(4, apart);
        Assert.Equal(0, await check.StockBalances.Where(b => b.State == StockState.InTransit).SumAsync(b => b.Quantity));
        var lines = await check.RequisitionLines.OrderBy(l => l.Id).ToListAsync();
        Assert.Equal([(8, 5), (2, 1)], lines.Select(l => (l.DispatchedQuantity, l.ReceivedQuantity)));
        Assert.All(lines, l => Assert.Null(l.CompletedUtc));
        Assert.Equal(RequisitionStatus.Dispatched, (await check.Requisitions.SingleAsync()).Status);
        Assert.Single(await DispatchList.PendingAsync(check, fixture.Central.Id));
    }

    [Fact]
    public async Task A_pack_is_refused_whole_and_no_more_than_is_left_can_be_refused()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 20);
        await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InCentral(fixture.A2), "S1", fixture.Today.AddYears(1), 1, packSize: 20);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8), (fixture.Syringe, 20)]);
        await fixture.CreateWavesAsync();
        await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(requisition));
        var dispatch = await fixture.DispatchOfAsync(requisition);
        await using var db = fixture.Database.Create();

        var part = await Receiving(fixture).SignAsync(db, dispatch.Id, [new Refusal(dispatch.Lines.Single(l => l.StockUnitId != null).Id, 5, ReturnReason.Quality)], null, "nurse");
        var tooMuch = await Receiving(fixture).SignAsync(db, dispatch.Id, [new Refusal(dispatch.Lines.Single(l => l.StockUnitId == null).Id, 9, ReturnReason.Quality)], null, "nurse");

        Assert.Equal(DepartmentReceiving.RefuseWholeUnit, Assert.Single(part.Errors).Code);
        Assert.Equal(DepartmentReceiving.RefusalTooMuch, Assert.Single(tooMuch.Errors).Code);
        Assert.Equal(DispatchStatus.Dispatched, (await fixture.DispatchOfAsync(requisition)).Status);
    }
}
