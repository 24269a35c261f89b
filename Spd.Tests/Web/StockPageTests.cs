using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Inventory;

namespace Spd.Tests.Web;

public sealed class StockPageTests : SpdBunitContext
{
    public StockPageTests()
    {
        Authorization.SetAuthorized("warehouse").SetRoles(Roles.WarehouseKeeper);
        using var db = Database.CreateUnaudited();
        var (_, _, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.5m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        db.Items.Add(gauze);
        db.SaveChanges();
        var ledger = new StockLedger(db, Database.Clock, "keeper");
        foreach (var (lot, expiry, owner) in new[] { ("OLD1", new DateOnly(2026, 11, 1), (int?)null), ("NEAR", new DateOnly(2027, 1, 10), null), ("CONS", new DateOnly(2029, 1, 1), supplier.Id) })
        {
            var result = ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = gauze.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = 10, UnitCost = 1.5m,
                To = new StockPosition(central.Id, null), OwnerSupplierId = owner, DocumentType = StockDocumentType.Seed, DocumentNo = "TEST",
            }).GetAwaiter().GetResult();
            Assert.True(result.Succeeded);
        }

        Assert.Empty(StockLedger.SaveAsync(db).GetAwaiter().GetResult());
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<Stock>(1);
        builder.CloseComponent();
    });

    [Fact]
    public void Lists_stock_by_lot_first_expiry_first_with_owner_and_value()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=stock-grid] tbody tr.mud-table-row").Count));
        var rows = page.FindAll("[data-testid=stock-grid] tbody tr.mud-table-row");
        Assert.Contains("OLD1", rows[0].TextContent);
        Assert.Contains("NEAR", rows[1].TextContent);
        Assert.Contains("寄售（测试医疗器械有限公司）", rows[2].TextContent);
        Assert.Contains("15.00", rows[0].TextContent);
        Assert.Contains("待上架区", rows[0].TextContent);
    }

    [Fact]
    public void Expired_lots_are_red_and_lots_within_ninety_days_amber()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=stock-grid] tbody tr.mud-table-row").Count));
        var rows = page.FindAll("[data-testid=stock-grid] tbody tr.mud-table-row");
        Assert.NotNull(rows[0].QuerySelector(".mud-error-text"));
        Assert.NotNull(rows[1].QuerySelector(".mud-warning-text"));
        Assert.Null(rows[2].QuerySelector(".mud-error-text, .mud-warning-text"));
    }
}
