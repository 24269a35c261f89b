using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Dispatching;

namespace Spd.Tests.Web;

/// <summary>The handheld receipt: the keeper's own dispatches on their way, opened by the note's code, checked by scan, signed.</summary>
public sealed class ReceivePageTests : SpdBunitContext
{
    private readonly string noteNo;
    private readonly string foreignNoteNo;

    /// <summary>Two dispatches on their way from the central warehouse: 6 gauze to the nurse's ward (关节外科), 4 to another ward.</summary>
    public ReceivePageTests()
    {
        using var db = Database.CreateUnaudited();
        var (campus, ward, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var other = new Department { Code = "K002", Name = "脊柱外科", CostCenterCode = "CC002", Type = DepartmentType.Clinical, CampusId = campus.Id };
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        db.AddRange(other, gauze, new SpdUser { UserName = "nurse", NormalizedUserName = "NURSE", DisplayName = "护士长", DepartmentId = ward.Id });
        db.SaveChanges();
        var shelf = new Location { Code = "A-01-01-01", WarehouseId = central.Id };
        var wardStore = new Warehouse { Code = "EJK001", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = ward.Id, SupplyingWarehouseId = central.Id };
        var otherStore = new Warehouse { Code = "EJK002", Name = "脊柱外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = other.Id, SupplyingWarehouseId = central.Id };
        db.AddRange(shelf, wardStore, otherStore);
        db.SaveChanges();
        db.Locations.Add(new Location { Code = "E-01", WarehouseId = wardStore.Id });
        Assert.True(new StockLedger(db, Database.Clock, "keeper").PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt, ItemId = gauze.Id, LotNumber = "G1", ExpiryDate = new DateOnly(2028, 1, 1), Quantity = 50, UnitCost = 1.2m,
            To = new StockPosition(central.Id, shelf.Id), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220001",
        }).GetAwaiter().GetResult().Succeeded);
        var now = Database.Clock.GetUtcNow().UtcDateTime;
        foreach (var (department, store, quantity) in new[] { (ward, wardStore, 6), (other, otherStore, 4) })
        {
            db.Requisitions.Add(new Requisition
            {
                No = $"SL2026112200{quantity:00}", Status = RequisitionStatus.Submitted, DepartmentId = department.Id, WarehouseId = store.Id, SupplyingWarehouseId = central.Id,
                RequestedBy = "nurse", CreatedUtc = now, SubmittedUtc = now, Lines = [new RequisitionLine { ItemId = gauze.Id, Quantity = quantity, ApprovedQuantity = quantity }],
            });
        }

        db.SaveChanges();
        Assert.True(new WavePlanner(Database.Clock).CreateWavesAsync(db, central.Id, "warehouse").GetAwaiter().GetResult().Succeeded);
        var dispatches = db.Dispatches.AsNoTracking().OrderBy(d => d.Id).ToList();
        foreach (var dispatch in dispatches)
        {
            using var step = Database.Create();
            Assert.Equal(PickCheckOutcome.Checked, new PickCheck(Database.Clock).CheckAsync(step, dispatch.Id, "WZ0001", null).GetAwaiter().GetResult().Outcome);
            Assert.True(new DispatchWorkflow(Database.Clock).DispatchAsync(step, dispatch.Id, "王师傅", null, "warehouse").GetAwaiter().GetResult().Succeeded);
        }

        noteNo = dispatches.Single(d => d.DepartmentId == ward.Id).No;
        foreignNoteNo = dispatches.Single(d => d.DepartmentId == other.Id).No;
        Authorization.SetAuthorized("nurse").SetRoles(Roles.DepartmentKeeper);
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<ReceivePage>(1);
        builder.CloseComponent();
    });

    private static void Scan(IRenderedComponent<IComponent> page, string code)
    {
        page.Find("input[data-testid=receive-scan]").Input(code);
        page.Find("[data-testid=receive-scan-submit]").Closest("form")!.Submit();
    }

    [Fact]
    public void The_keeper_sees_only_the_dispatches_on_their_way_to_their_own_department()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=receive-open]")));
        Assert.Contains(noteNo, page.Find("[data-testid=receive-open]").TextContent);
        Assert.Contains("王师傅", page.Find("[data-testid=receive-open]").TextContent);
    }

    [Fact]
    public void Another_departments_note_is_refused_with_the_reason()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=receive-scan]")));

        Scan(page, foreignNoteNo);

        page.WaitForAssertion(() => Assert.Contains("送往其他科室", page.Find("[data-testid=receive-message]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=receive-line]"));
    }

    [Fact]
    public void Scanning_the_note_opens_its_lines_and_signing_takes_the_goods_into_the_ward()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=receive-scan]")));

        Scan(page, noteNo.ToLowerInvariant());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=receive-line]")));
        Assert.Contains("医用纱布块", page.Find("[data-testid=receive-line]").TextContent);
        Assert.Contains("批号 G1", page.Find("[data-testid=receive-line]").TextContent);
        Assert.Contains("已收 0/1 行", page.Find("[data-testid=receive-progress]").TextContent);
        page.Find("[data-testid=receive-sign]").Click();

        page.WaitForAssertion(() => Assert.Contains($"{noteNo} 已签收", page.Find("[data-testid=receive-signed]").TextContent));
        using var db = Database.Create();
        Assert.Equal((DispatchStatus.Received, "nurse"), db.Dispatches.Where(d => d.No == noteNo).Select(d => new { d.Status, d.ReceivedBy }).AsEnumerable().Select(d => (d.Status, d.ReceivedBy)).Single());
        Assert.Equal(RequisitionStatus.Received, db.Requisitions.Single(r => r.No == "SL202611220006").Status);
    }

    [Fact]
    public void A_refused_line_goes_back_as_a_return_with_its_reason_when_signing()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=receive-scan]")));
        Scan(page, noteNo);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=receive-refuse]")));

        page.Find("[data-testid=receive-refuse]").Click();
        page.WaitForAssertion(() => Assert.Contains("拒收 1 行", page.Find("[data-testid=receive-sign]").TextContent));
        page.Find("[data-testid=receive-sign]").Click();

        page.WaitForAssertion(() => Assert.Contains("发放错误", page.Find("[data-testid=receive-return]").TextContent));
        using var db = Database.Create();
        var refund = db.DepartmentReturns.Include(r => r.Lines).Single();
        Assert.Equal((ReturnReason.WrongItem, 6), (refund.Reason, refund.Lines.Single().Quantity));
    }
}
