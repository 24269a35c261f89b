using Microsoft.EntityFrameworkCore;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class PickCheckTests
{
    /// <summary>A wave for one catheter of the fixture ward; the planned unit and the units left over.</summary>
    private static async Task<(Dispatch Dispatch, StockUnit Planned, IReadOnlyList<StockUnit> Others)> CatheterDispatchAsync(DepartmentFixture fixture)
    {
        var units = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "C1", fixture.Today.AddYears(1), 3);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Catheter, 1)]);
        await fixture.CreateWavesAsync();
        var dispatch = await fixture.DispatchOfAsync(requisition);
        var planned = units.Single(u => u.Id == dispatch.Lines[0].StockUnitId);
        return (dispatch, planned, [.. units.Where(u => u != planned)]);
    }

    [Fact]
    public async Task Pick_check_accepts_the_planned_unit_and_the_last_line_makes_the_dispatch_ready_to_leave()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, planned, _) = await CatheterDispatchAsync(fixture);

        var result = await fixture.CheckAsync(dispatch, planned.Code);

        Assert.Equal(PickCheckOutcome.Checked, result.Outcome);
        Assert.True(result.DispatchChecked);
        await using var db = fixture.Database.Create();
        var saved = await db.Dispatches.Include(d => d.Lines).SingleAsync();
        Assert.Equal(DispatchStatus.Checked, saved.Status);
        Assert.Equal(fixture.Database.Clock.GetUtcNow().UtcDateTime, saved.CheckedUtc);
        Assert.NotNull(saved.Lines[0].CheckedUtc);
    }

    [Fact]
    public async Task Pick_check_says_a_unit_is_already_checked_without_counting_it_twice()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, planned, _) = await CatheterDispatchAsync(fixture);
        await fixture.CheckAsync(dispatch, planned.Code);
        var checkedAt = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        fixture.Database.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await fixture.CheckAsync(dispatch, planned.Code);

        Assert.Equal(PickCheckOutcome.AlreadyChecked, again.Outcome);
        Assert.Null(again.Problem);
        await using var db = fixture.Database.Create();
        Assert.Equal(checkedAt, (await db.DispatchLines.SingleAsync()).CheckedUtc);
    }

    [Fact]
    public async Task Pick_check_refuses_an_item_not_asked_for_on_the_dispatch()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, _, _) = await CatheterDispatchAsync(fixture);
        var implant = await fixture.ReceiveUnitsAsync(fixture.Implant, fixture.InCentral(fixture.A1), "I1", fixture.Today.AddYears(1), 1);

        var unit = await fixture.CheckAsync(dispatch, implant[0].Code);
        var item = await fixture.CheckAsync(dispatch, fixture.Gauze.Code);

        Assert.Equal(PickCheck.PickWrongItem, unit.Problem?.Code);
        Assert.Equal(PickCheck.PickWrongItem, item.Problem?.Code);
    }

    [Fact]
    public async Task Pick_check_refuses_a_unit_of_the_right_item_and_lot_that_is_not_on_the_list()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, planned, others) = await CatheterDispatchAsync(fixture);

        var result = await fixture.CheckAsync(dispatch, others[0].Code);

        Assert.Equal(PickCheckOutcome.Refused, result.Outcome);
        Assert.Equal(PickCheck.PickNotOnList, result.Problem!.Code);
        Assert.Contains(planned.Code, result.Problem.Arguments);
    }

    [Fact]
    public async Task Pick_check_refuses_a_lot_that_is_not_first_to_expire()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var early = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "EARLY", fixture.Today.AddMonths(6), 1);
        var late = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A2), "LATE", fixture.Today.AddYears(2), 1);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Catheter, 1)]);
        await fixture.CreateWavesAsync();
        var dispatch = await fixture.DispatchOfAsync(requisition);

        var result = await fixture.CheckAsync(dispatch, late[0].Code);

        Assert.Equal(PickCheck.PickNotFirstToExpire, result.Problem?.Code);
        Assert.Contains(early[0].Code, result.Problem!.Arguments);
    }

    [Fact]
    public async Task Pick_check_refuses_an_expired_unit()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, _, _) = await CatheterDispatchAsync(fixture);
        var expired = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A2), "OLD", fixture.Today.AddDays(-3), 1);

        var result = await fixture.CheckAsync(dispatch, expired[0].Code);

        Assert.Equal(PickCheck.PickExpired, result.Problem?.Code);
    }

    [Fact]
    public async Task Pick_check_refuses_a_quarantined_unit_and_one_recalled_since_planning()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, planned, _) = await CatheterDispatchAsync(fixture);
        var quarantined = await fixture.ReceiveUnitsAsync(fixture.Catheter, new StockPosition(fixture.Central.Id, fixture.A2.Id, StockState.Quarantined), "Q1", fixture.Today.AddYears(1), 1);

        var quarantine = await fixture.CheckAsync(dispatch, quarantined[0].Code);

        Assert.Equal(PickCheck.PickQuarantined, quarantine.Problem?.Code);
        await using (var db = fixture.Database.Create())
        {
            var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;
            db.Recalls.Add(new Recall
            {
                No = "RL202611220001", Kind = RecallKind.Recall, ItemId = fixture.Catheter.Id, LotNumber = "C1", Reason = "厂家召回", Status = RecallStatus.Active,
                StartedBy = "equipment", StartedUtc = now, DeadlineUtc = now.AddHours(12),
            });
            await db.SaveChangesAsync();
        }

        var recalled = await fixture.CheckAsync(dispatch, planned.Code);

        Assert.Equal(PickCheck.PickRecalled, recalled.Problem?.Code);
        Assert.Contains("RL202611220001", recalled.Problem!.Arguments);
    }

    [Fact]
    public async Task Pick_check_refuses_a_unit_planned_on_another_dispatch()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "C1", fixture.Today.AddYears(1), 2);
        var first = await fixture.SubmitRequisitionAsync([(fixture.Catheter, 1)]);
        var second = await fixture.SubmitRequisitionAsync([(fixture.Catheter, 1)]);
        await fixture.CreateWavesAsync();
        var mine = await fixture.DispatchOfAsync(first);
        var theirs = await fixture.DispatchOfAsync(second);

        var result = await fixture.CheckAsync(mine, await fixture.CodeOfAsync(theirs.Lines[0]));

        Assert.Equal(PickCheck.PickOtherDispatch, result.Problem?.Code);
        Assert.Contains(theirs.No, result.Problem!.Arguments);
    }

    [Fact]
    public async Task Pick_check_of_loose_stock_takes_the_item_code_at_its_location()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G-EARLY", fixture.Today.AddMonths(6), 5);
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A2, "G-LATE", fixture.Today.AddYears(1), 50);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8)]);
        await fixture.CreateWavesAsync();
        var dispatch = await fixture.DispatchOfAsync(requisition);

        var nowhere = await fixture.CheckAsync(dispatch, fixture.Gauze.Code);
        var location = await fixture.CheckAsync(dispatch, $"L:{fixture.Central.Code}:{fixture.A2.Code}");
        var atA2 = await fixture.CheckAsync(dispatch, fixture.Gauze.Code, fixture.A2.Id);
        var atA1 = await fixture.CheckAsync(dispatch, fixture.Gauze.Code, fixture.A1.Id);
        var again = await fixture.CheckAsync(dispatch, fixture.Gauze.Code, fixture.A1.Id);

        Assert.Equal(PickCheck.PickLocationRequired, nowhere.Problem?.Code);
        Assert.Equal((PickCheckOutcome.LocationChosen, fixture.A2.Id), (location.Outcome, location.Location!.Id));
        Assert.Equal(PickCheckOutcome.Checked, atA2.Outcome);
        Assert.Equal(PickCheckOutcome.Checked, atA1.Outcome);
        Assert.True(atA1.DispatchChecked);
        Assert.Equal(PickCheckOutcome.AlreadyChecked, again.Outcome);
    }

    [Fact]
    public async Task Pick_check_wants_the_code_of_each_piece_of_coded_stock()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (dispatch, _, _) = await CatheterDispatchAsync(fixture);

        var result = await fixture.CheckAsync(dispatch, fixture.Catheter.Code, fixture.A1.Id);

        Assert.Equal(PickCheck.PickScanUnitCode, result.Problem?.Code);
    }
}
