using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Tests.Domain.Admission;

public sealed class AdmissionWorkflowTests : AdmissionFixture
{
    private async Task<WorkflowException> RefusedAsync(Func<SpdDbContext, Task> act)
    {
        await using var db = Db();
        return await Assert.ThrowsAsync<WorkflowException>(() => act(db));
    }

    [Fact]
    public async Task Submit_numbers_the_request_by_month_and_records_the_first_step()
    {
        var first = await ReadAsync(await SubmitAsync());
        var second = await ReadAsync(await SubmitAsync(new("doctor", new HashSet<string> { Roles.Clinician }, Department.Id)));

        Assert.Equal("ZR202611-0001", first.Number);
        Assert.Equal("ZR202611-0002", second.Number);
        Assert.Equal(AdmissionStatus.Submitted, first.Status);
        Assert.Equal(Department.Id, first.DepartmentId);
        var step = Assert.Single(first.Steps);
        Assert.Equal(("Submit", "nurse", Roles.DepartmentKeeper), (step.Action, step.UserName, step.Role));
        Assert.Equal(Database.Clock.GetUtcNow().UtcDateTime, step.AtUtc);
    }

    [Fact]
    public async Task Submit_is_refused_to_roles_outside_a_department()
    {
        var error = await RefusedAsync(db => Workflow.SubmitAsync(db, Application, Equipment));
        Assert.Equal(WorkflowErrors.WrongRole, error.Code);

        var homeless = await RefusedAsync(db => Workflow.SubmitAsync(db, Application, new("nurse2", new HashSet<string> { Roles.DepartmentKeeper })));
        Assert.Equal(WorkflowErrors.NoDepartment, homeless.Code);
    }

