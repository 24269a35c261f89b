using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Api;

/// <summary>Stock by lot and owner; a supplier sees only the consignment stock it owns.</summary>
[Collection(WebCollection.Name)]
public sealed class StockApiTests(SpdWebFactory factory)
{
    private const string Lot = "APISTOCK01";

    [Fact]
    public async Task Hospital_staff_see_all_owners_and_a_supplier_only_its_own_consignment_stock()
    {
        var (own, other) = await ReceiveThreeOwnersAsync();
        using var his = factory.CreateApiClient("demo-his-key");
        var (supplier, _) = await factory.SignInAsync("supplier");

        var all = await RowsAsync(his, $"/api/v1/stock?search={Lot}&pageSize=50");
        var mine = await RowsAsync(supplier, $"/api/v1/stock?search={Lot}&pageSize=50");

        Assert.Equal(3, all.Count);
        var row = Assert.Single(mine);
        Assert.Equal(own, row.GetProperty("ownerSupplierId").GetInt32());
        Assert.DoesNotContain(mine, r => r.GetProperty("ownerSupplierId").ValueKind == JsonValueKind.Number && r.GetProperty("ownerSupplierId").GetInt32() == other);
        Assert.Equal(Lot, row.GetProperty("lotNumber").GetString());
        Assert.Equal("Available", row.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_a_validation_problem()
    {
        using var his = factory.CreateApiClient("demo-his-key");
        var response = await his.GetAsync("/api/v1/stock?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Stock_is_not_readable_without_signing_in()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/stock")).StatusCode);
    }

    private static async Task<List<JsonElement>> RowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    private async Task<(int Own, int Other)> ReceiveThreeOwnersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var own = (await db.Users.SingleAsync(u => u.UserName == "supplier")).SupplierId!.Value;
        var other = await db.Suppliers.Where(s => s.Id != own).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        if (await db.StockBalances.AnyAsync(b => b.LotNumber == Lot))
        {
            return (own, other);
        }

        var central = await db.Warehouses.OrderBy(w => w.Id).FirstAsync(w => w.Kind == WarehouseKind.Central);
        var item = await db.Items.OrderBy(i => i.Id).FirstAsync(i => i.TrackingMode == Spd.Domain.Catalog.TrackingMode.Bulk);
        var ledger = new StockLedger(db, factory.Clock, "tester");
        foreach (var owner in new int?[] { null, own, other })
        {
            var result = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = Lot, ExpiryDate = new DateOnly(2030, 1, 1), Quantity = 5, UnitCost = 2m,
                To = new StockPosition(central.Id, null), OwnerSupplierId = owner, DocumentType = StockDocumentType.Seed, DocumentNo = "TEST",
            });
            Assert.True(result.Succeeded);
        }

        Assert.Empty(await StockLedger.SaveAsync(db));
        return (own, other);
    }
}
