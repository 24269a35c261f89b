using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Notifications;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Purchasing;

public sealed class PurchasePlannerTests : PurchasingFixture
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    private async Task AddOrderAsync(Item item, int quantity, int received, PurchaseOrderStatus status, Warehouse? warehouse = null)
    {
        await using var db = Database.CreateUnaudited();
        db.PurchaseOrders.Add(new PurchaseOrder
        {
            No = $"PO-{Guid.NewGuid():N}"[..20],
            SupplierId = item.SupplierId,
            WarehouseId = (warehouse ?? Central).Id,
            Status = status,
            Lines = [new PurchaseOrderLine { ItemId = item.Id, Quantity = quantity, ReceivedQuantity = received, UnitPrice = item.UnitPrice }],
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_line_is_raised_when_stock_falls_to_the_reorder_point_and_not_above_it()
    {
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 21);
        Assert.Empty(await GenerateAsync());

        await using (var db = Database.CreateUnaudited())
        {
            (await db.StockBalances.SingleAsync()).Quantity = 20;
            await db.SaveChangesAsync();
        }

        var line = Assert.Single((await SinglePlanAsync()).Lines);
        Assert.Equal(Gauze.Id, line.ItemId);
        Assert.Equal(30, line.CentralDemand);
        Assert.Equal(0, line.SecondaryDemand);
        Assert.Equal(30, line.Quantity);
        Assert.Equal(SupplierA.Id, line.SupplierId);
        Assert.Equal(PurchasePlanLineStatus.Open, line.Status);
    }

    [Fact]
    public async Task No_plan_is_written_when_nothing_is_needed()
    {
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 40);

        Assert.Empty(await GenerateAsync());
        await using var db = Db();
        Assert.False(await db.PurchasePlans.AnyAsync());
        Assert.False(await db.Notifications.AnyAsync());
    }

    [Fact]
    public async Task Open_order_quantities_count_as_on_order_and_finished_orders_do_not()
    {
        await SetAsync(Central, Gauze, safety: 0, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 5);
        await AddOrderAsync(Gauze, quantity: 10, received: 4, PurchaseOrderStatus.Confirmed);
        await AddOrderAsync(Gauze, quantity: 100, received: 0, PurchaseOrderStatus.Cancelled);
        await AddOrderAsync(Gauze, quantity: 100, received: 60, PurchaseOrderStatus.Closed);
        await AddOrderAsync(Gauze, quantity: 100, received: 0, PurchaseOrderStatus.Published, Ward);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(50 - (5 + 6), line.CentralDemand);
    }

    [Fact]
    public async Task Consignment_and_hospital_stock_both_count_but_quarantined_stock_does_not()
    {
        await SetAsync(Central, Gauze, safety: 0, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 8, lot: "OWN");
        await StockAsync(Central, Gauze, 7, lot: "CONSIGNED", owner: SupplierA.Id);
        await StockAsync(Central, Gauze, 30, lot: "BAD", state: StockState.Quarantined);
        await StockAsync(Ward, Gauze, 30, lot: "WARD");

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(50 - 15, line.CentralDemand);
    }

    [Fact]
    public async Task Stock_below_the_safety_stock_is_urgent_and_due_in_8_hours()
    {
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 9);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(Urgency.Urgent, line.Urgency);
        Assert.Equal(Now.AddHours(8), line.DueUtc);
    }

    [Fact]
    public async Task Stock_at_the_safety_stock_is_a_normal_warning_due_in_24_hours()
    {
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 10);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(Urgency.Normal, line.Urgency);
        Assert.Equal(Now.AddHours(24), line.DueUtc);
    }

    [Fact]
    public async Task Quantity_is_rounded_up_to_whole_packs()
    {
        await SetAsync(Central, Syringe, safety: 0, reorder: 20, max: 50);
        await StockAsync(Central, Syringe, 11);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(39, line.CentralDemand);
        Assert.Equal(40, line.Quantity);
    }

    [Fact]
    public async Task A_secondary_shortfall_the_central_spare_stock_cannot_cover_is_merged_as_secondary_demand()
    {
        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        await SetAsync(Ward, Gauze, safety: 2, reorder: 5, max: 25);
        await SetAsync(Ward2, Gauze, safety: 2, reorder: 5, max: 10);
        await StockAsync(Central, Gauze, 30);
        await StockAsync(Ward, Gauze, 5);
        await StockAsync(Ward2, Gauze, 6);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        // The ward at its reorder point is short of 25 − 5 = 20; the other ward is above its own. The
        // central warehouse can hand out 30 − 20 = 10 without falling to its reorder point.
        Assert.Equal(0, line.CentralDemand);
        Assert.Equal(10, line.SecondaryDemand);
        Assert.Equal(10, line.Quantity);
        Assert.Equal(Urgency.Normal, line.Urgency);
    }

    [Fact]
    public async Task Central_and_secondary_demand_add_up_when_the_central_warehouse_is_short_itself()
    {
        await SetAsync(Central, Syringe, safety: 5, reorder: 20, max: 50);
        await SetAsync(Ward, Syringe, safety: 2, reorder: 5, max: 25);
        await StockAsync(Central, Syringe, 12);
        await StockAsync(Ward, Syringe, 1);

        var line = Assert.Single((await SinglePlanAsync()).Lines);

        Assert.Equal(38, line.CentralDemand);
        Assert.Equal(24, line.SecondaryDemand);
        Assert.Equal(70, line.Quantity);
        Assert.Equal(Urgency.Urgent, line.Urgency);
    }

    [Fact]
    public async Task A_secondary_shortfall_the_central_spare_stock_covers_needs_no_purchase()
    {
        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        await SetAsync(Ward, Gauze, safety: 2, reorder: 5, max: 25);
        await StockAsync(Central, Gauze, 45);

        Assert.Empty(await GenerateAsync());
    }

    [Fact]
    public async Task A_second_run_does_not_plan_the_same_demand_twice()
    {
        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        await SetAsync(Ward, Gauze, safety: 2, reorder: 5, max: 25);
        await SetAsync(Central, Syringe, safety: 5, reorder: 20, max: 50);
        await StockAsync(Central, Gauze, 30);
        var first = await SinglePlanAsync();
        Assert.Equal(2, first.Lines.Count);

        Assert.Empty(await GenerateAsync());

        await using var db = Db();
        Assert.Equal(1, await db.PurchasePlans.CountAsync());
        Assert.Equal(1, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task The_demand_of_a_rejected_plan_is_planned_again()
    {
        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        var first = await SinglePlanAsync();
        await using (var db = Db())
        {
            await new PurchasePlanWorkflow(Database.Clock).RejectAsync(db, first.Id, first.Version, Equipment, "下月统一采购");
        }

        var again = await SinglePlanAsync();

        Assert.Equal(50, Assert.Single(again.Lines).Quantity);
    }

    [Fact]
    public async Task Each_central_warehouse_gets_its_own_plan_and_the_equipment_department_a_notification()
    {
        var offSite = new Warehouse { Code = "W900", Name = "院外中心库", Kind = WarehouseKind.OffSite, CampusId = Central.CampusId };
        await using (var setup = Database.CreateUnaudited())
        {
            setup.Warehouses.Add(offSite);
            await setup.SaveChangesAsync();
        }

        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        await SetAsync(offSite, Screw, safety: 1, reorder: 2, max: 6);

        var plans = await GenerateAsync();

        Assert.Equal([Central.Id, offSite.Id], plans.Select(p => p.WarehouseId));
        Assert.All(plans, p => Assert.Equal(PurchasePlanStatus.PendingApproval, p.Status));
        Assert.All(plans, p => Assert.Equal("equipment", p.CreatedBy));
        Assert.Equal(["PP202611220001", "PP202611220002"], plans.Select(p => p.No));
        await using var db = Db();
        var notifications = await db.Notifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(plans.Select(p => p.No), notifications.Select(n => n.DedupKey));
        Assert.All(notifications, n => Assert.Equal(NotificationAudience.EquipmentDept, n.Audience));
        Assert.All(notifications, n => Assert.Equal(PurchasePlanner.PlanCreatedMessage, n.MessageKey));
        Assert.Equal(["PP202611220001", Central.Name, "1", "1"], JsonSerializer.Deserialize<string[]>(notifications[0].Arguments)!);
        Assert.Equal("/purchasing/plans/no/PP202611220001", notifications[0].Link);
    }

    [Fact]
    public async Task Items_that_are_not_active_and_warehouses_that_are_not_central_get_no_plan()
    {
        await SetAsync(Central, Gauze, safety: 5, reorder: 20, max: 50);
        await SetAsync(Ward, Screw, safety: 1, reorder: 2, max: 6);
        await using (var db = Database.CreateUnaudited())
        {
            (await db.Items.SingleAsync(i => i.Id == Gauze.Id)).Status = ItemStatus.Suspended;
            await db.SaveChangesAsync();
        }

        Assert.Empty(await GenerateAsync());
    }
}
