using Spd.Domain.Common;
using Spd.Domain.Purchasing;

namespace Spd.Tests.Domain.Purchasing;

public sealed class PurchaseOrderListTests : PurchasingFixture
{
    /// <summary>Three orders: supplier A urgent (syringes) and normal (gauze), supplier B normal (screws).</summary>
    private async Task<IReadOnlyList<PurchaseOrder>> OrdersAsync()
    {
        await SetAsync(Central, Syringe, safety: 10, reorder: 20, max: 50);
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 60);
        await SetAsync(Central, Screw, safety: 2, reorder: 6, max: 12);
        await StockAsync(Central, Gauze, 15);
        await StockAsync(Central, Screw, 4);
        var plan = await SinglePlanAsync();
        await using var db = Db();
        return await new PurchasePlanWorkflow(Database.Clock).ApproveAsync(db, plan.Id, plan.Version, Equipment);
    }

    [Fact]
    public async Task The_list_filters_by_supplier_status_urgency_and_number()
    {
        var orders = await OrdersAsync();
        await using var db = Db();
        async Task<string[]> NumbersFor(PurchaseOrderFilter filter) =>
            [.. (await PurchaseOrderList.QueryAsync(db, filter, new PageRequest())).Items.Select(o => o.No).Order()];
        string[] Expected(Func<PurchaseOrder, bool> which) => [.. orders.Where(which).Select(o => o.No).Order()];

        Assert.Equal(Expected(o => o.SupplierId == SupplierA.Id), await NumbersFor(new(SupplierId: SupplierA.Id)));
        Assert.Equal(Expected(o => o.Urgency == Urgency.Urgent), await NumbersFor(new(Urgency: Urgency.Urgent)));
        Assert.Equal(Expected(_ => true), await NumbersFor(new(Status: PurchaseOrderStatus.Published)));
        Assert.Empty(await NumbersFor(new(Status: PurchaseOrderStatus.Confirmed)));
        Assert.Equal([orders[1].No], await NumbersFor(new(Search: orders[1].No)));
    }

    [Fact]
    public async Task An_order_of_another_supplier_is_not_found_for_a_supplier()
    {
        var orders = await OrdersAsync();
        var ofB = orders.Single(o => o.SupplierId == SupplierB.Id);
        await using var db = Db();

        Assert.Null(await PurchaseOrderList.FindAsync(db, ofB.Id, SupplierA.Id));
        var view = await PurchaseOrderList.FindAsync(db, ofB.Id, SupplierB.Id);

        Assert.NotNull(view);
        Assert.Equal((ofB.No, "皮质骨螺钉", 8, 2080m), (view.No, view.Lines.Single().ItemName, view.Lines.Single().Quantity, view.Amount));
        Assert.Equal(Central.Name, view.WarehouseName);
        Assert.StartsWith("PP", view.PurchasePlanNo);
    }
}
