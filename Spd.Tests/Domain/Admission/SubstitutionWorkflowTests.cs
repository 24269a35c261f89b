using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Admission;

public sealed class SubstitutionWorkflowTests : AdmissionFixture
{
    private readonly SubstitutionWorkflow substitutions;
    private readonly Item newItem;
    private readonly Item foreignItem;
    private readonly int otherSupplierId;

    public SubstitutionWorkflowTests()
    {
        substitutions = new SubstitutionWorkflow(Database.Clock);
        using var db = Database.CreateUnaudited();
        var (other, otherManufacturer) = MasterDataBuilder.AddSupplierAsync(db, "GYS901", "另一医疗器械有限公司").GetAwaiter().GetResult();
        newItem = MasterDataBuilder.NewItem("WZ002", "一次性使用无菌注射器", "5ml 新注册证", 0.85m, Supplier, Manufacturer);
        foreignItem = MasterDataBuilder.NewItem("WZ003", "一次性使用无菌注射器", "5ml", 0.7m, other, otherManufacturer);
        db.AddRange(newItem, foreignItem);
        db.SaveChanges();
        otherSupplierId = other.Id;
    }

    private WorkflowActor SupplierUser => new("supplier", new HashSet<string> { Roles.Supplier }, SupplierId: Supplier.Id);

    private async Task<int> ProposeAsync(WorkflowActor proposer)
    {
        await using var db = Db();
        return (await substitutions.ProposeAsync(db, OldItem.Id, newItem.Id, "原产品停产", proposer)).Id;
    }

    private async Task<Substitution> ReadSubstitutionAsync(int id)
    {
        await using var db = Db();
        return (await SubstitutionWorkflow.FindAsync(db, id))!;
    }

    private async Task<WorkflowException> RefusedAsync(Func<SpdDbContext, Task> act)
    {
        await using var db = Db();
        return await Assert.ThrowsAsync<WorkflowException>(() => act(db));
    }

    [Fact]
    public async Task Equipment_approval_replaces_the_old_item_and_keeps_the_new_one_active()
    {
        var id = await ProposeAsync(SupplierUser);
        await using (var db = Db())
        {
            await substitutions.DecideAsync(db, id, needsCommittee: false, Equipment, "同规格，无需上会");
        }

        var substitution = await ReadSubstitutionAsync(id);
        Assert.Equal(SubstitutionStatus.Approved, substitution.Status);
        Assert.Equal((ItemStatus.Replaced, ItemStatus.Active), (substitution.OldItem!.Status, substitution.NewItem!.Status));
        Assert.Equal(["Propose", "Approve"], substitution.Steps.OrderBy(s => s.Id).Select(s => s.Action));
        Assert.Equal(Supplier.Id, substitution.ProposingSupplierId);
    }

    [Fact]
    public async Task Sent_to_the_committee_the_items_change_only_on_committee_approval()
    {
        var id = await ProposeAsync(Equipment);
        await using (var db = Db())
        {
            await substitutions.DecideAsync(db, id, needsCommittee: true, Equipment2);
        }

        var waiting = await ReadSubstitutionAsync(id);
        Assert.Equal((SubstitutionStatus.CommitteeReview, ItemStatus.Active), (waiting.Status, waiting.OldItem!.Status));
        Assert.Equal([SubstitutionAction.CommitteeApprove, SubstitutionAction.Reject], SubstitutionWorkflow.Allowed(waiting, Committee));
        Assert.Empty(SubstitutionWorkflow.Allowed(waiting, Equipment2));

        await using (var db = Db())
        {
            await substitutions.CommitteeApproveAsync(db, id, Committee);
        }

        var approved = await ReadSubstitutionAsync(id);
        Assert.Equal((SubstitutionStatus.Approved, ItemStatus.Replaced), (approved.Status, approved.OldItem!.Status));
        Assert.Equal(Roles.AdmissionCommittee, approved.Steps.OrderBy(s => s.Id).Last().Role);
    }

    [Fact]
    public async Task A_supplier_may_only_propose_its_own_items()
    {
        var error = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, foreignItem.Id, "换厂家", SupplierUser));
        Assert.Equal(WorkflowErrors.NotOwnItems, error.Code);

        var other = new WorkflowActor("supplier2", new HashSet<string> { Roles.Supplier }, SupplierId: otherSupplierId);
        var foreign = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, newItem.Id, "抢单", other));
        Assert.Equal(WorkflowErrors.NotOwnItems, foreign.Code);
    }

    [Fact]
    public async Task Other_roles_may_not_propose_and_a_reason_is_required()
    {
        var wrongRole = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, newItem.Id, "原因", Nurse));
        var noReason = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, newItem.Id, " ", Equipment));
        var same = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, OldItem.Id, "原因", Equipment));

        Assert.Equal(
            [WorkflowErrors.WrongRole, WorkflowErrors.ReasonRequired, WorkflowErrors.Invalid],
            new[] { wrongRole.Code, noReason.Code, same.Code });
    }

    [Fact]
    public async Task An_item_with_an_open_substitution_cannot_get_a_second_one()
    {
        await ProposeAsync(Equipment);

        var error = await RefusedAsync(db => substitutions.ProposeAsync(db, OldItem.Id, foreignItem.Id, "原因", Equipment));

        Assert.Equal(WorkflowErrors.Invalid, error.Code);
    }

    [Fact]
    public async Task The_proposer_may_not_decide_their_own_substitution()
    {
        var id = await ProposeAsync(Equipment);

        var error = await RefusedAsync(db => substitutions.DecideAsync(db, id, false, Equipment));

        Assert.Equal(WorkflowErrors.SelfApproval, error.Code);
    }

    [Fact]
    public async Task Decisions_are_refused_at_the_wrong_status_or_role_and_rejection_needs_a_reason()
    {
        var id = await ProposeAsync(SupplierUser);

        var committeeTooEarly = await RefusedAsync(db => substitutions.CommitteeApproveAsync(db, id, Committee));
        var wrongRole = await RefusedAsync(db => substitutions.DecideAsync(db, id, false, Committee));
        var noReason = await RefusedAsync(db => substitutions.RejectAsync(db, id, Equipment, ""));
        await using (var db = Db())
        {
            await substitutions.RejectAsync(db, id, Equipment, "新产品注册证未到");
        }

        var afterRejection = await RefusedAsync(db => substitutions.DecideAsync(db, id, false, Equipment));
        Assert.Equal(
            [WorkflowErrors.WrongStatus, WorkflowErrors.WrongRole, WorkflowErrors.ReasonRequired, WorkflowErrors.WrongStatus],
            new[] { committeeTooEarly.Code, wrongRole.Code, noReason.Code, afterRejection.Code });
        var rejected = await ReadSubstitutionAsync(id);
        Assert.Equal((SubstitutionStatus.Rejected, ItemStatus.Active), (rejected.Status, rejected.OldItem!.Status));
    }
}
