using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Warehousing;

namespace Spd.Tests.Web;

public sealed class NearExpiryPageTests : SpdBunitContext
{
    /// <summary>A lot near expiry in the central warehouse, one on the nurse's ward, and one on another department's ward.</summary>
    public NearExpiryPageTests()
    {
        Services.AddSingleton(Options.Create(new ExpiryOptions()));
        using var db = Database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var (campus, department, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var other = new Spd.Domain.Organization.Department { Code = "K002", Name = "脊柱外科", CostCenterCode = "CC002", CampusId = campus.Id };
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        db.AddRange(other, gauze);
        db.SaveChanges();
        var ward = new Warehouse { Code = "W101", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = department.Id };
        var otherWard = new Warehouse { Code = "W102", Name = "脊柱外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = other.Id };
        db.AddRange(ward, otherWard, new SpdUser { UserName = "nurse", NormalizedUserName = "NURSE", DisplayName = "护士长", DepartmentId = department.Id });
        db.SaveChanges();

        var ledger = new StockLedger(db, Database.Clock, "keeper");
        foreach (var (warehouse, lot) in new[] { (central, "C1"), (ward, "W1"), (otherWard, "X1") })
        {
            Assert.True(ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = gauze.Id, LotNumber = lot, ExpiryDate = new DateOnly(2026, 12, 10), Quantity = 5, UnitCost = 1.2m,
                To = new StockPosition(warehouse.Id, null), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220001",
            }).GetAwaiter().GetResult().Succeeded);
        }

        db.SaveChanges();
    }

    private IRenderedComponent<IComponent> RenderAs(string user, string role)
    {
        Authorization.SetAuthorized(user).SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<NearExpiryPage>(2);
            builder.CloseComponent();
        });
    }

    private static List<string> Lots(IRenderedComponent<IComponent> page) => [.. page.FindAll("[data-testid=near-expiry-lot]").Select(l => l.TextContent)];

    [Fact]
    public void Warehouse_keepers_see_every_warehouse_and_may_quarantine()
    {
        var page = RenderAs("warehouse", Roles.WarehouseKeeper);

        page.WaitForAssertion(() => Assert.Equal(["C1", "W1", "X1"], Lots(page).Order()));
        Assert.Equal(3, page.FindAll("[data-testid=near-expiry-quarantine]").Count);
        Assert.Contains("3 个批次", page.Find("[data-testid=band-Urgent]").TextContent);
    }

    [Fact]
    public void A_department_keeper_sees_only_the_warehouses_of_their_own_department_and_cannot_quarantine()
    {
        var page = RenderAs("nurse", Roles.DepartmentKeeper);

        page.WaitForAssertion(() => Assert.Equal(["W1"], Lots(page)));
        Assert.Empty(page.FindAll("[data-testid=near-expiry-quarantine]"));
        Assert.Contains("1 个批次", page.Find("[data-testid=band-Urgent]").TextContent);
    }

    [Fact]
    public void A_department_keeper_without_a_department_sees_nothing()
    {
        var page = RenderAs("someone", Roles.DepartmentKeeper);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=near-expiry-empty]")));
        Assert.Empty(Lots(page));
    }
}
