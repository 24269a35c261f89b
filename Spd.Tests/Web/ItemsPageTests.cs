using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Catalog;

namespace Spd.Tests.Web;

public sealed class ItemsPageTests : SpdBunitContext
{
    public ItemsPageTests()
    {
        Authorization.SetAuthorized("equipment").SetRoles(Roles.EquipmentDept);
        using var db = Database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        for (var i = 1; i <= 25; i++)
        {
            db.Items.Add(MasterDataBuilder.NewItem($"WZ{i:000}", "一次性使用无菌注射器", $"{i}ml", 0.5m + i, supplier, manufacturer));
        }

        db.Items.Add(MasterDataBuilder.NewItem("WZ900", "医用外科口罩", "17.5×9.5cm", 0.3m, supplier, manufacturer, ItemCategory.LowValueUncharged));
        db.SaveChanges();
    }

    /// <summary>The search box waits 300 ms for typing to stop before it queries.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string SearchBox = "[data-testid=items-search] input, input[data-testid=items-search]";

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<Items>(1);
        builder.CloseComponent();
    });

    [Fact]
    public void Shows_the_first_page_of_twenty_with_the_total()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=items-grid] tbody tr.mud-table-row").Count));
        Assert.Contains("共 26 条", page.Markup);
        Assert.Contains("低值收费耗材", page.Markup);
    }

    [Fact]
    public void Searching_by_pinyin_initials_narrows_the_list()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("WZ001", page.Markup));

        page.Find(SearchBox).Input("yywkkz");

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("[data-testid=items-grid] tbody tr.mud-table-row");
            Assert.Single(rows);
            Assert.Contains("医用外科口罩", rows[0].TextContent);
        }, Patience);
    }

    [Fact]
    public void A_search_without_matches_says_so()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("WZ001", page.Markup));

        page.Find(SearchBox).Input("no-such-item");

        page.WaitForAssertion(() => Assert.Contains("没有符合条件的记录", page.Find("[data-testid=items-empty]").TextContent), Patience);
    }
}
