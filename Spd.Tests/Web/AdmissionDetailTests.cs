using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Admission;

namespace Spd.Tests.Web;

public sealed class AdmissionDetailTests : SpdBunitContext
{
    private readonly int requestId;

    public AdmissionDetailTests()
    {
        using var db = Database.CreateUnaudited();
        var (supplier, _) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var (_, department, _) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var people = new (string Name, string Display, string Role, bool Head)[]
        {
            ("nurse", "关节外科护士长 刘芳", Roles.DepartmentKeeper, false),
            ("head", "关节外科主任 黄志强", Roles.Clinician, true),
            ("equipment", "设备科 李建国", Roles.EquipmentDept, false),
            ("committee", "耗材管理委员会 陈主任", Roles.AdmissionCommittee, false),
        };
        foreach (var (name, display, role, head) in people)
        {
            var user = new SpdUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = display, DepartmentId = role == Roles.EquipmentDept || role == Roles.AdmissionCommittee ? null : department.Id, IsDepartmentHead = head };
            var identityRole = db.Roles.FirstOrDefault(r => r.Name == role) ?? new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.AddRange(user, identityRole);
            db.SaveChanges();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = identityRole.Id });
            db.SaveChanges();
        }

        var workflow = new AdmissionWorkflow(Database.Clock);
        var nurse = WorkflowActor.LoadAsync(db, "nurse").GetAwaiter().GetResult()!;
        var request = workflow.SubmitAsync(db, new AdmissionApplication
        {
            ItemName = "可吸收带线锚钉",
            Specification = "Φ5.0mm",
            Category = ItemCategory.HighValue,
            SupplierId = supplier.Id,
            Reason = "肩袖修补术式增加",
            ExpectedAnnualQuantity = 120,
            EstimatedUnitPrice = 3680m,
        }, nurse).GetAwaiter().GetResult();
        Database.Clock.Advance(TimeSpan.FromHours(3));
        workflow.HeadApproveAsync(db, request.Id, WorkflowActor.LoadAsync(db, "head").GetAwaiter().GetResult()!, "临床确有需要").GetAwaiter().GetResult();
        requestId = request.Id;
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
            builder.OpenComponent<AdmissionDetail>(2);
            builder.AddAttribute(3, nameof(AdmissionDetail.Id), requestId);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void The_equipment_department_sees_review_and_reject_when_it_is_its_turn()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-EquipmentReview]")));
        Assert.NotEmpty(page.FindAll("[data-testid=action-Reject]"));
        Assert.Empty(page.FindAll("[data-testid=action-Withdraw]"));
        Assert.Contains("待设备科审核", page.Markup);
    }

    [Fact]
    public void The_applicant_may_only_withdraw()
    {
        var page = RenderAs("nurse", Roles.DepartmentKeeper);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-Withdraw]")));
        Assert.Single(page.FindAll("[data-testid^=action-]"));
    }

    [Theory]
    [InlineData("committee", Roles.AdmissionCommittee)]
    [InlineData("head", Roles.Clinician)]
    public void Roles_whose_turn_it_is_not_see_no_buttons(string user, string role)
    {
        var page = RenderAs(user, role);

        page.WaitForAssertion(() => Assert.Contains("可吸收带线锚钉", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=admission-actions]"));
    }

    [Fact]
    public void The_timeline_shows_who_in_which_role_when_and_why()
    {
        var page = RenderAs("committee", Roles.AdmissionCommittee);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=timeline-step]").Count));
        var steps = page.FindAll("[data-testid=timeline-step]");
        Assert.Contains("关节外科护士长 刘芳（科室耗材专管员）", steps[0].TextContent);
        Assert.Contains("2026-11-22 10:00", steps[0].TextContent);
        Assert.Contains("科主任审批", steps[1].TextContent);
        Assert.Contains("关节外科主任 黄志强（科主任）", steps[1].TextContent);
        Assert.Contains("2026-11-22 13:00", steps[1].TextContent);
        Assert.Contains("临床确有需要", steps[1].TextContent);
    }

    [Fact]
    public void Reject_asks_for_a_reason_and_refuses_an_empty_one()
    {
        var page = RenderAs("equipment", Roles.EquipmentDept);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-Reject]")));

        page.Find("[data-testid=action-Reject]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-confirm]")));
        page.Find("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写理由", page.Find("[data-testid=action-error]").TextContent));
    }
}
