using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Purchasing;

namespace Spd.Tests.Web;

/// <summary>The central warehouse's setting for gauze, which left the warehouse 10 units on each of 9 days in the last 90.</summary>
public sealed class ReplenishmentSettingsPageTests : SpdBunitContext
{
    public ReplenishmentSettingsPageTests()
    {
        var today = new DateOnly(2026, 11, 22);
        using var db = Database.CreateUnaudited();
        var (_, _, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var (supplier, maker) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.NewItem("WZ002", "医用脱脂纱布", "8层", 1.5m, supplier, maker);
        db.Add(gauze);
        db.ReplenishmentSettings.Add(new ReplenishmentSetting { Warehouse = central, Item = gauze, SafetyStock = 1, ReorderPoint = 2, MinLevel = 1, MaxLevel = 5 });
        db.SaveChanges();
        for (var i = 0; i < 9; i++)
        {
            db.StockLedgerEntries.Add(new StockLedgerEntry
            {
                AtUtc = today.AddDays(-1 - i * 10).ToDateTime(new TimeOnly(2, 0)),
                Kind = StockMovementKind.Dispatch,
                ItemId = gauze.Id,
                Quantity = 10,
                FromWarehouseId = central.Id,
                DocumentType = StockDocumentType.Dispatch,
                DocumentNo = $"CK{i}",
                UserName = "warehouse",
            });
        }

        db.SaveChanges();
    }

    private IRenderedComponent<IComponent> RenderAs(string role)
    {
        Authorization.SetAuthorized("someone").SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<ReplenishmentSettingsPage>(2);
            builder.CloseComponent();
        });
    }

    private static string ValueOf(IRenderedComponent<IComponent> page, string testId) =>
        page.Find($"input[data-testid={testId}]").GetAttribute("value")!;

    [Fact]
    public void The_suggestion_overwrites_entered_levels_only_after_confirmation()
    {
        var page = RenderAs(Roles.EquipmentDept);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=setting-edit]")));
        page.Find("[data-testid=setting-edit]").Click();
        page.WaitForAssertion(() => Assert.Equal("2", ValueOf(page, "setting-reorder")));

        page.Find("[data-testid=setting-suggest]").Click();
        page.WaitForAssertion(() => Assert.Contains("安全库存 5，补货点 6，下限 5，上限 13", page.Markup));
        page.FindAll("button").Single(b => b.TextContent.Contains("取消") && b.Closest(".mud-message-box") is not null).Click();
        page.WaitForAssertion(() => Assert.DoesNotContain("安全库存 5，补货点 6", page.Markup));
        Assert.Equal("2", ValueOf(page, "setting-reorder"));

        page.Find("[data-testid=setting-suggest]").Click();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("使用建议值")));
        page.FindAll("button").Single(b => b.TextContent.Contains("使用建议值")).Click();

        page.WaitForAssertion(() => Assert.Equal("6", ValueOf(page, "setting-reorder")));
        Assert.Equal(["5", "6", "5", "13"], new[] { "setting-safety", "setting-reorder", "setting-min", "setting-max" }.Select(id => ValueOf(page, id)));
        Assert.Contains("日均 1，日标准差 3", page.Find("[data-testid=setting-suggestion]").TextContent);
    }

    [Fact]
    public void A_warehouse_keeper_reads_the_levels_but_cannot_edit_them()
    {
        var page = RenderAs(Roles.WarehouseKeeper);

        page.WaitForAssertion(() => Assert.Contains("WZ002", page.Find("[data-testid=settings-grid]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=setting-edit]"));
        Assert.Empty(page.FindAll("[data-testid=setting-new]"));
    }
}
