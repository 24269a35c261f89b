using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using Spd.Domain.Admission;
using Spd.Domain.Warehousing;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Purchasing;

namespace Spd.Tests.Web;

/// <summary>Two plans of one central warehouse: one waiting for approval, one approved with a line refused for a blacklisted supplier.</summary>
public sealed class PurchasePlanDetailTests : SpdBunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly int pendingId;
    private readonly int approvedId;

    public PurchasePlanDetailTests()
    {
        using var db = Database.CreateUnaudited();
        foreach (var (name, role) in new[] { ("equipment", Roles.EquipmentDept), ("admin", Roles.Admin) })
        {
            var user = new SpdUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name == "admin" ? "系统管理员 王磊" : "设备科 李建国" };
            var identityRole = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.AddRange(user, identityRole);
            db.SaveChanges();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = identityRole.Id });
            db.SaveChanges();
        }

        var (campus, _, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var central2 = new Warehouse { Code = "W002", Name = "东院中心库", Kind = WarehouseKind.Central, CampusId = campus.Id };
        var (good, goodMaker) = MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS901", "国药控股测试分公司", Today).GetAwaiter().GetResult();
        var (bad, badMaker) = MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS902", "黑名单测试公司", Today).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.Registered(MasterDataBuilder.NewItem("WZ002", "医用脱脂纱布", "8层", 1.5m, good, goodMaker), Today);
        var screw = MasterDataBuilder.Registered(MasterDataBuilder.NewItem("WZ003", "皮质骨螺钉", "3.5×30mm", 260m, bad, badMaker), Today);
        db.AddRange(central2, gauze, screw);
        foreach (var warehouse in new[] { central, central2 })
        {
            db.ReplenishmentSettings.AddRange(
                new ReplenishmentSetting { Warehouse = warehouse, Item = gauze, SafetyStock = 10, ReorderPoint = 20, MinLevel = 10, MaxLevel = 60 },
                new ReplenishmentSetting { Warehouse = warehouse, Item = screw, SafetyStock = 0, ReorderPoint = 4, MinLevel = 0, MaxLevel = 8 });
        }

        db.SaveChanges();

        var plans = PurchasePlanner.GenerateAsync(db, Database.Clock, "system").GetAwaiter().GetResult();
        db.Suppliers.Single(s => s.Id == bad.Id).Blacklist("提供虚假授权书", Today);
        db.SaveChanges();
        var equipment = new WorkflowActor("equipment", new HashSet<string> { Roles.EquipmentDept });
        new PurchasePlanWorkflow(Database.Clock).ApproveAsync(db, plans[0].Id, plans[0].Version, equipment, "同意").GetAwaiter().GetResult();
        approvedId = plans[0].Id;
        pendingId = plans[1].Id;
    }

    private IRenderedComponent<IComponent> RenderAs(string user, string role, int? planId, string? planNo = null)
    {
        Authorization.SetAuthorized(user).SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<PurchasePlanDetail>(2);
            builder.AddAttribute(3, nameof(PurchasePlanDetail.Id), planId);
            builder.AddAttribute(4, nameof(PurchasePlanDetail.No), planNo);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void The_notifications_link_opens_the_plan_by_its_number()
    {
        using var db = Database.CreateUnaudited();
        var no = db.PurchasePlans.Single(p => p.Id == pendingId).No;

        var page = RenderAs("equipment", Roles.EquipmentDept, null, no);

        page.WaitForAssertion(() => Assert.Contains($"采购计划 {no}", page.Find("h1").TextContent));
        Assert.NotEmpty(page.FindAll("[data-testid=action-Approve]"));
    }

    [Fact]
    public void A_pending_plan_offers_the_equipment_department_approve_reject_and_editable_quantities()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept, pendingId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-Approve]")));
        Assert.NotEmpty(page.FindAll("[data-testid=action-Reject]"));
        Assert.Equal(2, page.FindAll("[data-testid=line-quantity]").Count);
        Assert.Contains("待审核", page.Find("[data-testid=plan-status]").TextContent);
        Assert.Contains("系统（定时任务）", page.Markup);
    }

    [Fact]
    public void An_approved_plan_offers_no_actions_and_shows_each_line_as_ordered_or_refused_with_the_reason()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept, approvedId);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=plan-line]").Count));
        Assert.Empty(page.FindAll("[data-testid=plan-actions]"));
        Assert.Empty(page.FindAll("[data-testid=line-quantity]"));
        Assert.Contains("已批准", page.Find("[data-testid=plan-status]").TextContent);
        Assert.Equal("已列入黑名单（提供虚假授权书）", page.Find("[data-testid=line-refusal]").TextContent);
        Assert.StartsWith("PO20261122", page.Find("[data-testid=line-order]").TextContent);
        Assert.Contains("同意", page.Find("[data-testid=timeline]").TextContent);
    }

    [Fact]
    public void An_administrator_reads_a_pending_plan_but_does_not_decide_on_it()
    {
        var page = RenderAs("admin", Roles.Admin, pendingId);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=plan-line]").Count));
        Assert.Empty(page.FindAll("[data-testid=action-Approve]"));
        Assert.Empty(page.FindAll("[data-testid=line-quantity]"));
    }

    [Fact]
    public void Urgent_lines_carry_a_red_urgent_chip_and_normal_ones_a_plain_one()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept, pendingId);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=urgency-chip]").Count));
        var chips = page.FindAll("[data-testid=urgency-chip]");
        Assert.Equal("紧急", chips[0].TextContent.Trim());
        Assert.Contains("mud-chip-color-error", chips[0].ClassName);
        Assert.Equal("普通", chips[1].TextContent.Trim());
        Assert.DoesNotContain("mud-chip-color-error", chips[1].ClassName);
    }
}
