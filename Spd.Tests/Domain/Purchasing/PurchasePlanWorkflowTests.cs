using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;

namespace Spd.Tests.Domain.Purchasing;

public sealed class PurchasePlanWorkflowTests : PurchasingFixture
{
    private PurchasePlanWorkflow Workflow => new(Database.Clock);

    /// <summary>Syringes urgent (central empty, below safety), gauze and screws normal.</summary>
    private async Task<PurchasePlan> PlanAsync()
    {
        await SetAsync(Central, Syringe, safety: 10, reorder: 20, max: 50);
        await SetAsync(Central, Gauze, safety: 10, reorder: 20, max: 60);
        await SetAsync(Central, Screw, safety: 2, reorder: 6, max: 12);
        await StockAsync(Central, Gauze, 15);
        await StockAsync(Central, Screw, 4);
        return await SinglePlanAsync();
    }

    private static PurchasePlanLine LineOf(PurchasePlanView view, Item item) => view.Plan.Lines.Single(l => l.ItemId == item.Id);

    private async Task<IReadOnlyList<PurchaseOrder>> ApproveAsync(PurchasePlan plan, string? comment = null)
    {
        await using var db = Db();
        return await Workflow.ApproveAsync(db, plan.Id, plan.Version, Equipment, comment);
    }

    private async Task<WorkflowException> RefusedAsync(Func<SpdDbContext, Task> act)
    {
        await using var db = Db();
        return await Assert.ThrowsAsync<WorkflowException>(() => act(db));
    }

    [Fact]
    public async Task Approval_splits_the_lines_by_supplier_and_urgency_into_published_orders_due_8_or_24_hours_later()
    {
        var plan = await PlanAsync();
        Database.Clock.Advance(TimeSpan.FromHours(3));
        var approvedAt = new DateTime(2026, 11, 22, 5, 0, 0, DateTimeKind.Utc);

        var orders = await ApproveAsync(plan, "同意采购");

        await using var db = Db();
        var stored = await db.PurchaseOrders.Include(o => o.Lines).OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.Equal(orders.Select(o => o.No), stored.Select(o => o.No));
        var urgentA = stored.Single(o => o.SupplierId == SupplierA.Id && o.Urgency == Urgency.Urgent);
        var normalA = stored.Single(o => o.SupplierId == SupplierA.Id && o.Urgency == Urgency.Normal);
        var normalB = stored.Single(o => o.SupplierId == SupplierB.Id);
        Assert.Equal(approvedAt.AddHours(8), urgentA.DueUtc);
        Assert.Equal(approvedAt.AddHours(24), normalA.DueUtc);
        Assert.Equal(Urgency.Normal, normalB.Urgency);
        Assert.All(stored, o => Assert.Equal(PurchaseOrderStatus.Published, o.Status));
        Assert.All(stored, o => Assert.Equal(plan.Id, o.PurchasePlanId));
        Assert.All(stored, o => Assert.Equal(Central.Id, o.WarehouseId));
        Assert.All(stored, o => Assert.StartsWith("PO20261122", o.No));

        var syringes = Assert.Single(urgentA.Lines);
        Assert.Equal((Syringe.Id, 50, 0.8m), (syringes.ItemId, syringes.Quantity, syringes.UnitPrice));
        var gauze = Assert.Single(normalA.Lines);
        Assert.Equal((Gauze.Id, 45, 1.5m), (gauze.ItemId, gauze.Quantity, gauze.UnitPrice));
        var screws = Assert.Single(normalB.Lines);
        Assert.Equal((Screw.Id, 8, 260m), (screws.ItemId, screws.Quantity, screws.UnitPrice));

        var view = await ReadPlanAsync(plan.Id);
        Assert.Equal(PurchasePlanStatus.Approved, view.Plan.Status);
        Assert.Equal("equipment", view.Plan.DecidedBy);
        Assert.Equal(approvedAt, view.Plan.DecidedUtc);
        Assert.Equal(urgentA.Id, LineOf(view, Syringe).PurchaseOrderId);
        Assert.Equal(normalA.Id, LineOf(view, Gauze).PurchaseOrderId);
        Assert.Equal(normalB.Id, LineOf(view, Screw).PurchaseOrderId);
        Assert.All(view.Plan.Lines, l => Assert.Equal(PurchasePlanLineStatus.Ordered, l.Status));
        var step = Assert.Single(view.Steps);
        Assert.Equal((PurchasePlanWorkflow.ApproveAction, "PendingApproval", "Approved", "equipment", Roles.EquipmentDept, "同意采购"),
            (step.Action, step.FromStatus, step.ToStatus, step.UserName, step.Role, step.Comment));
    }

    [Fact]
    public async Task Lines_of_one_supplier_and_urgency_share_one_order()
    {
        await SetAsync(Central, Syringe, safety: 0, reorder: 20, max: 50);
        await SetAsync(Central, Gauze, safety: 0, reorder: 20, max: 60);
        var plan = await SinglePlanAsync();

        var order = Assert.Single(await ApproveAsync(plan));

        Assert.Equal([Syringe.Id, Gauze.Id], order.Lines.Select(l => l.ItemId));
    }

