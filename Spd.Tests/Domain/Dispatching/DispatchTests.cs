using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class DispatchTests
{
    /// <summary>A requisition of 8 gauze and 1 catheter for the fixture ward, planned in a wave.</summary>
    private static async Task<(Requisition Requisition, Dispatch Dispatch, StockUnit Catheter)> PlannedAsync(DepartmentFixture fixture)
    {
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 20);
        var units = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A2), "C1", fixture.Today.AddYears(1), 1);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8), (fixture.Catheter, 1)]);
        await fixture.CreateWavesAsync();
        return (requisition, await fixture.DispatchOfAsync(requisition), units[0]);
    }

    [Fact]
    public async Task A_dispatch_cannot_leave_before_every_line_is_checked()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, dispatch, catheter) = await PlannedAsync(fixture);
        await fixture.CheckAsync(dispatch, catheter.Code);
        await using var db = fixture.Database.Create();

        var result = await new DispatchWorkflow(fixture.Database.Clock).DispatchAsync(db, dispatch.Id, "王师傅", null, "warehouse");

        Assert.Equal(DispatchWorkflow.DispatchNotChecked, Assert.Single(result.Errors).Code);
        Assert.Equal(1, result.Errors[0].Arguments[1]);
    }

    [Fact]
    public async Task Dispatch_moves_the_stock_in_transit_to_the_department_and_records_the_times()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (requisition, dispatch, catheter) = await PlannedAsync(fixture);
        var opened = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        fixture.Database.Clock.Advance(TimeSpan.FromMinutes(20));

        await fixture.CheckAndDispatchAsync(dispatch);

        await using var db = fixture.Database.Create();
        var saved = await db.Dispatches.SingleAsync();
        var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal((DispatchStatus.Dispatched, opened, now, now, "王师傅", "BOX-01"), (saved.Status, saved.OpenedUtc, saved.CheckedUtc, saved.DispatchedUtc, saved.Courier, saved.BoxCode));
        Assert.False(saved.ReceivedAtDispatch);
        Assert.Null(saved.ReceivedUtc);
        var transit = await db.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.Quantity > 0).ToListAsync();
        Assert.All(transit, b => Assert.Equal((StockState.InTransit, (int?)null), (b.State, b.LocationId)));
        Assert.Equal(9, transit.Sum(b => b.Quantity));
        Assert.Equal(12, await db.StockBalances.Where(b => b.WarehouseId == fixture.Central.Id).SumAsync(b => b.Quantity));
        var unit = await db.StockUnits.SingleAsync(u => u.Id == catheter.Id);
        Assert.Equal((fixture.WardStore.Id, StockState.InTransit, StockUnitStatus.InStock), (unit.WarehouseId!.Value, unit.State, unit.Status));
        var entries = await db.StockLedgerEntries.Where(e => e.DocumentType == StockDocumentType.Dispatch).ToListAsync();
        Assert.All(entries, e => Assert.Equal((StockMovementKind.Dispatch, dispatch.No), (e.Kind, e.DocumentNo)));
        Assert.Equal(2, entries.Count);
        var lines = await db.RequisitionLines.OrderBy(l => l.Id).ToListAsync();
        Assert.Equal([8, 1], lines.Select(l => l.DispatchedQuantity));
        Assert.Equal(RequisitionStatus.Dispatched, (await db.Requisitions.SingleAsync(r => r.Id == requisition.Id)).Status);
        Assert.Equal(Spd.Domain.Dispatching.WaveStatus.Dispatched, (await db.Waves.SingleAsync()).Status);
    }

    [Fact]
    public async Task Stock_in_transit_cannot_be_taken_or_consumed_before_the_department_signs_for_it()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, dispatch, catheter) = await PlannedAsync(fixture);
        await fixture.CheckAndDispatchAsync(dispatch);
        await using var db = fixture.Database.Create();
        var ledger = fixture.Ledger(db, "nurse");

        var takeable = await ledger.TakeableAsync(fixture.WardStore.Id, fixture.Gauze.Id);
        var take = await ledger.TakeAsync(new TakeRequest
        {
            Kind = StockMovementKind.Consumption, WarehouseId = fixture.WardStore.Id, ItemId = fixture.Gauze.Id, Quantity = 1,
            DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220001",
        });
        var consume = await ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.Consumption, ItemId = fixture.Catheter.Id, LotNumber = "C1", Quantity = 1, StockUnitId = catheter.Id,
            From = new StockPosition(fixture.WardStore.Id, null, StockState.InTransit), DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220002",
        });

        Assert.Empty(takeable);
        Assert.Equal(StockLedger.InsufficientStock, Assert.Single(take.Errors).Code);
        Assert.Equal(StockLedger.InTransitStock, Assert.Single(consume.Errors).Code);
    }

    [Fact]
    public async Task A_department_that_receives_at_dispatch_has_the_stock_available_at_once_and_the_dispatch_is_flagged()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (icu, icuStore) = await fixture.AddWardAsync("K003", "重症医学科", "R2", receiveAtDispatch: true);
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 20);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8)], department: icu, ward: icuStore);
        await fixture.CreateWavesAsync();

        await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(requisition));

        await using var db = fixture.Database.Create();
        var saved = await db.Dispatches.Include(d => d.Lines).SingleAsync();
        var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        Assert.True(saved.ReceivedAtDispatch);
        Assert.Equal((DispatchStatus.Received, now, "warehouse", 8), (saved.Status, saved.ReceivedUtc, saved.ReceivedBy, saved.Lines[0].ReceivedQuantity));
        var balance = await db.StockBalances.SingleAsync(b => b.WarehouseId == icuStore.Id && b.Quantity > 0);
        Assert.Equal(StockState.Available, balance.State);
        var line = await db.RequisitionLines.SingleAsync();
        Assert.Equal((8, now), (line.ReceivedQuantity, line.CompletedUtc));
        Assert.Equal(RequisitionStatus.Received, (await db.Requisitions.SingleAsync()).Status);
    }

    [Fact]
    public async Task Printing_the_note_records_its_first_print_once_the_dispatch_is_checked()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, dispatch, catheter) = await PlannedAsync(fixture);
        var workflow = new DispatchWorkflow(fixture.Database.Clock);
        await using (var db = fixture.Database.Create())
        {
            await workflow.MarkPrintedAsync(db, dispatch.Id);
        }

        await fixture.CheckAsync(dispatch, catheter.Code);
        await fixture.CheckAsync(dispatch, fixture.Gauze.Code);
        var printed = fixture.Database.Clock.GetUtcNow().UtcDateTime.AddMinutes(2);
        fixture.Database.Clock.Advance(TimeSpan.FromMinutes(2));
        await using (var db = fixture.Database.Create())
        {
            await workflow.MarkPrintedAsync(db, dispatch.Id);
        }

        fixture.Database.Clock.Advance(TimeSpan.FromMinutes(2));
        await using (var db = fixture.Database.Create())
        {
            await workflow.MarkPrintedAsync(db, dispatch.Id);
            Assert.Equal(printed, (await db.Dispatches.SingleAsync()).PrintedUtc);
        }
    }

    [Fact]
    public async Task A_line_the_picker_cannot_find_leaves_the_list_and_is_flagged_short()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, dispatch, catheter) = await PlannedAsync(fixture);
        await fixture.CheckAsync(dispatch, fixture.Gauze.Code);
        await using var db = fixture.Database.Create();

        var result = await new DispatchWorkflow(fixture.Database.Clock).MarkShortAsync(db, dispatch.Id, dispatch.Lines.Single(l => l.StockUnitId == catheter.Id).Id);

        Assert.True(result.Succeeded);
        await using var check = fixture.Database.Create();
        var saved = await check.Dispatches.Include(d => d.Lines).SingleAsync();
        Assert.Equal(DispatchStatus.Checked, saved.Status);
        Assert.Single(saved.Lines);
        Assert.NotNull((await check.RequisitionLines.SingleAsync(l => l.ItemId == fixture.Catheter.Id)).ShortFlaggedUtc);
    }

    [Fact]
    public async Task The_signed_note_is_recorded_back_once_and_not_before_the_goods_left()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, dispatch, _) = await PlannedAsync(fixture);
        var workflow = new DispatchWorkflow(fixture.Database.Clock);
        await using (var db = fixture.Database.Create())
        {
            Assert.Equal(DispatchWorkflow.SignedNoteNotDispatched, Assert.Single((await workflow.ReturnSignedNoteAsync(db, dispatch.No, "equipment")).Errors).Code);
        }

        await fixture.CheckAndDispatchAsync(dispatch);
        var returned = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        await using (var db = fixture.Database.Create())
        {
            var first = await workflow.ReturnSignedNoteAsync(db, dispatch.No.ToLowerInvariant(), "equipment");
            Assert.False(first.Value!.AlreadyReturned);
        }

        fixture.Database.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = fixture.Database.Create())
        {
            var second = await workflow.ReturnSignedNoteAsync(db, dispatch.No, "warehouse");
            Assert.True(second.Value!.AlreadyReturned);
            var saved = await db.Dispatches.SingleAsync();
            Assert.Equal((returned, "equipment"), (saved.SignedNoteReturnedUtc, saved.SignedNoteReturnedBy));
        }
    }

    [Fact]
    public async Task Cancelling_a_dispatch_frees_its_stock_and_the_requisition_waits_for_the_next_wave()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (requisition, dispatch, _) = await PlannedAsync(fixture);
        await using (var db = fixture.Database.Create())
        {
            Assert.True((await new DispatchWorkflow(fixture.Database.Clock).CancelAsync(db, dispatch.Id)).Succeeded);
            Assert.Equal(RequisitionStatus.Submitted, (await db.Requisitions.SingleAsync()).Status);
        }

        var run = await fixture.CreateWavesAsync();

        Assert.Equal((1, 0), (run.Dispatches, run.ShortLines));
        Assert.Equal(2, (await fixture.DispatchOfAsync(requisition)).Lines.Count);
    }
}
