using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Tests.Infrastructure;
using static Spd.Tests.Domain.Departments.RequisitionTestKit;

namespace Spd.Tests.Domain.Departments;

/// <summary>定数申领: limits suggested from the ward's consumption and approved, and the run that tops the ward up on its delivery day.</summary>
public sealed class FixedQuantityTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData(100, 30, 20, null, 50)]
    [InlineData(100, 30, 20, 20, 60)]
    [InlineData(100, 20, 20, 20, 60)]
    [InlineData(100, 90, 20, 20, 0)]
    [InlineData(100, 120, 0, null, 0)]
    public void Need_is_the_limit_less_stock_in_transit_and_open_requests_in_whole_packs(int limit, int stock, int open, int? pack, int expected) =>
        Assert.Equal(expected, FixedQuantityReplenishment.Need(limit, stock, open, pack));

    [Fact]
    public void A_weekly_cycle_delivers_on_its_weekday_and_a_fortnightly_one_every_other_week()
    {
        var weekly = new DepartmentSupply { DeliveryDay = DayOfWeek.Monday, CycleDays = 7 };
        var fortnightly = new DepartmentSupply { DeliveryDay = DayOfWeek.Monday, CycleDays = 14 };
        var daily = new DepartmentSupply { DeliveryDay = DayOfWeek.Wednesday, CycleDays = 1 };

        Assert.True(DeliverySchedule.IsDeliveryDate(weekly, Monday));
        Assert.False(DeliverySchedule.IsDeliveryDate(weekly, Monday.AddDays(-1)));
        Assert.Equal(Monday, DeliverySchedule.NextDeliveryDate(weekly, Monday.AddDays(-6)));
        Assert.NotEqual(DeliverySchedule.IsDeliveryDate(fortnightly, Monday), DeliverySchedule.IsDeliveryDate(fortnightly, Monday.AddDays(7)));
        Assert.Equal(DeliverySchedule.IsDeliveryDate(fortnightly, Monday), DeliverySchedule.IsDeliveryDate(fortnightly, Monday.AddDays(14)));
        Assert.Equal(14, DeliverySchedule.NextDeliveryDate(fortnightly, Monday.AddDays(1)).DayNumber - DeliverySchedule.NextDeliveryDate(fortnightly, Monday.AddDays(-13)).DayNumber);
        Assert.True(DeliverySchedule.IsDeliveryDate(daily, Monday));
    }

    [Theory]
    [InlineData(280, 7, 7, null, 70)]
    [InlineData(280, 7, 10, null, 100)]
    [InlineData(560, 14, 7, null, 140)]
    [InlineData(280, 7, 7, 20, 80)]
    [InlineData(10, 7, 7, null, 3)]
    public void The_suggested_limit_is_the_stock_base_of_usage_but_at_least_one_cycle(int usedInFourCycles, int cycleDays, int stockBaseDays, int? pack, int expected) =>
        Assert.Equal(expected, FixedQuantityLimits.Suggest(usedInFourCycles, new DepartmentSupply { CycleDays = cycleDays, StockBaseDays = stockBaseDays }, pack));

    [Fact]
    public async Task Suggestions_come_from_the_last_four_cycles_of_consumption_and_approval_is_the_equipment_departments()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await ConsumeAsync(fixture, fixture.Gauze, (40, 100), (20, 150), (10, 80), (1, 50), (0, 999));
        await ConsumeAsync(fixture, fixture.Syringe, (3, 30));

        await using (var db = fixture.Database.Create())
        {
            Assert.Equal(2, await FixedQuantityLimits.RefreshSuggestionsAsync(db, fixture.WardStore.Id, fixture.Database.Clock));
        }

        await using (var db = fixture.Database.Create())
        {
            var limits = await db.FixedQuantityLimits.OrderBy(l => l.ItemId).ToListAsync();
            // Gauze: 280 in 28 days → 70 a week; syringes: 30 → 7.5 a week, in packs of 20.
            Assert.Equal([(fixture.Gauze.Id, 70, 70, false), (fixture.Syringe.Id, 20, 20, false)],
                limits.Select(l => (l.ItemId, l.UpperLimit, l.SuggestedLimit!.Value, l.IsApproved)));
            var keeper = await Assert.ThrowsAsync<WorkflowException>(() =>
                FixedQuantityLimits.ApproveAsync(db, [.. limits.Select(l => l.Id)], true, Nurse(fixture), fixture.Database.Clock));
            Assert.Equal(WorkflowErrors.WrongRole, keeper.Code);
            Assert.Equal(2, await FixedQuantityLimits.ApproveAsync(db, [.. limits.Select(l => l.Id)], true, Equipment, fixture.Database.Clock));
        }

        await ConsumeAsync(fixture, fixture.Gauze, (2, 140));
        await using (var db = fixture.Database.Create())
        {
            await FixedQuantityLimits.RefreshSuggestionsAsync(db, fixture.WardStore.Id, fixture.Database.Clock);
        }

        await using var read = fixture.Database.Create();
        var gauze = await read.FixedQuantityLimits.SingleAsync(l => l.ItemId == fixture.Gauze.Id);
        Assert.Equal((70, 105, "equipment"), (gauze.UpperLimit, gauze.SuggestedLimit!.Value, gauze.ApprovedBy));
    }

    [Fact]
    public async Task The_delivery_day_run_tops_each_approved_limit_up_counting_stock_in_transit_and_open_requests()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddLimitAsync(fixture, fixture.Gauze, 100, approved: true);
        await AddLimitAsync(fixture, fixture.Syringe, 90, approved: true);
        await AddLimitAsync(fixture, fixture.Catheter, 5, approved: false);
        await ReceiveInWardAsync(fixture, fixture.Gauze, 30, StockState.Available);
        await ReceiveInWardAsync(fixture, fixture.Gauze, 10, StockState.InTransit);
        await ReceiveInWardAsync(fixture, fixture.Gauze, 7, StockState.Quarantined);
        await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 15)));
        var waved = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 10)));
        await using (var db = fixture.Database.CreateUnaudited())
        {
            var line = await db.RequisitionLines.Include(l => l.Requisition).SingleAsync(l => l.RequisitionId == waved.Id);
            line.Requisition!.Status = RequisitionStatus.InWave;
            line.DispatchedQuantity = 4;
            await db.SaveChangesAsync();
        }

        fixture.Database.Clock.Advance(TimeSpan.FromDays(1));
        ReplenishmentRun run;
        await using (var db = fixture.Database.Create())
        {
            run = await FixedQuantityReplenishment.RunAsync(db, fixture.Database.Clock, "system");
        }

        var requisition = Assert.Single(run.Created);
        Assert.Equal((Monday, 1, 0), (run.Date, run.Departments, run.AlreadyRaised));
        Assert.Equal((RequisitionKind.FixedQuantity, RequisitionStatus.Submitted, Monday, fixture.Central.Id),
            (requisition.Kind, requisition.Status, requisition.ScheduledDate, requisition.SupplyingWarehouseId));
        Assert.NotNull(requisition.SubmittedUtc);
        // Gauze: 100 − (30 available + 10 in transit) − (15 + 10 − 4 open) = 39; syringes: 90 → 100 in packs of 20; the catheter's limit is not approved.
        Assert.Equal([(fixture.Gauze.Id, 39, 39), (fixture.Syringe.Id, 100, 100)],
            requisition.Lines.OrderBy(l => l.ItemId).Select(l => (l.ItemId, l.Quantity, l.ApprovedQuantity)));
    }

    [Fact]
    public async Task Running_twice_on_the_same_day_raises_nothing_new()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddLimitAsync(fixture, fixture.Gauze, 100, approved: true);
        fixture.Database.Clock.Advance(TimeSpan.FromDays(1));
        await using (var db = fixture.Database.Create())
        {
            Assert.Single((await FixedQuantityReplenishment.RunAsync(db, fixture.Database.Clock, "system")).Created);
        }

        await using (var db = fixture.Database.Create())
        {
            var again = await FixedQuantityReplenishment.RunAsync(db, fixture.Database.Clock, "warehouse");
            Assert.Empty(again.Created);
            Assert.Equal(1, again.AlreadyRaised);
        }

        await using var read = fixture.Database.Create();
        Assert.Equal(1, await read.Requisitions.CountAsync(r => r.Kind == RequisitionKind.FixedQuantity));
    }

    [Fact]
    public async Task Nothing_is_raised_off_the_delivery_day_or_when_the_ward_is_full()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddLimitAsync(fixture, fixture.Gauze, 30, approved: true);
        await using (var db = fixture.Database.Create())
        {
            var sunday = await FixedQuantityReplenishment.RunAsync(db, fixture.Database.Clock, "system");
            Assert.Equal((0, 0), (sunday.Departments, sunday.Created.Count));
        }

        await ReceiveInWardAsync(fixture, fixture.Gauze, 30, StockState.Available);
        fixture.Database.Clock.Advance(TimeSpan.FromDays(1));
        await using (var db = fixture.Database.Create())
        {
            var full = await FixedQuantityReplenishment.RunAsync(db, fixture.Database.Clock, "system");
            Assert.Equal((1, 0), (full.Departments, full.Created.Count));
        }
    }

    [Fact]
    public async Task The_limits_page_shows_stock_pack_size_and_suggestion_beside_each_limit()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var limit = await AddLimitAsync(fixture, fixture.Syringe, 100, approved: false);
        await ReceiveInWardAsync(fixture, fixture.Syringe, 40, StockState.Available);
        await using var db = fixture.Database.Create();

        await FixedQuantityLimits.SetAsync(db, limit.Id, 120, limit.Version, Equipment, fixture.Database.Clock);
        var page = await FixedQuantityLimits.QueryAsync(db, new LimitFilter(fixture.WardStore.Id), new Spd.Domain.Common.PageRequest());

        var row = Assert.Single(page.Items);
        Assert.Equal((120, true, 40, 20), (row.UpperLimit, row.Approved, row.OnHand, row.PackSize));
        var stale = await Assert.ThrowsAsync<WorkflowException>(() => FixedQuantityLimits.SetAsync(db, limit.Id, 140, limit.Version, Equipment, fixture.Database.Clock));
        Assert.Equal(WorkflowErrors.ConcurrentEdit, stale.Code);
    }

    [Fact]
    public async Task A_limit_added_by_hand_is_approved_at_once_but_not_for_an_order_linked_item_or_twice()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();

        var added = await FixedQuantityLimits.AddAsync(db, fixture.WardStore.Id, fixture.Catheter.Id, 4, Equipment, fixture.Database.Clock);
        var implant = await Assert.ThrowsAsync<WorkflowException>(() => FixedQuantityLimits.AddAsync(db, fixture.WardStore.Id, fixture.Implant.Id, 2, Equipment, fixture.Database.Clock));
        var twice = await Assert.ThrowsAsync<WorkflowException>(() => FixedQuantityLimits.AddAsync(db, fixture.WardStore.Id, fixture.Catheter.Id, 6, Equipment, fixture.Database.Clock));

        Assert.Equal((4, "equipment"), (added.UpperLimit, added.ApprovedBy));
        Assert.Equal(FixedQuantityLimits.NotStockManaged, Assert.Single(implant.Errors).Code);
        Assert.Equal(FixedQuantityLimits.DuplicateLimit, Assert.Single(twice.Errors).Code);
    }

    private static async Task<FixedQuantityLimit> AddLimitAsync(DepartmentFixture fixture, Item item, int upperLimit, bool approved)
    {
        await using var db = fixture.Database.CreateUnaudited();
        var limit = new FixedQuantityLimit
        {
            WarehouseId = fixture.WardStore.Id, ItemId = item.Id, UpperLimit = upperLimit,
            ApprovedBy = approved ? "equipment" : null, ApprovedUtc = approved ? fixture.Database.Clock.GetUtcNow().UtcDateTime : null,
        };
        db.FixedQuantityLimits.Add(limit);
        await db.SaveChangesAsync();
        return limit;
    }

    private static async Task ReceiveInWardAsync(DepartmentFixture fixture, Item item, int quantity, StockState state)
    {
        await using var db = fixture.Database.Create();
        var result = await fixture.Ledger(db).PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = "L" + state, ExpiryDate = fixture.Today.AddYears(1), Quantity = quantity,
            UnitCost = item.UnitPrice, To = fixture.InWard(state), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220009",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    /// <summary>Receives enough into the ward 60 days ago, then consumes (days ago, quantity) each at noon of that day.</summary>
    private static async Task ConsumeAsync(DepartmentFixture fixture, Item item, params (int DaysAgo, int Quantity)[] uses)
    {
        var start = fixture.Database.Clock.GetUtcNow();
        await using var db = fixture.Database.Create();
        var lot = "C" + item.Code + start.Ticks;
        var received = await new StockLedger(db, new ManualClock(start.AddDays(-60)), "keeper").PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = fixture.Today.AddYears(2), Quantity = uses.Sum(u => u.Quantity),
            UnitCost = item.UnitPrice, To = fixture.InWard(), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202609230001",
        });
        Assert.True(received.Succeeded);
        foreach (var (daysAgo, quantity) in uses.OrderByDescending(u => u.DaysAgo))
        {
            // Noon (04:00 UTC) of the local day, so that the day is unambiguous.
            var at = new DateTimeOffset(fixture.Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
            var used = await new StockLedger(db, new ManualClock(at), "nurse").PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = item.Id, LotNumber = lot, Quantity = quantity,
                From = fixture.InWard(), DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611010001",
            });
            Assert.True(used.Succeeded, string.Join("; ", used.Errors.Select(e => e.Code)));
        }

        Assert.Empty(await StockLedger.SaveAsync(db));
    }
}