    [Fact]
    public async Task Each_published_order_notifies_its_supplier()
    {
        var plan = await PlanAsync();

        var orders = await ApproveAsync(plan);

        await using var db = Db();
        var notifications = await db.Notifications.Where(n => n.Audience == NotificationAudience.Supplier).OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(orders.Select(o => (o.SupplierId, o.No)), notifications.Select(n => (n.SupplierId!.Value, n.DedupKey)));
        Assert.All(notifications, n => Assert.Equal(PurchasePlanWorkflow.OrderPublishedMessage, n.MessageKey));
        var urgent = orders.Single(o => o.Urgency == Urgency.Urgent);
        Assert.Equal([urgent.No, Central.Name, "2026-11-22 18:00", "Urgency.Urgent"],
            JsonSerializer.Deserialize<string[]>(notifications.Single(n => n.DedupKey == urgent.No).Arguments)!);
    }

    [Fact]
    public async Task Approval_refuses_the_line_of_a_blacklisted_supplier_with_the_reason_and_orders_the_rest()
    {
        var plan = await PlanAsync();
        await using (var setup = Database.CreateUnaudited())
        {
            (await setup.Suppliers.SingleAsync(s => s.Id == SupplierB.Id)).Blacklist("提供虚假授权书", Today);
            await setup.SaveChangesAsync();
        }

        var orders = await ApproveAsync(plan);

        Assert.DoesNotContain(orders, o => o.SupplierId == SupplierB.Id);
        Assert.Equal(2, orders.Count);
        var screws = LineOf(await ReadPlanAsync(plan.Id), Screw);
        Assert.Equal(PurchasePlanLineStatus.Refused, screws.Status);
        Assert.Equal(CertificateCheck.Blacklisted, screws.RefusalCode);
        Assert.Equal(["提供虚假授权书"], JsonSerializer.Deserialize<string[]>(screws.RefusalArguments!)!);
        Assert.Null(screws.PurchaseOrderId);
    }

    [Fact]
    public async Task Approval_refuses_a_line_whose_supplier_licence_has_expired_with_the_licence_and_date()
    {
        var plan = await PlanAsync();
        await using (var setup = Database.CreateUnaudited())
        {
            var licence = await setup.Certificates.SingleAsync(c => c.SupplierId == SupplierA.Id && c.Type == CertificateType.OperatingLicense);
            licence.ValidUntil = Today.AddDays(-1);
            await setup.SaveChangesAsync();
        }

        var order = Assert.Single(await ApproveAsync(plan));

        Assert.Equal(SupplierB.Id, order.SupplierId);
        var view = await ReadPlanAsync(plan.Id);
        foreach (var line in new[] { LineOf(view, Syringe), LineOf(view, Gauze) })
        {
            Assert.Equal(PurchasePlanLineStatus.Refused, line.Status);
            Assert.Equal(CertificateCheck.ExpiredCertificate, line.RefusalCode);
            Assert.Equal([nameof(CertificateType.OperatingLicense), "2026-11-21"], JsonSerializer.Deserialize<string[]>(line.RefusalArguments!)!);
        }
    }

    [Fact]
    public async Task Approval_refuses_an_item_whose_registration_certificate_has_expired()
    {
        var plan = await PlanAsync();
        await using (var setup = Database.CreateUnaudited())
        {
            (await setup.Items.SingleAsync(i => i.Id == Gauze.Id)).RegistrationCertificateExpiry = Today.AddDays(-10);
            await setup.SaveChangesAsync();
        }

        await ApproveAsync(plan);

        var gauze = LineOf(await ReadPlanAsync(plan.Id), Gauze);
        Assert.Equal(CertificateCheck.ExpiredRegistration, gauze.RefusalCode);
        Assert.Equal(["国械注准2024WZ002", "2026-11-12"], JsonSerializer.Deserialize<string[]>(gauze.RefusalArguments!)!);
    }

    [Fact]
    public async Task Quantities_change_in_whole_packs_of_at_least_one_and_removed_lines_are_not_ordered()
    {
        var plan = await PlanAsync();
        var view = await ReadPlanAsync(plan.Id);

        var notWhole = await RefusedAsync(db => Workflow.ChangeQuantityAsync(db, plan.Id, LineOf(view, Syringe).Id, 35, 0, Equipment));
        Assert.Equal("WholePacks", Assert.Single(notWhole.Errors).Code);
        Assert.Equal([10, "支"], Assert.Single(notWhole.Errors).Arguments);
        var zero = await RefusedAsync(db => Workflow.ChangeQuantityAsync(db, plan.Id, LineOf(view, Gauze).Id, 0, 0, Equipment));
        Assert.Equal("QuantityAtLeastOne", Assert.Single(zero.Errors).Code);

        await using (var db = Db())
        {
            await Workflow.ChangeQuantityAsync(db, plan.Id, LineOf(view, Syringe).Id, 30, 0, Equipment);
        }

        await using (var db = Db())
        {
            await Workflow.RemoveLineAsync(db, plan.Id, LineOf(view, Screw).Id, 1, Equipment);
        }

        await using (var db = Db())
        {
            var orders = await Workflow.ApproveAsync(db, plan.Id, 2, Equipment);
            Assert.DoesNotContain(orders, o => o.SupplierId == SupplierB.Id);
            Assert.Equal(30, orders.Single(o => o.Urgency == Urgency.Urgent).Lines.Single().Quantity);
        }

        var after = await ReadPlanAsync(plan.Id);
        Assert.Equal(PurchasePlanLineStatus.Removed, LineOf(after, Screw).Status);
        Assert.Equal(3, after.Plan.Version);
    }

