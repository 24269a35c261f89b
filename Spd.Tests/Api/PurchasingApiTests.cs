using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

/// <summary>A supplier reads its own purchase orders and never another supplier's; HIS reads them all.</summary>
[Collection(WebCollection.Name)]
public sealed class PurchasingApiTests(SpdWebFactory factory)
{
    private async Task<T> WithDbAsync<T>(Func<SpdDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SpdDbContext>());
    }

    /// <summary>One published order for the demo supplier user's company and one for another supplier.</summary>
    private Task<(int OwnSupplier, int OwnOrder, int OtherSupplier, int OtherOrder)> OrdersAsync() => WithDbAsync(async db =>
    {
        var own = (await db.Users.SingleAsync(u => u.UserName == "supplier")).SupplierId!.Value;
        var other = await db.Suppliers.Where(s => s.Id != own && db.Items.Any(i => i.SupplierId == s.Id)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var central = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync();
        PurchaseOrder Order(int supplierId, Item item) => new()
        {
            No = $"POAPI{Guid.NewGuid():N}"[..24],
            SupplierId = supplierId,
            WarehouseId = central,
            Urgency = Urgency.Normal,
            Status = PurchaseOrderStatus.Published,
            CreatedUtc = DateTime.UtcNow,
            DueUtc = DateTime.UtcNow.AddHours(24),
            Lines = [new PurchaseOrderLine { ItemId = item.Id, Quantity = 20, UnitPrice = item.UnitPrice }],
        };
        var ownOrder = Order(own, await db.Items.FirstAsync(i => i.SupplierId == own));
        var otherOrder = Order(other, await db.Items.FirstAsync(i => i.SupplierId == other));
        db.PurchaseOrders.AddRange(ownOrder, otherOrder);
        await db.SaveChangesAsync();
        return (own, ownOrder.Id, other, otherOrder.Id);
    });

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var (client, response) = await factory.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int[] SupplierIds(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("supplierId").GetInt32())];

    [Fact]
    public async Task A_supplier_lists_only_its_own_purchase_orders()
    {
        var (own, ownOrder, _, _) = await OrdersAsync();
        using var client = await SignInAsync("supplier");

        var page = await JsonAsync(await client.GetAsync("/api/v1/purchase-orders?pageSize=200"));

        Assert.All(SupplierIds(page), id => Assert.Equal(own, id));
        Assert.Contains(ownOrder, page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()));
        Assert.Equal(await WithDbAsync(db => db.PurchaseOrders.CountAsync(o => o.SupplierId == own)), page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_supplier_asking_for_another_suppliers_orders_is_forbidden()
    {
        var (own, _, other, _) = await OrdersAsync();
        using var client = await SignInAsync("supplier");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/purchase-orders?supplierId={other}")).StatusCode);
        Assert.All(SupplierIds(await JsonAsync(await client.GetAsync($"/api/v1/purchase-orders?supplierId={own}"))), id => Assert.Equal(own, id));
    }

    [Fact]
    public async Task A_supplier_reads_its_own_order_with_lines_but_another_suppliers_order_is_not_found()
    {
        var (_, ownOrder, _, otherOrder) = await OrdersAsync();
        using var client = await SignInAsync("supplier");

        var order = await JsonAsync(await client.GetAsync($"/api/v1/purchase-orders/{ownOrder}"));

        Assert.Equal("Published", order.GetProperty("status").GetString());
        Assert.Equal("Normal", order.GetProperty("urgency").GetString());
        Assert.Equal(20, order.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.EndsWith("Z", order.GetProperty("dueUtc").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/purchase-orders/{otherOrder}")).StatusCode);
    }

    [Fact]
    public async Task The_his_key_reads_every_suppliers_orders_and_filters_by_supplier_and_status()
    {
        var (_, _, other, otherOrder) = await OrdersAsync();
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var page = await JsonAsync(await client.GetAsync($"/api/v1/purchase-orders?supplierId={other}&status=Published"));
        var none = await JsonAsync(await client.GetAsync($"/api/v1/purchase-orders?supplierId={other}&status=Received"));

        Assert.Contains(otherOrder, page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()));
        Assert.All(SupplierIds(page), id => Assert.Equal(other, id));
        Assert.DoesNotContain(otherOrder, none.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/purchase-orders/{otherOrder}")).StatusCode);
    }

    [Fact]
    public async Task Paging_out_of_range_is_a_bad_request_and_a_nurse_may_not_read_orders()
    {
        using var his = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);
        using var nurse = await SignInAsync("nurse");

        Assert.Equal(HttpStatusCode.BadRequest, (await his.GetAsync("/api/v1/purchase-orders?pageSize=500")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync("/api/v1/purchase-orders")).StatusCode);
    }

    [Fact]
    public async Task The_purchase_plan_job_runs_hourly_and_plans_as_the_system()
    {
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<Quartz.ICronTrigger>(await scheduler.GetTrigger(PurchasePlanJob.Trigger));
        Assert.Equal("0 0 * * * ?", trigger.CronExpressionString);
        Assert.Equal(TimeSpan.FromHours(8), trigger.TimeZone.BaseUtcOffset);

        var itemId = await WithDbAsync(async db =>
        {
            var central = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).OrderByDescending(w => w.Id).Select(w => w.Id).FirstAsync();
            var item = await db.Items.Where(i => i.Status == ItemStatus.Active && !db.ReplenishmentSettings.Any(s => s.ItemId == i.Id))
                .OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
            db.ReplenishmentSettings.Add(new ReplenishmentSetting { WarehouseId = central, ItemId = item, SafetyStock = 1, ReorderPoint = 2, MinLevel = 1, MaxLevel = 5 });
            await db.SaveChangesAsync();
            return item;
        });

        await scheduler.TriggerJob(PurchasePlanJob.Key);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        bool planned;
        do
        {
            await Task.Delay(200);
            planned = await WithDbAsync(db => db.PurchasePlanLines.AnyAsync(l => l.ItemId == itemId && l.PurchasePlan!.CreatedBy == FixedAuditActor.System.UserName));
        }
        while (!planned && DateTime.UtcNow < deadline);

        Assert.True(planned);
    }
}
