using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Purchasing;

/// <summary>
/// The equipment department's decision on a purchase plan (DOMAIN.md §4.2): while it waits for approval
/// it may change quantities and take lines out; then it approves or rejects, and each decision is a
/// <see cref="WorkflowStep"/>. Every action names the plan <see cref="PurchasePlan.Version"/> the screen
/// showed, so that two people deciding on the same plan cannot both succeed. The plan is computed by the
/// system, not requested by a person, so whoever pressed "generate" may approve it.
/// </summary>
public sealed class PurchasePlanWorkflow(TimeProvider clock)
{
    public const string ApproveAction = "ApprovePlan";
    public const string RejectAction = "Reject";
    public const string OrderPublishedMessage = "Notification.PurchaseOrderPublished";

    private readonly BusinessCalendar calendar = new(clock);

    /// <summary>Whether the actor may edit, approve or reject the plan now (the screen's buttons).</summary>
    public static bool CanDecide(PurchasePlan plan, WorkflowActor actor) =>
        plan.Status == PurchasePlanStatus.PendingApproval && actor.IsIn(Roles.EquipmentDept);

    /// <summary>Sets a line's quantity: at least one pack, in whole packs of the item.</summary>
    public async Task ChangeQuantityAsync(SpdDbContext db, int planId, long lineId, int quantity, int expectedVersion, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var plan = await LoadAsync(db, planId, expectedVersion, actor, withCertificates: false, cancellationToken);
        var line = OpenLine(plan, lineId);
        var pack = Math.Max(1, line.Item!.PackQuantity);
        var error = quantity switch
        {
            < 1 => new ValidationError(nameof(PurchasePlanLine.Quantity), "QuantityAtLeastOne", "The quantity is at least one."),
            _ when quantity % pack != 0 => new ValidationError(nameof(PurchasePlanLine.Quantity), "WholePacks",
                $"Order whole packs of {pack} {line.Item.Unit}.", pack, line.Item.Unit),
            _ => null,
        };
        if (error is not null)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, error.Message, [error]);
        }

        line.Quantity = quantity;
        await SaveAsync(db, plan, cancellationToken);
    }

    /// <summary>Takes a line out of the plan: it will not be ordered.</summary>
    public async Task RemoveLineAsync(SpdDbContext db, int planId, long lineId, int expectedVersion, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var plan = await LoadAsync(db, planId, expectedVersion, actor, withCertificates: false, cancellationToken);
        OpenLine(plan, lineId).Status = PurchasePlanLineStatus.Removed;
        await SaveAsync(db, plan, cancellationToken);
    }

    /// <summary>
    /// Approves the plan. Each open line whose item may not be ordered today (<see cref="CertificateCheck.ItemProblems"/>:
    /// blacklisted supplier, missing or expired licences, authorisation or registration) is refused with its first
    /// problem; the rest become purchase orders, one per supplier × urgency, due 8 h or 24 h after approval and
    /// published to the supplier with a notification. One save.
    /// </summary>
    /// <returns>The orders published.</returns>
    public async Task<IReadOnlyList<PurchaseOrder>> ApproveAsync(
        SpdDbContext db, int planId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default)
    {
        var plan = await LoadAsync(db, planId, expectedVersion, actor, withCertificates: true, cancellationToken);
        var open = plan.Lines.Where(l => l.Status == PurchasePlanLineStatus.Open).ToList();
        if (open.Count == 0)
        {
            throw new WorkflowException(WorkflowErrors.NoOpenLines, $"Plan {plan.No} has no lines left to order; reject it instead.");
        }

        var today = calendar.Today;
        var now = calendar.UtcNow;
        var eligible = new List<PurchasePlanLine>();
        foreach (var line in open)
        {
            if (CertificateCheck.ItemProblems(line.Item!, today) is [var problem, ..])
            {
                line.Status = PurchasePlanLineStatus.Refused;
                line.RefusalCode = problem.Code;
                line.RefusalArguments = JsonSerializer.Serialize(problem.Arguments);
            }
            else
            {
                // Ordered from the item's main supplier as it is at approval.
                line.SupplierId = line.Item!.SupplierId;
                eligible.Add(line);
            }
        }

        var orders = new List<PurchaseOrder>();
        foreach (var group in eligible.GroupBy(l => (l.SupplierId, l.Urgency)).OrderBy(g => g.Key.SupplierId).ThenByDescending(g => g.Key.Urgency))
        {
            var (supplierId, urgency) = group.Key;
            var order = new PurchaseOrder
            {
                No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchaseOrder, today, cancellationToken),
                SupplierId = supplierId,
                WarehouseId = plan.WarehouseId,
                PurchasePlanId = plan.Id,
                Urgency = urgency,
                Status = PurchaseOrderStatus.Published,
                CreatedUtc = now,
                DueUtc = now + PurchasePlanner.DeliveryTime(urgency),
                ChangedUtc = now,
                Lines = [.. group.OrderBy(l => l.Item!.Code).Select(l => new PurchaseOrderLine { ItemId = l.ItemId, Quantity = l.Quantity, UnitPrice = l.Item!.UnitPrice })],
            };
            db.PurchaseOrders.Add(order);
            // The order has only a temporary key until the save; EF puts the real one into the plan lines then.
            var orderKey = db.Entry(order).Property(o => o.Id).CurrentValue;
            foreach (var line in group)
            {
                line.Status = PurchasePlanLineStatus.Ordered;
                db.Entry(line).Property(l => l.PurchaseOrderId).CurrentValue = orderKey;
            }

            db.Notifications.Add(new Notification
            {
                CreatedUtc = now,
                Audience = NotificationAudience.Supplier,
                SupplierId = supplierId,
                MessageKey = OrderPublishedMessage,
                Arguments = JsonSerializer.Serialize(new[]
                {
                    order.No, plan.Warehouse!.Name, calendar.ToLocal(order.DueUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), $"{nameof(Urgency)}.{urgency}",
                }),
                DedupKey = order.No,
            });
            orders.Add(order);
        }

        Decide(db, plan, PurchasePlanStatus.Approved, ApproveAction, actor, comment, now);
        await SaveAsync(db, plan, cancellationToken);
        return orders;
    }

    /// <summary>Rejects the plan with a reason; its lines no longer count as on order, so the next run plans the demand again.</summary>
    public async Task RejectAsync(SpdDbContext db, int planId, int expectedVersion, WorkflowActor actor, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A rejection needs a reason.");
        }

        var plan = await LoadAsync(db, planId, expectedVersion, actor, withCertificates: false, cancellationToken);
        Decide(db, plan, PurchasePlanStatus.Rejected, RejectAction, actor, reason, calendar.UtcNow);
        await SaveAsync(db, plan, cancellationToken);
    }

    private static void Decide(SpdDbContext db, PurchasePlan plan, PurchasePlanStatus to, string action, WorkflowActor actor, string? comment, DateTime now)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        plan.Status = to;
        plan.DecidedUtc = now;
        plan.DecidedBy = actor.UserName;
        plan.Comment = text;
        db.WorkflowSteps.Add(new WorkflowStep
        {
            PurchasePlanId = plan.Id,
            Action = action,
            FromStatus = nameof(PurchasePlanStatus.PendingApproval),
            ToStatus = to.ToString(),
            UserName = actor.UserName,
            Role = Roles.EquipmentDept,
            Comment = text,
            AtUtc = now,
        });
    }

    private static PurchasePlanLine OpenLine(PurchasePlan plan, long lineId) =>
        plan.Lines.FirstOrDefault(l => l.Id == lineId && l.Status == PurchasePlanLineStatus.Open)
        ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Plan {plan.No} has no open line {lineId}.");

    private static async Task<PurchasePlan> LoadAsync(
        SpdDbContext db, int planId, int expectedVersion, WorkflowActor actor, bool withCertificates, CancellationToken cancellationToken)
    {
        var plans = db.PurchasePlans.Include(p => p.Warehouse).Include(p => p.Lines).ThenInclude(l => l.Item).AsSplitQuery();
        if (withCertificates)
        {
            plans = plans
                .Include(p => p.Lines).ThenInclude(l => l.Item!).ThenInclude(i => i.Supplier!)
                    .ThenInclude(s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
                .Include(p => p.Lines).ThenInclude(l => l.Item!).ThenInclude(i => i.Manufacturer!)
                    .ThenInclude(m => m.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded));
        }

        var plan = await plans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Purchase plan {planId} does not exist.");
        if (!actor.IsIn(Roles.EquipmentDept))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not decide on purchase plan {plan.No}: {Roles.EquipmentDept} does.");
        }

        if (plan.Status != PurchasePlanStatus.PendingApproval)
        {
            throw new WorkflowException(WorkflowErrors.WrongStatus, $"Purchase plan {plan.No} is {plan.Status}; only a plan waiting for approval can change.");
        }

        if (plan.Version != expectedVersion)
        {
            throw Concurrent(plan);
        }

        return plan;
    }

    private static async Task SaveAsync(SpdDbContext db, PurchasePlan plan, CancellationToken cancellationToken)
    {
        plan.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Concurrent(plan);
        }
    }

    private static WorkflowException Concurrent(PurchasePlan plan) =>
        new(WorkflowErrors.ConcurrentEdit, $"Someone else changed purchase plan {plan.No} meanwhile; reload it and decide again.");
}
