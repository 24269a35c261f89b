using Bunit;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Layout;

namespace Spd.Tests.Web;

public sealed class NavMenuTests : SpdBunitContext
{
    private static readonly string[] MasterDataLinks = ["/items", "/suppliers", "/departments", "/warehouses"];

    [Fact]
    public void Equipment_department_sees_master_data_but_not_the_audit_log_or_portal()
    {
        Authorization.SetAuthorized("equipment").SetRoles(Roles.EquipmentDept);

        var menu = Render<NavMenu>();

        Assert.All(MasterDataLinks, href => Assert.NotEmpty(menu.FindAll($"a[href='{href}']")));
        Assert.Empty(menu.FindAll("a[href='/audit']"));
        Assert.Empty(menu.FindAll("a[href='/portal/company']"));
        Assert.Contains("物资字典", menu.Markup);
    }

    [Fact]
    public void A_supplier_sees_only_its_portal()
    {
        Authorization.SetAuthorized("supplier").SetRoles(Roles.Supplier);

        var menu = Render<NavMenu>();

        Assert.NotEmpty(menu.FindAll("a[href='/portal/company']"));
        Assert.All(MasterDataLinks.Append("/audit"), href => Assert.Empty(menu.FindAll($"a[href='{href}']")));
    }

    [Fact]
    public void The_auditor_sees_the_audit_log()
    {
        Authorization.SetAuthorized("auditor").SetRoles(Roles.Auditor);

        var menu = Render<NavMenu>();

        Assert.NotEmpty(menu.FindAll("a[href='/audit']"));
    }

    [Fact]
    public void The_warehouse_keeper_reads_stock_levels_and_orders_but_not_purchase_plans()
    {
        Authorization.SetAuthorized("warehouse").SetRoles(Roles.WarehouseKeeper);

        var menu = Render<NavMenu>();

        Assert.NotEmpty(menu.FindAll("a[href='/purchasing/settings']"));
        Assert.NotEmpty(menu.FindAll("a[href='/purchasing/orders']"));
        Assert.Empty(menu.FindAll("a[href='/purchasing/plans']"));
        Assert.Contains("采购管理", menu.Markup);
    }

    [Fact]
    public void Every_menu_entry_names_only_known_roles_and_is_localised()
    {
        foreach (var entry in Navigation.Groups.SelectMany(g => g.Entries))
        {
            Assert.All(entry.Roles.Split(','), role => Assert.Contains(role, Roles.All));
        }

        Authorization.SetAuthorized("admin").SetRoles([.. Roles.People]);
        var menu = Render<NavMenu>();
        Assert.DoesNotContain("Nav.", menu.Find("[data-testid=nav-menu]").TextContent);
    }
}