    [Fact]
    public async Task An_edit_made_on_a_version_someone_else_changed_meanwhile_is_refused()
    {
        var plan = await PlanAsync();
        var line = LineOf(await ReadPlanAsync(plan.Id), Gauze);
        await using (var first = Db())
        {
            await Workflow.ChangeQuantityAsync(first, plan.Id, line.Id, 40, plan.Version, Equipment);
        }

        var stale = await RefusedAsync(db => Workflow.ChangeQuantityAsync(db, plan.Id, line.Id, 50, plan.Version, Equipment));
        var staleApproval = await RefusedAsync(db => Workflow.ApproveAsync(db, plan.Id, plan.Version, Equipment));

        Assert.Equal(WorkflowErrors.ConcurrentEdit, stale.Code);
        Assert.Equal(WorkflowErrors.ConcurrentEdit, staleApproval.Code);
        Assert.Equal(40, LineOf(await ReadPlanAsync(plan.Id), Gauze).Quantity);
    }

    [Fact]
    public async Task Two_people_saving_the_same_version_at_once_do_not_both_succeed()
    {
        var plan = await PlanAsync();
        var line = LineOf(await ReadPlanAsync(plan.Id), Gauze);
        await using var first = Db();
        await using var second = Db();
        var firstPlan = await first.PurchasePlans.Include(p => p.Lines).SingleAsync();
        var secondPlan = await second.PurchasePlans.Include(p => p.Lines).SingleAsync();
        firstPlan.Lines.Single(l => l.Id == line.Id).Quantity = 40;
        firstPlan.Version++;
        await first.SaveChangesAsync();

        secondPlan.Lines.Single(l => l.Id == line.Id).Quantity = 50;
        secondPlan.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task A_decided_plan_can_neither_change_nor_be_decided_again()
    {
        var plan = await PlanAsync();
        await ApproveAsync(plan);
        var line = LineOf(await ReadPlanAsync(plan.Id), Gauze);

        var edit = await RefusedAsync(db => Workflow.ChangeQuantityAsync(db, plan.Id, line.Id, 40, 1, Equipment));
        var reject = await RefusedAsync(db => Workflow.RejectAsync(db, plan.Id, 1, Equipment, "重复"));

        Assert.Equal(WorkflowErrors.WrongStatus, edit.Code);
        Assert.Equal(WorkflowErrors.WrongStatus, reject.Code);
    }

    [Fact]
    public async Task Only_the_equipment_department_decides_on_a_plan()
    {
        var plan = await PlanAsync();
        var admin = new WorkflowActor("admin", new HashSet<string> { Roles.Admin });

        var refusal = await RefusedAsync(db => Workflow.ApproveAsync(db, plan.Id, 0, admin));

        Assert.Equal(WorkflowErrors.WrongRole, refusal.Code);
        Assert.False(PurchasePlanWorkflow.CanDecide(plan, admin));
        Assert.True(PurchasePlanWorkflow.CanDecide(plan, Equipment));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_orders_nothing_and_is_recorded()
    {
        var plan = await PlanAsync();

        var empty = await RefusedAsync(db => Workflow.RejectAsync(db, plan.Id, 0, Equipment, " "));
        Assert.Equal(WorkflowErrors.ReasonRequired, empty.Code);
        await using (var db = Db())
        {
            await Workflow.RejectAsync(db, plan.Id, 0, Equipment, "预算不足，下月采购");
        }

        var view = await ReadPlanAsync(plan.Id);
        Assert.Equal(PurchasePlanStatus.Rejected, view.Plan.Status);
        Assert.Equal("预算不足，下月采购", view.Plan.Comment);
        var step = Assert.Single(view.Steps);
        Assert.Equal((PurchasePlanWorkflow.RejectAction, "Rejected", "预算不足，下月采购"), (step.Action, step.ToStatus, step.Comment));
        await using var check = Db();
        Assert.False(await check.PurchaseOrders.AnyAsync());
    }

    [Fact]
    public async Task A_plan_with_every_line_removed_cannot_be_approved()
    {
        await SetAsync(Central, Gauze, safety: 0, reorder: 20, max: 60);
        var plan = await SinglePlanAsync();
        await using (var db = Db())
        {
            await Workflow.RemoveLineAsync(db, plan.Id, plan.Lines.Single().Id, 0, Equipment);
        }

        var refusal = await RefusedAsync(db => Workflow.ApproveAsync(db, plan.Id, 1, Equipment));

        Assert.Equal(WorkflowErrors.NoOpenLines, refusal.Code);
    }
}
