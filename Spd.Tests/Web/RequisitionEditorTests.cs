using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Spd.Domain.Admission;
using Spd.Domain.Departments;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Departments;

namespace Spd.Tests.Web;

/// <summary>
/// A ward with a monthly amount quota of ¥1,000, ¥720 of it requested this month, and two drafts of its nurse: one that
/// takes usage to 84 % (warned) and one that would take it to 108 % (blocked).
/// </summary>
public sealed class RequisitionEditorTests : SpdBunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly int warned;
    private readonly int blocked;

    public RequisitionEditorTests()
    {
        var service = new Requisitions(Database.Clock, new RequisitionOptions());
        Services.AddSingleton(service);
        using var db = Database.CreateUnaudited();
        var (campus, ward, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        foreach (var (name, role, department) in new[] { ("nurse", Roles.DepartmentKeeper, (int?)ward.Id), ("equipment", Roles.EquipmentDept, null) })
        {
            var user = new SpdUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, DepartmentId = department };
            var identityRole = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.AddRange(user, identityRole);
            db.SaveChanges();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = identityRole.Id });
            db.SaveChanges();
        }

        var (supplier, manufacturer) = MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS901", "华东医疗供应链有限公司", Today).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.Registered(MasterDataBuilder.NewItem("WZ1001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer), Today);
        var store = new Warehouse { Code = "EJK001", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = ward.Id, SupplyingWarehouseId = central.Id };
        db.AddRange(gauze, store);
        db.DepartmentQuotas.Add(new DepartmentQuota { DepartmentId = ward.Id, Kind = QuotaKind.MonthlyAmount, MonthlyLimit = 1000m });
        db.SaveChanges();

        var nurse = new WorkflowActor("nurse", new HashSet<string> { Roles.DepartmentKeeper }, ward.Id);
        RequisitionDraft Draft(int quantity) => new()
        {
            Kind = RequisitionKind.Temporary, DepartmentId = ward.Id, WarehouseId = store.Id, Reason = "手术量增加", Lines = [new RequisitionLineDraft(gauze.Id, quantity)],
        };
        var first = service.SaveDraftAsync(db, Draft(600), nurse).GetAwaiter().GetResult();
        service.SubmitAsync(db, first.Id, first.Version, nurse).GetAwaiter().GetResult();
        warned = service.SaveDraftAsync(db, Draft(100), nurse).GetAwaiter().GetResult().Id;
        blocked = service.SaveDraftAsync(db, Draft(300), nurse).GetAwaiter().GetResult().Id;
    }

    private IRenderedComponent<IComponent> RenderAs(string user, string role, int requisitionId)
    {
        Authorization.SetAuthorized(user).SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<RequisitionDetail>(3);
            builder.AddAttribute(4, nameof(RequisitionDetail.Id), (int?)requisitionId);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void The_editor_warns_when_the_draft_takes_the_monthly_amount_past_80_percent()
    {
        var page = RenderAs("nurse", Roles.DepartmentKeeper, warned);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=requisition-editor]")));
        Assert.Equal("预警", page.Find("[data-testid=quota-level]").TextContent.Trim());
        Assert.Contains("84.0 %", page.Find("[data-testid=quota-warning]").TextContent);
        Assert.Contains("已用 ¥720.00 + 本单 ¥120.00", page.Find("[data-testid=quota-text]").TextContent);
        Assert.Contains("mud-alert-text-warning", page.Find("[data-testid=quota-warning]").ClassName);
    }

    [Fact]
    public void Submitting_a_draft_above_the_quota_is_refused_and_offers_the_over_quota_request()
    {
        var page = RenderAs("nurse", Roles.DepartmentKeeper, blocked);
        page.WaitForAssertion(() => Assert.Contains("超出本月限额", page.Find("[data-testid=quota-warning]").TextContent));

        page.Find("button[data-testid=requisition-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("月度限额：本月已用 ¥720，本单 ¥360，限额 ¥1,000", page.Find("[data-testid=requisition-blocked]").TextContent));
        Assert.NotEmpty(page.FindAll("button[data-testid=requisition-over-quota]"));
        using var db = Database.Create();
        Assert.Equal(RequisitionStatus.Draft, db.Requisitions.AsNoTracking().Single(r => r.Id == blocked).Status);
    }

    [Fact]
    public void The_equipment_department_reads_a_draft_without_editing_it()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept, warned);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=requisition-line]")));
        Assert.Empty(page.FindAll("[data-testid=requisition-editor]"));
        Assert.Empty(page.FindAll("[data-testid=requisition-actions]"));
    }
}
