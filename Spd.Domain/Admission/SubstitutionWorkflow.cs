using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Admission;

public enum SubstitutionAction
{
    /// <summary>The equipment department approves without the committee.</summary>
    Approve,

    /// <summary>The equipment department decides the committee must approve.</summary>
    SendToCommittee,

    CommitteeApprove,
    Reject,
}

/// <summary>
/// 商品替代 (DOMAIN.md §4.1): a supplier (for its own items) or the equipment department proposes
/// old → new; the equipment department approves directly or sends it to the committee. On approval
/// the old item is replaced and the new one is active.
/// </summary>
public sealed class SubstitutionWorkflow(TimeProvider clock)
{
    public const string ProposeAction = "Propose";

    public static IReadOnlyList<SubstitutionAction> Allowed(Substitution substitution, WorkflowActor actor) =>
        [.. Enum.GetValues<SubstitutionAction>().Where(action => Refusal(substitution, action, actor) is null)];

    public static WorkflowRefusal? Refusal(Substitution substitution, SubstitutionAction action, WorkflowActor actor)
    {
        var (status, role) = action switch
        {
            SubstitutionAction.Approve or SubstitutionAction.SendToCommittee => (SubstitutionStatus.Proposed, Roles.EquipmentDept),
            SubstitutionAction.CommitteeApprove => (SubstitutionStatus.CommitteeReview, Roles.AdmissionCommittee),
            SubstitutionAction.Reject => substitution.Status == SubstitutionStatus.CommitteeReview
                ? (SubstitutionStatus.CommitteeReview, Roles.AdmissionCommittee)
                : (SubstitutionStatus.Proposed, Roles.EquipmentDept),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (substitution.Status != status)
        {
            return new(WorkflowErrors.WrongStatus, $"{action} is not possible while substitution {substitution.Id} is {substitution.Status}.");
        }

        if (!actor.IsIn(role))
        {
            return new(WorkflowErrors.WrongRole, $"{actor.UserName} may not {action} substitution {substitution.Id}: {role} does.");
        }

        if (string.Equals(actor.UserName, substitution.ProposedBy, StringComparison.OrdinalIgnoreCase))
        {
            return new(WorkflowErrors.SelfApproval, $"{actor.UserName} proposed substitution {substitution.Id} and may not decide it.");
        }

        return null;
    }

    public async Task<Substitution> ProposeAsync(SpdDbContext db, int oldItemId, int newItemId, string reason, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var supplier = actor.IsIn(Roles.Supplier);
        if (!supplier && !actor.IsIn(Roles.EquipmentDept))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not propose a substitution: the equipment department or a supplier does.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A substitution needs a reason.");
        }

        var items = await db.Items.Where(i => i.Id == oldItemId || i.Id == newItemId).ToDictionaryAsync(i => i.Id, cancellationToken);
        if (oldItemId == newItemId || !items.TryGetValue(oldItemId, out var oldItem) || !items.TryGetValue(newItemId, out var newItem))
        {
            throw new WorkflowException(WorkflowErrors.Invalid, "Choose two different existing items.");
        }

        if (supplier && (actor.SupplierId is not { } own || oldItem.SupplierId != own || newItem.SupplierId != own))
        {
            throw new WorkflowException(WorkflowErrors.NotOwnItems, $"Supplier user {actor.UserName} may only substitute its own company's items.");
        }

        if (oldItem.Status != ItemStatus.Active || newItem.Status is ItemStatus.Draft or ItemStatus.Replaced)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, $"Item {oldItem.Code} must be active and item {newItem.Code} admitted and not replaced.");
        }

        if (await db.Substitutions.AnyAsync(s => s.OldItemId == oldItemId && (s.Status == SubstitutionStatus.Proposed || s.Status == SubstitutionStatus.CommitteeReview), cancellationToken))
        {
            throw new WorkflowException(WorkflowErrors.Invalid, $"Item {oldItem.Code} already has an open substitution.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var substitution = new Substitution
        {
            OldItemId = oldItemId,
            NewItemId = newItemId,
            Reason = reason.Trim(),
            ProposedBy = actor.UserName,
            ProposingSupplierId = supplier ? actor.SupplierId : null,
            ProposedUtc = now,
        };
        substitution.Steps.Add(Step(ProposeAction, SubstitutionStatus.Proposed, SubstitutionStatus.Proposed, actor, supplier ? Roles.Supplier : Roles.EquipmentDept, null));
        db.Substitutions.Add(substitution);
        await db.SaveChangesAsync(cancellationToken);
        return substitution;
    }

    /// <summary>The equipment department's decision: approve directly, or send to the committee (new specification, price change, clinical impact).</summary>
    public Task DecideAsync(SpdDbContext db, int substitutionId, bool needsCommittee, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        needsCommittee
            ? ActAsync(db, substitutionId, SubstitutionAction.SendToCommittee, actor, comment, cancellationToken)
            : ActAsync(db, substitutionId, SubstitutionAction.Approve, actor, comment, cancellationToken);

    public Task CommitteeApproveAsync(SpdDbContext db, int substitutionId, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ActAsync(db, substitutionId, SubstitutionAction.CommitteeApprove, actor, comment, cancellationToken);

    public Task RejectAsync(SpdDbContext db, int substitutionId, WorkflowActor actor, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A rejection needs a reason.");
        }

        return ActAsync(db, substitutionId, SubstitutionAction.Reject, actor, reason, cancellationToken);
    }

    public static Task<Substitution?> FindAsync(SpdDbContext db, int substitutionId, CancellationToken cancellationToken = default) =>
        db.Substitutions
            .Include(s => s.OldItem).ThenInclude(i => i!.Supplier)
            .Include(s => s.NewItem).ThenInclude(i => i!.Supplier)
            .Include(s => s.Steps)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == substitutionId, cancellationToken);

    private async Task ActAsync(SpdDbContext db, int substitutionId, SubstitutionAction action, WorkflowActor actor, string? comment, CancellationToken cancellationToken)
    {
        var substitution = await FindAsync(db, substitutionId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Substitution {substitutionId} does not exist.");
        if (Refusal(substitution, action, actor) is { } refusal)
        {
            throw refusal.ToException();
        }

        var to = action switch
        {
            SubstitutionAction.SendToCommittee => SubstitutionStatus.CommitteeReview,
            SubstitutionAction.Reject => SubstitutionStatus.Rejected,
            _ => SubstitutionStatus.Approved,
        };
        var role = substitution.Status == SubstitutionStatus.CommitteeReview ? Roles.AdmissionCommittee : Roles.EquipmentDept;
        substitution.Steps.Add(Step(action.ToString(), substitution.Status, to, actor, role, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()));
        substitution.Status = to;
        if (to == SubstitutionStatus.Approved)
        {
            substitution.OldItem!.Status = ItemStatus.Replaced;
            substitution.NewItem!.Status = ItemStatus.Active;
            // Departments' pack sizes and fixed quantities move from the old item to the new one here,
            // in this same save, once those entities exist (department replenishment, DOMAIN.md §4.6).
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private WorkflowStep Step(string action, SubstitutionStatus from, SubstitutionStatus to, WorkflowActor actor, string role, string? comment) => new()
    {
        Action = action,
        FromStatus = from.ToString(),
        ToStatus = to.ToString(),
        UserName = actor.UserName,
        Role = role,
        Comment = comment,
        AtUtc = clock.GetUtcNow().UtcDateTime,
    };
}
