using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

public sealed record RequisitionLineDraft(int ItemId, int Quantity);

/// <summary>What the department keeper enters: a new requisition (no <see cref="Id"/>) or the draft as the screen showed it.</summary>
public sealed record RequisitionDraft
{
    public int? Id { get; init; }

    public int Version { get; init; }

    public required RequisitionKind Kind { get; init; }

    public required int DepartmentId { get; init; }

    public required int WarehouseId { get; init; }

    public DispatchPriority Priority { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<RequisitionLineDraft> Lines { get; init; } = [];
}

public enum RequisitionAction
{
    Edit,
    Submit,

    /// <summary>Turns a temporary request the quota blocks into an over-quota request for the equipment department.</summary>
    RequestOverQuota,

    Approve,
    Reject,
    Cancel,
}

/// <summary>
/// 科室申领 (DOMAIN.md §4.6) as the departments raise them: temporary requests (reason, normal or emergency),
/// over-quota requests and monthly plans, which the equipment department approves — possibly cutting each
/// line's approved quantity against stock — or rejects. Fixed-quantity requisitions are raised by
/// <see cref="FixedQuantityReplenishment"/>. A requisition reaches the warehouse as <see cref="RequisitionStatus.Submitted"/>
/// with its <see cref="Requisition.SubmittedUtc"/>; waves pick it from there. Each action checks status, role and
/// person (nobody approves their own request), and the version the screen showed; each decision is a
/// <see cref="WorkflowStep"/>; each action saves once.
/// </summary>
public sealed class Requisitions(TimeProvider clock, RequisitionOptions options)
{
    public const string NoLines = "RequisitionNoLines";
    public const string UnknownItem = "RequisitionUnknownItem";
    public const string DuplicateItem = "RequisitionDuplicateItem";
    public const string ItemNotAvailable = "RequisitionItemNotActive";
    public const string NotDepartmentWarehouse = "RequisitionNotDepartmentWarehouse";
    public const string ReasonRequired = "RequisitionReasonRequired";
    public const string PlanDeadlinePassed = "MonthlyPlanDeadlinePassed";
    public const string ApprovedAboveRequested = "RequisitionApprovedAboveRequested";
    public const string NothingApproved = "RequisitionNothingApproved";
    public const string NotRaisedByHand = "RequisitionNotRaisedByHand";

    public const int MaxReasonLength = 500;

    /// <summary>The <see cref="WorkflowStep.Action"/> each action records (screens translate <c>Workflow.Action.{name}</c>).</summary>
    public static string StepName(RequisitionAction action) => action switch
    {
        RequisitionAction.Submit => "SubmitRequisition",
        RequisitionAction.Approve => "ApproveRequisition",
        RequisitionAction.Cancel => "CancelRequisition",
        _ => action.ToString(),
    };

    private readonly BusinessCalendar calendar = new(clock);

    /// <summary>The first day of the month a monthly plan entered today is for: next month.</summary>
    public DateOnly PlanMonth => QuotaCheck.FirstOfMonth(calendar.Today).AddMonths(1);

    /// <summary>The last day on which next month's plan may be submitted.</summary>
    public DateOnly PlanDeadline => QuotaCheck.FirstOfMonth(calendar.Today).AddDays(options.MonthlyPlanDeadlineDay - 1);

    /// <summary>The actions this actor may take on the requisition now, for the screens' buttons.</summary>
    public static IReadOnlyList<RequisitionAction> Allowed(Requisition requisition, WorkflowActor actor) =>
        [.. Enum.GetValues<RequisitionAction>().Where(a => Refusal(requisition, a, actor) is null)];

