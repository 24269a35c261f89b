using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Warehousing;

namespace Spd.Tests.Web;

/// <summary>The handheld count page: one column, a scan field that stays, the location large, the last scans with undo.</summary>
public sealed class StocktakeCountPageTests : SpdBunitContext
{
    private readonly int stocktakeId;

    public StocktakeCountPageTests()
    {
        using var db = Database.CreateUnaudited();
        var (_, _, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        var shelf = new Location { Code = "C-01-01-01", Zone = "阴凉区", WarehouseId = central.Id };
        var user = new SpdUser { UserName = "warehouse", NormalizedUserName = "WAREHOUSE", DisplayName = "中心库 王磊" };
        var role = new IdentityRole(Roles.WarehouseKeeper) { NormalizedName = Roles.WarehouseKeeper.ToUpperInvariant() };
        db.AddRange(gauze, shelf, user, role);
        db.SaveChanges();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        var balance = StockBalance.At(new StockPosition(central.Id, shelf.Id), gauze.Id, "L1", null, null, 1.2m);
        balance.Quantity = 100;
        db.StockBalances.Add(balance);
        db.SaveChanges();

        var keeper = WorkflowActor.LoadAsync(db, "warehouse").GetAwaiter().GetResult()!;
        stocktakeId = new StocktakeWorkflow(Database.Clock).OpenAsync(db, central.Id, "阴凉区", keeper).GetAwaiter().GetResult().Id;
        Authorization.SetAuthorized("warehouse").SetRoles(Roles.WarehouseKeeper);
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<StocktakeCount>(1);
        builder.AddAttribute(2, nameof(StocktakeCount.Id), stocktakeId);
        builder.CloseComponent();
    });

    private static void Scan(IRenderedComponent<IComponent> page, string code)
    {
        page.Find("input[data-testid=count-scan]").Input(code);
        page.Find("[data-testid=count-scan-submit]").Closest("form")!.Submit();
    }

    [Fact]
    public void The_page_is_one_column_with_the_scan_field_the_location_and_the_recent_scans()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=count-scan]")));
        Assert.NotNull(page.Find(".spd-pda[data-testid=count-page]"));
        Assert.Contains("请先扫描货位", page.Find("[data-testid=count-place-code]").TextContent);
        Assert.Contains("已盘 0/1", page.Find("[data-testid=count-progress]").TextContent);
        Assert.Contains("还没有扫描记录", page.Find("[data-testid=count-recent]").TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void Scanning_a_location_then_an_item_and_entering_the_quantity_lists_the_count_with_undo()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=count-scan]")));

        Scan(page, "C-01-01-01");
        page.WaitForAssertion(() => Assert.Equal("C-01-01-01", page.Find("[data-testid=count-place-code]").TextContent.Trim()));
        Scan(page, "WZ0001");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=count-quantity]")));
        page.Find("input[data-testid=count-quantity]").Input("97");
        page.Find("[data-testid=count-save]").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=count-recent-row]")));
        Assert.Contains("医用纱布块", page.Find("[data-testid=count-recent-row]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=count-undo]"));
        Assert.Contains("已盘 1/1", page.Find("[data-testid=count-progress]").TextContent);
        Assert.Equal("", page.Find("input[data-testid=count-scan]").GetAttribute("value") ?? "");
        using var db = Database.Create();
        Assert.Equal(97, db.StocktakeLines.AsNoTracking().Single().CountedQuantity);
    }

    [Fact]
    public void An_unknown_code_shows_a_clear_error_and_counts_nothing()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=count-scan]")));

        Scan(page, "C-01-01-01");
        page.WaitForAssertion(() => Assert.Equal("C-01-01-01", page.Find("[data-testid=count-place-code]").TextContent.Trim()));
        Scan(page, "NO-SUCH-CODE");

        page.WaitForAssertion(() => Assert.Contains("无法识别的条码 NO-SUCH-CODE", page.Find("[data-testid=count-message]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=count-recent-row]"));
    }
}
