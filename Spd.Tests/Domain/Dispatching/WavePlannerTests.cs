using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class WavePlannerTests
{
    [Fact]
    public async Task Waves_group_the_open_requisitions_of_a_central_warehouse_by_route()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 100);
        var (spine, spineStore) = await fixture.AddWardAsync("K002", "脊柱外科", "R1");
        var (icu, icuStore) = await fixture.AddWardAsync("K003", "重症医学科", "R2");
        var joint = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        var spineRequisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)], department: spine, ward: spineStore);
        var icuRequisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)], department: icu, ward: icuStore);

        var run = await fixture.CreateWavesAsync();

        Assert.Equal(["R1", "R2"], run.Waves.Select(w => w.Route));
        Assert.Equal(3, run.Dispatches);
        await using var db = fixture.Database.Create();
        var waves = await db.Waves.Include(w => w.Dispatches).OrderBy(w => w.Route).ToListAsync();
        Assert.Equal([joint.Id, spineRequisition.Id], waves[0].Dispatches.Select(d => d.RequisitionId).Order());
        Assert.Equal(icuRequisition.Id, Assert.Single(waves[1].Dispatches).RequisitionId);
        Assert.All(waves, w => Assert.Equal(WaveStatus.Picking, w.Status));
        Assert.All(await db.Requisitions.ToListAsync(), r => Assert.Equal(RequisitionStatus.InWave, r.Status));
        Assert.All(waves.SelectMany(w => w.Dispatches), d => Assert.Matches("^CK20261122[0-9]{4}$", d.No));
    }

    [Fact]
    public async Task A_dispatch_is_due_one_hour_after_opening_for_an_emergency_and_a_day_for_a_normal_requisition()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 100);
        var normal = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        var emergency = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)], DispatchPriority.Emergency);
        var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;

        await fixture.CreateWavesAsync();

        var urgent = await fixture.DispatchOfAsync(emergency);
        var ordinary = await fixture.DispatchOfAsync(normal);
        Assert.Equal(now.AddHours(1), urgent.DueUtc);
        Assert.Equal(now.AddHours(24), ordinary.DueUtc);
        Assert.Equal(now, urgent.OpenedUtc);
        Assert.Equal(DispatchPriority.Emergency, urgent.Priority);
    }

    [Fact]
    public async Task Picking_plans_the_lot_that_expires_first_across_locations()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "LATE", fixture.Today.AddYears(2), 50);
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A2, "EARLY", fixture.Today.AddMonths(6), 5);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8)]);

        await fixture.CreateWavesAsync();

        var lines = (await fixture.DispatchOfAsync(requisition)).Lines.OrderBy(l => l.ExpiryDate).ToList();
        Assert.Equal([("EARLY", fixture.A2.Id, 5), ("LATE", fixture.A1.Id, 3)], lines.Select(l => (l.LotNumber, l.LocationId!.Value, l.Quantity)));
        Assert.All(lines, l => Assert.Null(l.StockUnitId));
    }

    [Fact]
    public async Task Picking_names_the_coded_unit_that_expires_first_not_one_with_a_later_expiry()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var late = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "C-LATE", fixture.Today.AddYears(2), 2);
        var early = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A2), "C-EARLY", fixture.Today.AddMonths(8), 1);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Catheter, 2)]);

        await fixture.CreateWavesAsync();

        var lines = (await fixture.DispatchOfAsync(requisition)).Lines.OrderBy(l => l.ExpiryDate).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(early[0].Id, lines[0].StockUnitId);
        Assert.Equal("C-LATE", lines[1].LotNumber);
        Assert.Contains(lines[1].StockUnitId!.Value, late.Select(u => u.Id));
        Assert.All(lines, l => Assert.Equal(1, l.Quantity));
    }

    [Fact]
    public async Task Picking_takes_the_departments_own_packs_and_never_a_pack_made_for_another_department()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (spine, _) = await fixture.AddWardAsync("K002", "脊柱外科", "R1");
        var foreign = await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InCentral(fixture.A1), "S-SOON", fixture.Today.AddMonths(3), 1, packSize: 20);
        var own = await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InCentral(fixture.A2), "S-LATER", fixture.Today.AddYears(1), 2, packSize: 20);
        await using (var db = fixture.Database.Create())
        {
            (await db.StockUnits.SingleAsync(u => u.Id == foreign[0].Id)).DepartmentId = spine.Id;
            await db.SaveChangesAsync();
        }

        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Syringe, 40)]);

        await fixture.CreateWavesAsync();

        var lines = (await fixture.DispatchOfAsync(requisition)).Lines;
        Assert.Equal(own.Select(u => u.Id).Order(), lines.Select(l => l.StockUnitId!.Value).Order());
        Assert.All(lines, l => Assert.Equal(20, l.Quantity));
    }

    [Fact]
    public async Task Expired_recalled_quarantined_and_stocktake_frozen_stock_is_never_planned()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "EXPIRED", fixture.Today.AddDays(-1), 10);
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "RECALLED", fixture.Today.AddYears(1), 10);
        await fixture.ReceiveUnitsAsync(fixture.Catheter, new StockPosition(fixture.Central.Id, fixture.A1.Id, StockState.Quarantined), "Q1", fixture.Today.AddYears(1), 2);
        var frozen = new Location { Code = "B-01-01-01", Zone = "B", WarehouseId = fixture.Central.Id };
        await using (var db = fixture.Database.Create())
        {
            db.Locations.Add(frozen);
            db.Recalls.Add(new Recall
            {
                No = "RL202611220001", Kind = RecallKind.Recall, ItemId = fixture.Gauze.Id, LotNumber = "RECALLED", Reason = "厂家召回", Status = RecallStatus.Active,
                StartedBy = "equipment", StartedUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime, DeadlineUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime.AddHours(12),
            });
            await db.SaveChangesAsync();
        }

        await fixture.ReceiveAsync(fixture.Gauze, frozen, "FROZEN", fixture.Today.AddYears(1), 10);
        await using (var db = fixture.Database.Create())
        {
            db.Stocktakes.Add(new Stocktake { No = "ST202611220001", WarehouseId = fixture.Central.Id, Zone = "B", Status = StocktakeStatus.Counting, OpenedBy = "warehouse" });
            await db.SaveChangesAsync();
        }

        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 5), (fixture.Catheter, 1)]);

        var run = await fixture.CreateWavesAsync();

        Assert.Empty(run.Waves);
        Assert.Equal(2, run.ShortLines);
        await using var check = fixture.Database.Create();
        Assert.Empty(await check.Dispatches.ToListAsync());
        var saved = await check.Requisitions.Include(r => r.Lines).SingleAsync(r => r.Id == requisition.Id);
        Assert.Equal(RequisitionStatus.Submitted, saved.Status);
        Assert.All(saved.Lines, l => Assert.Equal(fixture.Database.Clock.GetUtcNow().UtcDateTime, l.ShortFlaggedUtc));
    }

    [Fact]
    public async Task What_the_stock_cannot_cover_is_flagged_short_once_and_stays_open_for_a_later_wave()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 5);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8)]);
        var flagged = fixture.Database.Clock.GetUtcNow().UtcDateTime;

        var first = await fixture.CreateWavesAsync();
        Assert.Equal(1, first.ShortLines);
        await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(requisition));
        fixture.Database.Clock.Advance(TimeSpan.FromHours(3));
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A2, "G2", fixture.Today.AddYears(1), 10);

        var second = await fixture.CreateWavesAsync();

        Assert.Equal(0, second.ShortLines);
        var later = await fixture.DispatchOfAsync(requisition);
        Assert.Equal(("G2", 3), (Assert.Single(later.Lines).LotNumber, later.Lines[0].Quantity));
        await using var db = fixture.Database.Create();
        var line = await db.RequisitionLines.SingleAsync();
        Assert.Equal(flagged, line.ShortFlaggedUtc);
        Assert.Equal(5, line.DispatchedQuantity);
        Assert.Equal(RequisitionStatus.InWave, (await db.Requisitions.SingleAsync()).Status);
    }

    [Fact]
    public async Task Stock_planned_for_one_dispatch_is_not_planned_again_for_another()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 10);
        var units = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "C1", fixture.Today.AddYears(1), 1);
        var first = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8), (fixture.Catheter, 1)], DispatchPriority.Emergency);
        await fixture.CreateWavesAsync();
        var second = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 8), (fixture.Catheter, 1)]);

        var run = await fixture.CreateWavesAsync();

        Assert.Equal(2, run.ShortLines);
        Assert.Equal(units[0].Id, (await fixture.DispatchOfAsync(first)).Lines.Single(l => l.ItemId == fixture.Catheter.Id).StockUnitId);
        var lines = (await fixture.DispatchOfAsync(second)).Lines;
        Assert.Equal(2, Assert.Single(lines).Quantity);
    }

    [Fact]
    public async Task A_wave_can_be_made_of_chosen_requisitions_only()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 100);
        var chosen = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        var other = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        await using var db = fixture.Database.Create();

        var result = await new WavePlanner(fixture.Database.Clock).CreateWavesAsync(db, fixture.Central.Id, "warehouse", [chosen.Id]);

        Assert.Equal(chosen.Id, Assert.Single(Assert.Single(result.Value!.Waves).Dispatches).RequisitionId);
        Assert.Equal(RequisitionStatus.Submitted, (await db.Requisitions.SingleAsync(r => r.Id == other.Id)).Status);
    }

    [Fact]
    public async Task Creating_waves_with_nothing_waiting_says_so()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();

        var result = await new WavePlanner(fixture.Database.Clock).CreateWavesAsync(db, fixture.Central.Id, "warehouse");

        Assert.Equal(WavePlanner.NothingToPick, Assert.Single(result.Errors).Code);
    }
}