    /// <summary>Why the actor may not take the action now, or null when they may.</summary>
    public static WorkflowRefusal? Refusal(Requisition requisition, RequisitionAction action, WorkflowActor actor)
    {
        RequisitionStatus[] expected = action switch
        {
            RequisitionAction.Edit or RequisitionAction.Submit or RequisitionAction.RequestOverQuota => [RequisitionStatus.Draft],
            RequisitionAction.Approve or RequisitionAction.Reject => [RequisitionStatus.PendingApproval],
            RequisitionAction.Cancel => [RequisitionStatus.Draft, RequisitionStatus.PendingApproval, RequisitionStatus.Submitted],
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (!expected.Contains(requisition.Status))
        {
            return new(WorkflowErrors.WrongStatus, $"{action} is not possible while requisition {requisition.No} is {requisition.Status}.");
        }

        if (action == RequisitionAction.RequestOverQuota && requisition.Kind != RequisitionKind.Temporary)
        {
            return new(WorkflowErrors.WrongStatus, $"Only a temporary requisition can become an over-quota request; {requisition.No} is {requisition.Kind}.");
        }

        if (action is RequisitionAction.Approve or RequisitionAction.Reject)
        {
            if (!actor.IsIn(Roles.EquipmentDept))
            {
                return new(WorkflowErrors.WrongRole, $"{actor.UserName} may not decide on requisition {requisition.No}: {Roles.EquipmentDept} does.");
            }

            // 决策权、执行权、监督权分离: whoever asked does not approve.
            return string.Equals(actor.UserName, requisition.RequestedBy, StringComparison.OrdinalIgnoreCase)
                ? new(WorkflowErrors.SelfApproval, $"{actor.UserName} raised requisition {requisition.No} and may not decide on it.")
                : null;
        }

        if (!actor.IsIn(Roles.DepartmentKeeper))
        {
            return new(WorkflowErrors.WrongRole, $"{actor.UserName} may not {action} requisition {requisition.No}: the department's keeper does.");
        }

        return actor.DepartmentId != requisition.DepartmentId
            ? new(WorkflowErrors.NoDepartment, $"{actor.UserName} does not belong to the department of requisition {requisition.No}.")
            : null;
    }

    /// <summary>Saves a new draft or changes one: kind, warehouse, priority, reason and lines (each item once, a positive quantity, active).</summary>
    public async Task<Requisition> SaveDraftAsync(SpdDbContext db, RequisitionDraft draft, WorkflowActor actor, CancellationToken ct = default)
    {
        if (draft.Kind == RequisitionKind.FixedQuantity)
        {
            throw new WorkflowException(NotRaisedByHand, "Fixed-quantity requisitions are raised by the replenishment run, not by hand.");
        }

        Requisition requisition;
        if (draft.Id is { } id)
        {
            requisition = await LoadAsync(db, id, draft.Version, ct);
            Check(requisition, RequisitionAction.Edit, actor);
        }
        else
        {
            requisition = new Requisition
            {
                No = "",
                DepartmentId = draft.DepartmentId,
                RequestedBy = actor.UserName,
                CreatedUtc = calendar.UtcNow,
                Status = RequisitionStatus.Draft,
            };
            Check(requisition, RequisitionAction.Edit, actor);
        }

        // A draft stays with the department it was raised for, whatever the screen sends.
        var items = await ItemsAsync(db, draft.Lines, ct);
        var errors = Validate(draft, items);
        var supplying = await SupplyingWarehouseAsync(db, requisition.DepartmentId, draft.WarehouseId, ct);
        if (supplying is null)
        {
            errors.Add(new ValidationError(nameof(RequisitionDraft.WarehouseId), NotDepartmentWarehouse, "Choose a secondary warehouse of the department that a central warehouse supplies."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        if (draft.Kind == RequisitionKind.MonthlyPlan)
        {
            CheckPlanDeadline();
        }

        requisition.Kind = draft.Kind;
        requisition.WarehouseId = draft.WarehouseId;
        requisition.SupplyingWarehouseId = supplying!.Value;
        requisition.Priority = draft.Kind == RequisitionKind.MonthlyPlan ? DispatchPriority.Normal : draft.Priority;
        requisition.Reason = string.IsNullOrWhiteSpace(draft.Reason) ? null : draft.Reason.Trim();
        requisition.ForMonth = ForMonth(draft.Kind);
        MergeLines(requisition, draft.Lines);
        if (requisition.Id == 0)
        {
            requisition.No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Requisition, calendar.Today, ct);
            db.Requisitions.Add(requisition);
        }

        await SaveAsync(db, requisition, ct);
        return requisition;
    }

    /// <summary>
    /// Submits a draft. A temporary request goes to the warehouse unless it would take a quota above its limit
    /// (<see cref="QuotaCheck.QuotaExceeded"/>: the keeper may then ask over quota); a monthly plan, checked against
    /// next month's quotas and the plan deadline, and an over-quota request go to the equipment department.
    /// </summary>
    public async Task<Requisition> SubmitAsync(SpdDbContext db, int requisitionId, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        var requisition = await LoadAsync(db, requisitionId, expectedVersion, ct);
        Check(requisition, RequisitionAction.Submit, actor);
        await CheckSubmittableAsync(db, requisition, ct);
        if (requisition.Kind == RequisitionKind.MonthlyPlan)
        {
            CheckPlanDeadline();
        }

        if (requisition.Kind != RequisitionKind.OverQuota)
        {
            var blocks = QuotaCheck.Blocks(await QuotaAsync(db, requisition, ct));
            if (blocks.Count > 0)
            {
                throw new WorkflowException(QuotaCheck.QuotaExceeded, $"Requisition {requisition.No} would take the department above its quota.", blocks);
            }
        }

        var to = requisition.Kind == RequisitionKind.Temporary ? RequisitionStatus.Submitted : RequisitionStatus.PendingApproval;
        Step(db, requisition, RequisitionAction.Submit, to, actor, Roles.DepartmentKeeper, null);
        await SaveAsync(db, requisition, ct);
        return requisition;
    }

    /// <summary>超额申领: the temporary draft becomes an over-quota request for this month and goes to the equipment department.</summary>
    public async Task<Requisition> RequestOverQuotaAsync(SpdDbContext db, int requisitionId, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        var requisition = await LoadAsync(db, requisitionId, expectedVersion, ct);
        Check(requisition, RequisitionAction.RequestOverQuota, actor);
        await CheckSubmittableAsync(db, requisition, ct);
        requisition.Kind = RequisitionKind.OverQuota;
        requisition.ForMonth = ForMonth(RequisitionKind.OverQuota);
        Step(db, requisition, RequisitionAction.RequestOverQuota, RequisitionStatus.PendingApproval, actor, Roles.DepartmentKeeper, null);
        await SaveAsync(db, requisition, ct);
        return requisition;
    }

    /// <summary>
    /// The equipment department approves a request waiting for it; it may approve less than asked on a line
    /// (<paramref name="approvedQuantities"/> by line id, 0 drops the line from the dispatch). The requisition goes to
    /// the warehouse; a monthly plan is scheduled for the first day of its month.
    /// </summary>
    public async Task<Requisition> ApproveAsync(
        SpdDbContext db, int requisitionId, int expectedVersion, WorkflowActor actor, string? comment = null,
        IReadOnlyDictionary<long, int>? approvedQuantities = null, CancellationToken ct = default)
    {
        var requisition = await LoadAsync(db, requisitionId, expectedVersion, ct);
        Check(requisition, RequisitionAction.Approve, actor);
        var errors = new List<ValidationError>();
        foreach (var line in requisition.Lines)
        {
            var approved = approvedQuantities is not null && approvedQuantities.TryGetValue(line.Id, out var cut) ? cut : line.Quantity;
            if (approved < 0 || approved > line.Quantity)
            {
                errors.Add(new ValidationError($"Lines[{line.Id}]", ApprovedAboveRequested, "Approve between 0 and the {0} asked for.", line.Quantity));
            }

            line.ApprovedQuantity = approved;
        }

        if (errors.Count == 0 && requisition.Lines.All(l => l.ApprovedQuantity == 0))
        {
            errors.Add(new ValidationError("Lines", NothingApproved, "Nothing is left to dispatch; reject the request instead."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        requisition.ApprovedBy = actor.UserName;
        requisition.ApprovedUtc = calendar.UtcNow;
        if (requisition.Kind == RequisitionKind.MonthlyPlan)
        {
            requisition.ScheduledDate = requisition.ForMonth;
        }

        Step(db, requisition, RequisitionAction.Approve, RequisitionStatus.Submitted, actor, Roles.EquipmentDept, comment);
        await SaveAsync(db, requisition, ct);
        return requisition;
    }

    public async Task RejectAsync(SpdDbContext db, int requisitionId, int expectedVersion, WorkflowActor actor, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A rejection needs a reason.");
        }

        var requisition = await LoadAsync(db, requisitionId, expectedVersion, ct);
        Check(requisition, RequisitionAction.Reject, actor);
        Step(db, requisition, RequisitionAction.Reject, RequisitionStatus.Rejected, actor, Roles.EquipmentDept, reason);
        await SaveAsync(db, requisition, ct);
    }

    /// <summary>The department withdraws a requisition the warehouse has not put into a wave yet.</summary>
    public async Task CancelAsync(SpdDbContext db, int requisitionId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken ct = default)
    {
        var requisition = await LoadAsync(db, requisitionId, expectedVersion, ct);
        Check(requisition, RequisitionAction.Cancel, actor);
        Step(db, requisition, RequisitionAction.Cancel, RequisitionStatus.Cancelled, actor, Roles.DepartmentKeeper, comment);
        await SaveAsync(db, requisition, ct);
    }

    /// <summary>The quotas of the requisition's month with its lines added (as asked for while a draft, as approved afterwards).</summary>
    public async Task<IReadOnlyList<QuotaUsage>> QuotaAsync(SpdDbContext db, Requisition requisition, CancellationToken ct = default)
    {
        var itemIds = requisition.Lines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var counted = QuotaCheck.Counted.Contains(requisition.Status);
        IReadOnlyList<QuotaLine> lines = [.. requisition.Lines.Where(l => items.ContainsKey(l.ItemId))
            .Select(l => new QuotaLine(l.ItemId, items[l.ItemId].Category, items[l.ItemId].UnitPrice, counted ? l.ApprovedQuantity : l.Quantity))];
        var month = requisition.ForMonth ?? ForMonth(requisition.Kind) ?? QuotaCheck.MonthOf(requisition, calendar);
        return await QuotaCheck.UsageAsync(db, requisition.DepartmentId, month, lines, requisition.Id == 0 ? null : requisition.Id, calendar, options, ct);
    }

    /// <summary>A monthly plan is for next month, an over-quota request for this one; other kinds count in the month they are submitted.</summary>
    private DateOnly? ForMonth(RequisitionKind kind) => kind switch
    {
        RequisitionKind.MonthlyPlan => PlanMonth,
        RequisitionKind.OverQuota => QuotaCheck.FirstOfMonth(calendar.Today),
        _ => null,
    };

    private void CheckPlanDeadline()
    {
        if (calendar.Today > PlanDeadline)
        {
            var error = new ValidationError(nameof(Requisition.ForMonth), PlanDeadlinePassed, "Plans for {0} were due by {1}; raise a temporary requisition instead.",
                PlanMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), PlanDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            throw new WorkflowException(PlanDeadlinePassed, string.Format(CultureInfo.InvariantCulture, error.Message, error.Arguments), [error]);
        }
    }

    /// <summary>The lines may have become unavailable since the draft was saved (an item suspended, a warehouse closed).</summary>
    private async Task CheckSubmittableAsync(SpdDbContext db, Requisition requisition, CancellationToken ct)
    {
        var draft = new RequisitionDraft
        {
            Kind = requisition.Kind,
            DepartmentId = requisition.DepartmentId,
            WarehouseId = requisition.WarehouseId,
            Reason = requisition.Reason,
            Lines = [.. requisition.Lines.Select(l => new RequisitionLineDraft(l.ItemId, l.Quantity))],
        };
        var errors = Validate(draft, await ItemsAsync(db, draft.Lines, ct));
        if (await SupplyingWarehouseAsync(db, requisition.DepartmentId, requisition.WarehouseId, ct) is null)
        {
            errors.Add(new ValidationError(nameof(RequisitionDraft.WarehouseId), NotDepartmentWarehouse, "Choose a secondary warehouse of the department that a central warehouse supplies."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }
    }

    private static List<ValidationError> Validate(RequisitionDraft draft, IReadOnlyDictionary<int, Item> items)
    {
        var errors = new List<ValidationError>();
        if ((draft.Kind is RequisitionKind.Temporary or RequisitionKind.OverQuota) && string.IsNullOrWhiteSpace(draft.Reason))
        {
            errors.Add(new ValidationError(nameof(RequisitionDraft.Reason), ReasonRequired, "Say why the stock is needed before the next delivery."));
        }
        else if (draft.Reason?.Trim().Length > MaxReasonLength)
        {
            errors.Add(new ValidationError(nameof(RequisitionDraft.Reason), "TooLong", "At most {0} characters.", MaxReasonLength));
        }

        if (draft.Lines.Count == 0)
        {
            errors.Add(new ValidationError(nameof(RequisitionDraft.Lines), NoLines, "Add at least one item."));
        }

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var field = $"Lines[{i}]";
            if (!items.TryGetValue(line.ItemId, out var item))
            {
                errors.Add(new ValidationError(field, UnknownItem, "Choose an item."));
            }
            else if (item.Status != ItemStatus.Active)
            {
                errors.Add(new ValidationError(field, ItemNotAvailable, "{0} is not an active, admitted item.", item.Name));
            }
            else if (draft.Lines.Take(i).Any(l => l.ItemId == line.ItemId))
            {
                errors.Add(new ValidationError(field, DuplicateItem, "{0} is on the requisition twice; put the whole quantity on one line.", item.Name));
            }

            if (line.Quantity <= 0)
            {
                errors.Add(new ValidationError(field, "QuantityAtLeastOne", "The quantity is at least one."));
            }
        }

        return errors;
    }

    private static async Task<IReadOnlyDictionary<int, Item>> ItemsAsync(SpdDbContext db, IEnumerable<RequisitionLineDraft> lines, CancellationToken ct)
    {
        var ids = lines.Select(l => l.ItemId).Distinct().ToList();
        return await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
    }

    /// <summary>The central warehouse supplying <paramref name="warehouseId"/>, when that is an active secondary warehouse of the department.</summary>
    private static Task<int?> SupplyingWarehouseAsync(SpdDbContext db, int departmentId, int warehouseId, CancellationToken ct) =>
        db.Warehouses.AsNoTracking()
            .Where(w => w.Id == warehouseId && w.IsActive && w.Kind == WarehouseKind.Secondary && w.OwnerDepartmentId == departmentId)
            .Select(w => w.SupplyingWarehouseId)
            .FirstOrDefaultAsync(ct);

    /// <summary>Changes lines in place, so that an item kept on the draft keeps its row (one row per item and requisition).</summary>
    private static void MergeLines(Requisition requisition, IReadOnlyList<RequisitionLineDraft> lines)
    {
        requisition.Lines.RemoveAll(l => lines.All(d => d.ItemId != l.ItemId));
        foreach (var draft in lines)
        {
            var line = requisition.Lines.FirstOrDefault(l => l.ItemId == draft.ItemId);
            if (line is null)
            {
                requisition.Lines.Add(new RequisitionLine { ItemId = draft.ItemId, Quantity = draft.Quantity });
            }
            else
            {
                line.Quantity = draft.Quantity;
            }
        }
    }

    private void Step(SpdDbContext db, Requisition requisition, RequisitionAction action, RequisitionStatus to, WorkflowActor actor, string role, string? comment)
    {
        var now = calendar.UtcNow;
        var from = requisition.Status;
        requisition.Status = to;
        if (to == RequisitionStatus.Submitted)
        {
            requisition.SubmittedUtc = now;
            if (action == RequisitionAction.Submit)
            {
                foreach (var line in requisition.Lines)
                {
                    line.ApprovedQuantity = line.Quantity;
                }
            }
        }

        db.WorkflowSteps.Add(new WorkflowStep
        {
            RequisitionId = requisition.Id,
            Action = StepName(action),
            FromStatus = from.ToString(),
            ToStatus = to.ToString(),
            UserName = actor.UserName,
            Role = role,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            AtUtc = now,
        });
    }

    private static void Check(Requisition requisition, RequisitionAction action, WorkflowActor actor)
    {
        if (Refusal(requisition, action, actor) is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private static async Task<Requisition> LoadAsync(SpdDbContext db, int requisitionId, int expectedVersion, CancellationToken ct)
    {
        var requisition = await db.Requisitions.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == requisitionId, ct)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Requisition {requisitionId} does not exist.");
        return requisition.Version == expectedVersion ? requisition : throw Concurrent(requisition);
    }

    private static async Task SaveAsync(SpdDbContext db, Requisition requisition, CancellationToken ct)
    {
        requisition.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the requisition, or of the day's document sequence.
            throw Concurrent(requisition);
        }
    }

    private static WorkflowException Concurrent(Requisition requisition) =>
        new(WorkflowErrors.ConcurrentEdit, $"Someone else changed requisition {requisition.No} meanwhile; reload it and try again.");
}
