using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Security;
using static Spd.Tests.Domain.Departments.RequisitionTestKit;

namespace Spd.Tests.Domain.Departments;

/// <summary>科室申领 raised by hand: temporary requests, over-quota requests and monthly plans, their lines and their approvals.</summary>
public sealed class RequisitionsTests
{
    [Fact]
    public async Task A_temporary_request_reaches_the_supplying_warehouse_when_submitted()
    {
        using var fixture = await DepartmentFixture.CreateAsync();

        var requisition = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 30), (fixture.Syringe, 40)) with { Priority = DispatchPriority.Emergency });

        Assert.StartsWith("SL20261122", requisition.No);
        Assert.Equal(RequisitionStatus.Submitted, requisition.Status);
        Assert.Equal(fixture.Central.Id, requisition.SupplyingWarehouseId);
        Assert.Equal(fixture.Database.Clock.GetUtcNow().UtcDateTime, requisition.SubmittedUtc);
        Assert.Equal(DispatchPriority.Emergency, requisition.Priority);
        Assert.Equal("nurse", requisition.RequestedBy);
        Assert.All(requisition.Lines, l => Assert.Equal(l.Quantity, l.ApprovedQuantity));
        Assert.Null(requisition.ForMonth);
        await using var db = fixture.Database.Create();
        var step = await db.WorkflowSteps.SingleAsync(s => s.RequisitionId == requisition.Id);
        Assert.Equal(("SubmitRequisition", "Draft", "Submitted", Roles.DepartmentKeeper), (step.Action, step.FromStatus, step.ToStatus, step.Role));
    }

    [Fact]
    public async Task Lines_need_an_active_item_once_each_with_a_positive_quantity_and_a_temporary_request_a_reason()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using (var db = fixture.Database.CreateUnaudited())
        {
            (await db.Items.SingleAsync(i => i.Id == fixture.Catheter.Id)).Status = ItemStatus.Suspended;
            await db.SaveChangesAsync();
        }

        await using var context = fixture.Database.Create();
        var draft = Temporary(fixture, (fixture.Gauze, 10), (fixture.Catheter, 1), (fixture.Gauze, 5), (fixture.Syringe, 0)) with { Reason = " " };

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => Service(fixture).SaveDraftAsync(context, draft, Nurse(fixture)));

        Assert.Equal(WorkflowErrors.Invalid, refusal.Code);
        Assert.Equal(
            [
                (nameof(RequisitionDraft.Reason), Requisitions.ReasonRequired),
                ("Lines[1]", Requisitions.ItemNotAvailable),
                ("Lines[2]", Requisitions.DuplicateItem),
                ("Lines[3]", "QuantityAtLeastOne"),
            ],
            refusal.Errors.Select(e => (e.Field, e.Code)));
        var empty = await Assert.ThrowsAsync<WorkflowException>(() => Service(fixture).SaveDraftAsync(context, Temporary(fixture), Nurse(fixture)));
        Assert.Equal(Requisitions.NoLines, Assert.Single(empty.Errors).Code);
    }

    [Fact]
    public async Task The_requesting_warehouse_must_be_a_secondary_warehouse_of_the_department()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            Service(fixture).SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 10)) with { WarehouseId = fixture.Central.Id }, Nurse(fixture)));

        Assert.Equal(Requisitions.NotDepartmentWarehouse, Assert.Single(refusal.Errors).Code);
    }

    [Fact]
    public async Task Only_the_departments_own_keeper_raises_and_changes_its_requisitions()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();
        var otherWard = new WorkflowActor("nurse2", new HashSet<string> { Roles.DepartmentKeeper }, fixture.Ward.Id + 100);

        var foreign = await Assert.ThrowsAsync<WorkflowException>(() => Service(fixture).SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 10)), otherWard));
        var equipment = await Assert.ThrowsAsync<WorkflowException>(() => Service(fixture).SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 10)), Equipment));
        var fixedByHand = await Assert.ThrowsAsync<WorkflowException>(() =>
            Service(fixture).SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 10)) with { Kind = RequisitionKind.FixedQuantity }, Nurse(fixture)));

        Assert.Equal(WorkflowErrors.NoDepartment, foreign.Code);
        Assert.Equal(WorkflowErrors.WrongRole, equipment.Code);
        Assert.Equal(Requisitions.NotRaisedByHand, fixedByHand.Code);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request_and_a_keeper_approves_none()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var chief = new WorkflowActor("chief", new HashSet<string> { Roles.DepartmentKeeper, Roles.EquipmentDept }, fixture.Ward.Id);
        var service = Service(fixture);
        Requisition request;
        await using (var db = fixture.Database.Create())
        {
            request = await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Catheter, 2)) with { Kind = RequisitionKind.OverQuota }, chief);
            request = await service.SubmitAsync(db, request.Id, request.Version, chief);
        }

        Assert.Equal([RequisitionAction.Approve, RequisitionAction.Reject], Requisitions.Allowed(request, Equipment));
        Assert.Equal([RequisitionAction.Cancel], Requisitions.Allowed(request, chief));
        await using (var db = fixture.Database.Create())
        {
            var own = await Assert.ThrowsAsync<WorkflowException>(() => service.ApproveAsync(db, request.Id, request.Version, chief));
            var keeper = await Assert.ThrowsAsync<WorkflowException>(() => service.ApproveAsync(db, request.Id, request.Version, Nurse(fixture)));
            var ownReject = await Assert.ThrowsAsync<WorkflowException>(() => service.RejectAsync(db, request.Id, request.Version, chief, "不需要"));
            Assert.Equal(WorkflowErrors.SelfApproval, own.Code);
            Assert.Equal(WorkflowErrors.WrongRole, keeper.Code);
            Assert.Equal(WorkflowErrors.SelfApproval, ownReject.Code);
        }

        await using (var db = fixture.Database.Create())
        {
            request = await service.ApproveAsync(db, request.Id, request.Version, Equipment);
        }

        Assert.Equal(RequisitionStatus.Submitted, request.Status);
        await using var read = fixture.Database.Create();
        Assert.Equal(
            [("SubmitRequisition", "chief", Roles.DepartmentKeeper), ("ApproveRequisition", "equipment", Roles.EquipmentDept)],
            await read.WorkflowSteps.Where(s => s.RequisitionId == request.Id).OrderBy(s => s.Id).Select(s => ValueTuple.Create(s.Action, s.UserName, s.Role)).ToListAsync());
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_ends_the_request()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var service = Service(fixture);
        var request = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 10)) with { Kind = RequisitionKind.OverQuota });
        await using var db = fixture.Database.Create();

        var silent = await Assert.ThrowsAsync<WorkflowException>(() => service.RejectAsync(db, request.Id, request.Version, Equipment, " "));
        await service.RejectAsync(db, request.Id, request.Version, Equipment, "本月预算已用完");

        Assert.Equal(WorkflowErrors.ReasonRequired, silent.Code);
        await using var read = fixture.Database.Create();
        Assert.Equal(RequisitionStatus.Rejected, (await read.Requisitions.SingleAsync()).Status);
        Assert.Equal("本月预算已用完", (await read.WorkflowSteps.SingleAsync(s => s.Action == "Reject")).Comment);
    }

    [Fact]
    public async Task A_monthly_plan_is_for_next_month_and_its_review_may_cut_each_line()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var service = Service(fixture);
        var plan = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 500), (fixture.Syringe, 400)) with { Kind = RequisitionKind.MonthlyPlan, Reason = null });
        Assert.Equal(RequisitionStatus.PendingApproval, plan.Status);
        Assert.Equal(new DateOnly(2026, 12, 1), plan.ForMonth);
        Assert.Null(plan.SubmittedUtc);
        var gauze = plan.Lines.Single(l => l.ItemId == fixture.Gauze.Id);
        var syringe = plan.Lines.Single(l => l.ItemId == fixture.Syringe.Id);

        await using (var db = fixture.Database.Create())
        {
            var above = await Assert.ThrowsAsync<WorkflowException>(() =>
                service.ApproveAsync(db, plan.Id, plan.Version, Equipment, null, new Dictionary<long, int> { [gauze.Id] = 501 }));
            Assert.Equal(Requisitions.ApprovedAboveRequested, Assert.Single(above.Errors).Code);
        }

        await using (var db = fixture.Database.Create())
        {
            var nothing = await Assert.ThrowsAsync<WorkflowException>(() =>
                service.ApproveAsync(db, plan.Id, plan.Version, Equipment, null, new Dictionary<long, int> { [gauze.Id] = 0, [syringe.Id] = 0 }));
            Assert.Equal(Requisitions.NothingApproved, Assert.Single(nothing.Errors).Code);
        }

        await using (var db = fixture.Database.Create())
        {
            plan = await service.ApproveAsync(db, plan.Id, plan.Version, Equipment, "按库存削减", new Dictionary<long, int> { [gauze.Id] = 300 });
        }

        Assert.Equal(RequisitionStatus.Submitted, plan.Status);
        Assert.Equal(new DateOnly(2026, 12, 1), plan.ScheduledDate);
        Assert.Equal([(500, 300), (400, 400)], plan.Lines.OrderBy(l => l.ItemId).Select(l => (l.Quantity, l.ApprovedQuantity)));
    }

    [Fact]
    public async Task Next_months_plan_is_refused_after_the_agreed_day()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var service = Service(fixture);
        var planDraft = Temporary(fixture, (fixture.Gauze, 500)) with { Kind = RequisitionKind.MonthlyPlan };
        Requisition draft;
        await using (var db = fixture.Database.Create())
        {
            draft = await service.SaveDraftAsync(db, planDraft, Nurse(fixture));
        }

        fixture.Database.Clock.Advance(TimeSpan.FromDays(4));
        await using (var db = fixture.Database.Create())
        {
            var late = await Assert.ThrowsAsync<WorkflowException>(() => service.SubmitAsync(db, draft.Id, draft.Version, Nurse(fixture)));
            Assert.Equal(Requisitions.PlanDeadlinePassed, late.Code);
            var lateDraft = await Assert.ThrowsAsync<WorkflowException>(() => service.SaveDraftAsync(db, planDraft, Nurse(fixture)));
            Assert.Equal(Requisitions.PlanDeadlinePassed, lateDraft.Code);
        }

        var earlier = Service(fixture, new RequisitionOptions { MonthlyPlanDeadlineDay = 28 });
        await using (var db = fixture.Database.Create())
        {
            var submitted = await earlier.SubmitAsync(db, draft.Id, draft.Version, Nurse(fixture));
            Assert.Equal(RequisitionStatus.PendingApproval, submitted.Status);
        }
    }

    [Fact]
    public async Task A_requisition_can_be_cancelled_until_the_warehouse_puts_it_in_a_wave()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var service = Service(fixture);
        var submitted = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 10)));
        var waved = await SubmitAsync(fixture, Temporary(fixture, (fixture.Syringe, 20)));
        await using (var db = fixture.Database.CreateUnaudited())
        {
            (await db.Requisitions.SingleAsync(r => r.Id == waved.Id)).Status = RequisitionStatus.InWave;
            await db.SaveChangesAsync();
        }

        await using var context = fixture.Database.Create();
        await service.CancelAsync(context, submitted.Id, submitted.Version, Nurse(fixture), "已向其他科室借用");
        var late = await Assert.ThrowsAsync<WorkflowException>(() => service.CancelAsync(context, waved.Id, waved.Version, Nurse(fixture)));

        Assert.Equal(WorkflowErrors.WrongStatus, late.Code);
        await using var read = fixture.Database.Create();
        Assert.Equal(RequisitionStatus.Cancelled, (await read.Requisitions.SingleAsync(r => r.Id == submitted.Id)).Status);
    }

    [Fact]
    public async Task A_change_made_from_a_stale_screen_is_refused()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var service = Service(fixture);
        Requisition draft;
        await using (var db = fixture.Database.Create())
        {
            draft = await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 10)), Nurse(fixture));
        }

        var stale = draft.Version;
        await using (var db = fixture.Database.Create())
        {
            await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 12), (fixture.Syringe, 20)) with { Id = draft.Id, Version = stale }, Nurse(fixture));
        }

        await using var context = fixture.Database.Create();
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => service.SubmitAsync(context, draft.Id, stale, Nurse(fixture)));

        Assert.Equal(WorkflowErrors.ConcurrentEdit, refusal.Code);
        Assert.Equal([(fixture.Gauze.Id, 12), (fixture.Syringe.Id, 20)],
            await context.RequisitionLines.Where(l => l.RequisitionId == draft.Id).OrderBy(l => l.ItemId).Select(l => ValueTuple.Create(l.ItemId, l.Quantity)).ToListAsync());
    }
}