    [Fact]
    public async Task Submit_validates_the_application()
    {
        var error = await RefusedAsync(db => Workflow.SubmitAsync(db, Application with { ItemName = " ", Reason = "", ExpectedAnnualQuantity = 0, ReplacesItemId = 9999 }, Nurse));

        Assert.Equal(WorkflowErrors.Invalid, error.Code);
        Assert.Equal(
            ["ExpectedAnnualQuantity", "ItemName", "Reason", "ReplacesItemId"],
            error.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task Every_legal_transition_by_the_right_role_reaches_active_with_the_item_active()
    {
        var id = await RequestAtAsync(AdmissionStatus.Active);

        var request = await ReadAsync(id);
        Assert.Equal(AdmissionStatus.Active, request.Status);
        Assert.Equal(
            ["Submit", "HeadApprove", "EquipmentReview", "CommitteeApprove", "CreateItem", "SetChargeCode", "SetNationalCode"],
            request.Steps.OrderBy(s => s.Id).Select(s => s.Action));
        Assert.Equal(
            ["Submitted", "HeadApproved", "EquipmentReviewed", "CommitteeApproved", "ItemCreated", "ChargeCodeSet", "Active"],
            request.Steps.OrderBy(s => s.Id).Select(s => s.ToStatus));
        Assert.Equal(
            [Roles.DepartmentKeeper, AdmissionWorkflow.DepartmentHeadRole, Roles.EquipmentDept, Roles.AdmissionCommittee, Roles.EquipmentDept, Roles.PriceOffice, Roles.InsuranceOffice],
            request.Steps.OrderBy(s => s.Id).Select(s => s.Role));
        var item = request.CreatedItem!;
        Assert.Equal((ItemStatus.Active, "SF0900", 1.5m, "C0310000000000000001"), (item.Status, item.ChargeCode, item.ChargePrice, item.NationalCode));
    }

    [Fact]
    public async Task Created_item_is_a_draft_until_the_national_code_is_set()
    {
        var id = await RequestAtAsync(AdmissionStatus.ChargeCodeSet);

        var request = await ReadAsync(id);
        Assert.Equal(ItemStatus.Draft, request.CreatedItem!.Status);
        Assert.Equal("WZ900", request.CreatedItem.Code);
    }

    public static TheoryData<AdmissionStatus, AdmissionAction> IllegalStatusTransitions()
    {
        var legal = new Dictionary<AdmissionAction, AdmissionStatus[]>
        {
            [AdmissionAction.HeadApprove] = [AdmissionStatus.Submitted],
            [AdmissionAction.EquipmentReview] = [AdmissionStatus.HeadApproved],
            [AdmissionAction.CommitteeApprove] = [AdmissionStatus.EquipmentReviewed],
            [AdmissionAction.CreateItem] = [AdmissionStatus.CommitteeApproved],
            [AdmissionAction.SetChargeCode] = [AdmissionStatus.ItemCreated],
            [AdmissionAction.SetNationalCode] = [AdmissionStatus.ChargeCodeSet],
            [AdmissionAction.Reject] = [AdmissionStatus.Submitted, AdmissionStatus.HeadApproved, AdmissionStatus.EquipmentReviewed],
            [AdmissionAction.Withdraw] = [AdmissionStatus.Submitted, AdmissionStatus.HeadApproved, AdmissionStatus.EquipmentReviewed],
        };
        var data = new TheoryData<AdmissionStatus, AdmissionAction>();
        foreach (var status in Enum.GetValues<AdmissionStatus>())
        {
            foreach (var action in Enum.GetValues<AdmissionAction>().Where(a => !legal[a].Contains(status)))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalStatusTransitions))]
    public async Task Every_action_is_refused_at_the_wrong_status(AdmissionStatus status, AdmissionAction action)
    {
        var id = await RequestAtAsync(status);

        var error = await RefusedAsync(db => Act(db, id, action, ActorFor(action, status)));

        Assert.Equal(WorkflowErrors.WrongStatus, error.Code);
        Assert.Equal(status, (await ReadAsync(id)).Status);
    }

    public static TheoryData<AdmissionStatus, AdmissionAction, string> WrongRoles() => new()
    {
        { AdmissionStatus.Submitted, AdmissionAction.HeadApprove, "equipment" },
        { AdmissionStatus.Submitted, AdmissionAction.HeadApprove, "otherhead" },
        { AdmissionStatus.Submitted, AdmissionAction.HeadApprove, "doctor" },
        { AdmissionStatus.HeadApproved, AdmissionAction.EquipmentReview, "committee" },
        { AdmissionStatus.HeadApproved, AdmissionAction.EquipmentReview, "head" },
        { AdmissionStatus.EquipmentReviewed, AdmissionAction.CommitteeApprove, "equipment2" },
        { AdmissionStatus.EquipmentReviewed, AdmissionAction.CommitteeApprove, "admin" },
        { AdmissionStatus.CommitteeApproved, AdmissionAction.CreateItem, "committee" },
        { AdmissionStatus.ItemCreated, AdmissionAction.SetChargeCode, "insurance" },
        { AdmissionStatus.ChargeCodeSet, AdmissionAction.SetNationalCode, "price" },
        { AdmissionStatus.Submitted, AdmissionAction.Reject, "equipment" },
        { AdmissionStatus.HeadApproved, AdmissionAction.Reject, "committee" },
        { AdmissionStatus.EquipmentReviewed, AdmissionAction.Reject, "equipment2" },
        { AdmissionStatus.Submitted, AdmissionAction.Withdraw, "head" },
    };

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public async Task Every_action_is_refused_to_the_wrong_role(AdmissionStatus status, AdmissionAction action, string user)
    {
        var id = await RequestAtAsync(status);
        var actor = user switch
        {
            "equipment" => Equipment,
            "equipment2" => Equipment2,
            "otherhead" => OtherHead,
            "doctor" => new WorkflowActor("doctor", new HashSet<string> { Roles.Clinician }, Department.Id),
            "committee" => Committee,
            "head" => Head,
            "admin" => Admin,
            "insurance" => Insurance,
            _ => Price,
        };

        var error = await RefusedAsync(db => Act(db, id, action, actor));

        Assert.Equal(WorkflowErrors.WrongRole, error.Code);
        Assert.Equal(status, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task A_head_may_not_approve_their_own_request()
    {
        var id = await SubmitAsync(Head);

        var error = await RefusedAsync(db => Workflow.HeadApproveAsync(db, id, Head));

        Assert.Equal(WorkflowErrors.SelfApproval, error.Code);
        Assert.Equal([AdmissionAction.Withdraw], AdmissionWorkflow.Allowed(await ReadAsync(id), Head));
    }

    [Fact]
    public async Task An_applicant_with_an_approving_role_may_not_approve_their_own_request()
    {
        var both = new WorkflowActor("nurse", new HashSet<string> { Roles.DepartmentKeeper, Roles.EquipmentDept }, Department.Id);
        var id = await SubmitAsync(both);
        await using (var db = Db())
        {
            await Workflow.HeadApproveAsync(db, id, Head);
        }

        var error = await RefusedAsync(db => Workflow.EquipmentReviewAsync(db, id, both));

        Assert.Equal(WorkflowErrors.SelfApproval, error.Code);
    }

    [Fact]
    public async Task The_equipment_reviewer_may_not_also_give_the_committee_approval()
    {
        var id = await RequestAtAsync(AdmissionStatus.HeadApproved);
        var both = new WorkflowActor("chief", new HashSet<string> { Roles.EquipmentDept, Roles.AdmissionCommittee });
        await using (var db = Db())
        {
            await Workflow.EquipmentReviewAsync(db, id, both);
        }

        var error = await RefusedAsync(db => Workflow.CommitteeApproveAsync(db, id, both));

        Assert.Equal(WorkflowErrors.SameApprover, error.Code);
    }

    [Fact]
    public async Task Rejection_without_a_reason_is_refused()
    {
        var id = await SubmitAsync();

        var error = await RefusedAsync(db => Workflow.RejectAsync(db, id, Head, "  "));

        Assert.Equal(WorkflowErrors.ReasonRequired, error.Code);
        Assert.Equal(AdmissionStatus.Submitted, (await ReadAsync(id)).Status);
    }

    [Theory]
    [InlineData(AdmissionStatus.Submitted, "head")]
    [InlineData(AdmissionStatus.HeadApproved, "equipment")]
    [InlineData(AdmissionStatus.EquipmentReviewed, "committee")]
    public async Task Each_approval_step_may_reject_with_a_reason_recorded(AdmissionStatus status, string user)
    {
        var id = await RequestAtAsync(status);
        var actor = user switch { "head" => Head, "equipment" => Equipment2, _ => Committee };
        await using (var db = Db())
        {
            await Workflow.RejectAsync(db, id, actor, "同类产品已足够");
        }

        var request = await ReadAsync(id);
        Assert.Equal(AdmissionStatus.Rejected, request.Status);
        var last = request.Steps.OrderBy(s => s.Id).Last();
        Assert.Equal(("Reject", status.ToString(), "Rejected", "同类产品已足够"), (last.Action, last.FromStatus, last.ToStatus, last.Comment));
    }

    [Fact]
    public async Task The_applicant_may_withdraw_before_the_committee_approves_but_not_after()
    {
        var open = await RequestAtAsync(AdmissionStatus.EquipmentReviewed);
        await using (var db = Db())
        {
            await Workflow.WithdrawAsync(db, open, Nurse, "科室已有替代方案");
        }

        Assert.Equal(AdmissionStatus.Withdrawn, (await ReadAsync(open)).Status);

        var approved = await RequestAtAsync(AdmissionStatus.CommitteeApproved);
        var error = await RefusedAsync(db => Workflow.WithdrawAsync(db, approved, Nurse));
        Assert.Equal(WorkflowErrors.WrongStatus, error.Code);
    }

    [Fact]
    public async Task Item_creation_uses_the_item_validator()
    {
        var id = await RequestAtAsync(AdmissionStatus.CommitteeApproved);
        var request = await ReadAsync(id);

        var error = await RefusedAsync(db => Workflow.CreateItemAsync(db, id, Draft(request) with { Code = OldItem.Code, Unit = "" }, Equipment));

        Assert.Equal(WorkflowErrors.Invalid, error.Code);
        Assert.Equal(["DuplicateCode", "Required"], error.Errors.Select(e => e.Code).Order());
        Assert.Equal(AdmissionStatus.CommitteeApproved, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task A_charge_code_already_used_by_another_item_is_refused()
    {
        var id = await RequestAtAsync(AdmissionStatus.ItemCreated);

        var duplicate = await RefusedAsync(db => Workflow.SetChargeCodeAsync(db, id, "sf0001", 1m, Price));
        var missing = await RefusedAsync(db => Workflow.SetChargeCodeAsync(db, id, " ", 1m, Price));

        Assert.Equal("DuplicateChargeCode", Assert.Single(duplicate.Errors).Code);
        Assert.Equal("ChargeCodeRequired", Assert.Single(missing.Errors).Code);
        Assert.Equal(AdmissionStatus.ItemCreated, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task An_uncharged_item_passes_the_price_office_without_a_charge_code_and_refuses_one()
    {
        await using (var db = Db())
        {
            await Workflow.SubmitAsync(db, Application with { Category = ItemCategory.LowValueUncharged }, Nurse);
        }

        var id = await ReadAsync(1);
        foreach (var act in new Func<SpdDbContext, Task>[]
        {
            db => Workflow.HeadApproveAsync(db, id.Id, Head),
            db => Workflow.EquipmentReviewAsync(db, id.Id, Equipment),
            db => Workflow.CommitteeApproveAsync(db, id.Id, Committee),
            db => Workflow.CreateItemAsync(db, id.Id, Draft(id) with { Category = ItemCategory.LowValueUncharged }, Equipment),
        })
        {
            await using var db = Db();
            await act(db);
        }

        var charged = await RefusedAsync(db => Workflow.SetChargeCodeAsync(db, id.Id, "SF0901", 1m, Price));
        Assert.Equal("UnchargedWithChargeCode", Assert.Single(charged.Errors).Code);
        await using (var db = Db())
        {
            await Workflow.SetChargeCodeAsync(db, id.Id, null, null, Price);
            await Workflow.SetNationalCodeAsync(db, id.Id, null, Insurance);
        }

        Assert.Equal(ItemStatus.Active, (await ReadAsync(id.Id)).CreatedItem!.Status);
    }

    [Fact]
    public async Task A_malformed_national_code_is_refused()
    {
        var id = await RequestAtAsync(AdmissionStatus.ChargeCodeSet);

        var error = await RefusedAsync(db => Workflow.SetNationalCodeAsync(db, id, "C03100", Insurance));

        Assert.Equal("NationalCodeFormat", Assert.Single(error.Errors).Code);
        var request = await ReadAsync(id);
        Assert.Equal((AdmissionStatus.ChargeCodeSet, ItemStatus.Draft), (request.Status, request.CreatedItem!.Status));
    }

    [Fact]
    public async Task Allowed_lists_only_the_actions_of_the_role_whose_turn_it_is()
    {
        var request = await ReadAsync(await RequestAtAsync(AdmissionStatus.HeadApproved));

        Assert.Equal([AdmissionAction.EquipmentReview, AdmissionAction.Reject], AdmissionWorkflow.Allowed(request, Equipment));
        Assert.Equal([AdmissionAction.Withdraw], AdmissionWorkflow.Allowed(request, Nurse));
        Assert.Empty(AdmissionWorkflow.Allowed(request, Committee));
        Assert.True(AdmissionWorkflow.WaitsFor(request, Equipment));
        Assert.False(AdmissionWorkflow.WaitsFor(request, Nurse));
    }

    [Fact]
    public async Task Each_action_is_saved_in_one_audited_transaction()
    {
        var id = await RequestAtAsync(AdmissionStatus.Submitted);
        await using (var db = Db())
        {
            await Workflow.HeadApproveAsync(db, id, Head, "同意");
        }

        await using var check = Database.CreateUnaudited();
        var audited = await check.AuditEntries.Where(a => a.EntityType == nameof(WorkflowStep) || a.EntityType == nameof(AdmissionRequest)).CountAsync();
        Assert.Equal(4, audited);
    }

    private WorkflowActor ActorFor(AdmissionAction action, AdmissionStatus status) => action switch
    {
        AdmissionAction.HeadApprove => Head,
        AdmissionAction.EquipmentReview or AdmissionAction.CreateItem => Equipment2,
        AdmissionAction.CommitteeApprove => Committee,
        AdmissionAction.SetChargeCode => Price,
        AdmissionAction.SetNationalCode => Insurance,
        AdmissionAction.Withdraw => Nurse,
        _ => status switch { AdmissionStatus.HeadApproved => Equipment2, AdmissionStatus.EquipmentReviewed => Committee, _ => Head },
    };

    private async Task Act(SpdDbContext db, int id, AdmissionAction action, WorkflowActor actor)
    {
        switch (action)
        {
            case AdmissionAction.HeadApprove: await Workflow.HeadApproveAsync(db, id, actor); break;
            case AdmissionAction.EquipmentReview: await Workflow.EquipmentReviewAsync(db, id, actor); break;
            case AdmissionAction.CommitteeApprove: await Workflow.CommitteeApproveAsync(db, id, actor); break;
            case AdmissionAction.CreateItem: await Workflow.CreateItemAsync(db, id, Draft(await ReadAsync(id)) with { Code = "WZ901" }, actor); break;
            case AdmissionAction.SetChargeCode: await Workflow.SetChargeCodeAsync(db, id, "SF0999", 1m, actor); break;
            case AdmissionAction.SetNationalCode: await Workflow.SetNationalCodeAsync(db, id, "C0310000000000000099", actor); break;
            case AdmissionAction.Reject: await Workflow.RejectAsync(db, id, actor, "理由"); break;
            default: await Workflow.WithdrawAsync(db, id, actor); break;
        }
    }
}
