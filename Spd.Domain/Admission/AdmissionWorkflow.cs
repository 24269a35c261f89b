using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Admission;

public enum AdmissionAction
{
    HeadApprove,
    EquipmentReview,
    CommitteeApprove,
    CreateItem,
    SetChargeCode,
    SetNationalCode,
    Reject,
    Withdraw,
}

/// <summary>What a department fills in when it applies for a new item.</summary>
public sealed record AdmissionApplication
{
    public string ItemName { get; init; } = "";

    public string Specification { get; init; } = "";

    public string? Model { get; init; }

    public string? ManufacturerName { get; init; }

    public int? SupplierId { get; init; }

    public ItemCategory Category { get; init; } = ItemCategory.LowValueCharged;

    public string Reason { get; init; } = "";

    public int ExpectedAnnualQuantity { get; init; }

    public decimal EstimatedUnitPrice { get; init; }

    public int? ReplacesItemId { get; init; }
}

public sealed record WorkflowRefusal(string Code, string Message)
{
    public WorkflowException ToException() => new(Code, Message);
}

/// <summary>
/// 新进耗材准入 (DOMAIN.md §4.1): department → head → equipment department → committee → item
/// created → charge code → national code → active. Each step has its own role, nobody approves
/// their own request, and an approver does not also take the next approval (决策权、执行权、监督权分离).
/// Every action checks status, role and person, writes a <see cref="WorkflowStep"/> and saves once.
/// </summary>
public sealed class AdmissionWorkflow(TimeProvider clock)
{
    /// <summary>Recorded as the role of the head's signature: headship is a flag on a Clinician or keeper, not a role.</summary>
    public const string DepartmentHeadRole = "DepartmentHead";

    public const string SubmitAction = "Submit";

    private readonly BusinessCalendar calendar = new(clock);

    /// <summary>Statuses at which the request waits for an approval that may also be refused.</summary>
    public static readonly IReadOnlyList<AdmissionStatus> ApprovalSteps =
        [AdmissionStatus.Submitted, AdmissionStatus.HeadApproved, AdmissionStatus.EquipmentReviewed];

    /// <summary>The actions this actor may take on the request now, for the screens' buttons.</summary>
    public static IReadOnlyList<AdmissionAction> Allowed(AdmissionRequest request, WorkflowActor actor) =>
        [.. Enum.GetValues<AdmissionAction>().Where(action => Refusal(request, action, actor) is null)];

    /// <summary>Whether the request waits for something this actor does (the "waiting for me" filter).</summary>
    public static bool WaitsFor(AdmissionRequest request, WorkflowActor actor) =>
        Allowed(request, actor).Any(action => action is not (AdmissionAction.Reject or AdmissionAction.Withdraw));

    /// <summary>Why the actor may not take the action now, or null when they may.</summary>
    public static WorkflowRefusal? Refusal(AdmissionRequest request, AdmissionAction action, WorkflowActor actor)
    {
        var expected = action switch
        {
            AdmissionAction.HeadApprove => [AdmissionStatus.Submitted],
            AdmissionAction.EquipmentReview => [AdmissionStatus.HeadApproved],
            AdmissionAction.CommitteeApprove => [AdmissionStatus.EquipmentReviewed],
            AdmissionAction.CreateItem => [AdmissionStatus.CommitteeApproved],
            AdmissionAction.SetChargeCode => [AdmissionStatus.ItemCreated],
            AdmissionAction.SetNationalCode => [AdmissionStatus.ChargeCodeSet],
            AdmissionAction.Reject or AdmissionAction.Withdraw => ApprovalSteps,
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (!expected.Contains(request.Status))
        {
            return new(WorkflowErrors.WrongStatus, $"{action} is not possible while request {request.Number} is {request.Status}.");
        }

        var applicant = string.Equals(actor.UserName, request.ApplicantUserName, StringComparison.OrdinalIgnoreCase);
        if (action == AdmissionAction.Withdraw)
        {
            return applicant ? null : new(WorkflowErrors.WrongRole, $"Only the applicant {request.ApplicantUserName} may withdraw request {request.Number}.");
        }

        var step = action == AdmissionAction.Reject ? ApprovalFor(request.Status) : action;
        if (!HasRole(request, step, actor))
        {
            return new(WorkflowErrors.WrongRole, $"{actor.UserName} may not {action} request {request.Number} at {request.Status}: {RoleFor(step)} does.");
        }

        if (applicant)
        {
            return new(WorkflowErrors.SelfApproval, $"{actor.UserName} applied for request {request.Number} and may not act on it.");
        }

        if (step is AdmissionAction.EquipmentReview or AdmissionAction.CommitteeApprove
            && request.Steps.OrderBy(s => s.AtUtc).ThenBy(s => s.Id).LastOrDefault() is { } previous
            && string.Equals(previous.UserName, actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return new(WorkflowErrors.SameApprover, $"{actor.UserName} took the previous approval of request {request.Number}; another person takes this one.");
        }

        return null;
    }

    public async Task<AdmissionRequest> SubmitAsync(SpdDbContext db, AdmissionApplication application, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsIn(Roles.DepartmentKeeper) && !actor.IsIn(Roles.Clinician))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} is neither a department keeper nor a clinician.");
        }

        if (actor.DepartmentId is not { } departmentId)
        {
            throw new WorkflowException(WorkflowErrors.NoDepartment, $"{actor.UserName} belongs to no department.");
        }

        var errors = await ValidateAsync(db, application, cancellationToken);
        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var now = calendar.UtcNow;
        var prefix = $"ZR{calendar.ToLocal(now):yyyyMM}-";
        var count = await db.AdmissionRequests.CountAsync(r => r.Number.StartsWith(prefix), cancellationToken);
        var request = new AdmissionRequest
        {
            Number = prefix + (count + 1).ToString("0000", CultureInfo.InvariantCulture),
            DepartmentId = departmentId,
            ApplicantUserName = actor.UserName,
            ItemName = application.ItemName.Trim(),
            Specification = application.Specification.Trim(),
            Model = Blank(application.Model),
            ManufacturerName = Blank(application.ManufacturerName),
            SupplierId = application.SupplierId,
            Category = application.Category,
            Reason = application.Reason.Trim(),
            ExpectedAnnualQuantity = application.ExpectedAnnualQuantity,
            EstimatedUnitPrice = application.EstimatedUnitPrice,
            ReplacesItemId = application.ReplacesItemId,
            SubmittedUtc = now,
        };
        request.Steps.Add(Step(SubmitAction, AdmissionStatus.Submitted, AdmissionStatus.Submitted, actor,
            actor.IsIn(Roles.DepartmentKeeper) ? Roles.DepartmentKeeper : Roles.Clinician, null, now));
        db.AdmissionRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(SpdDbContext db, AdmissionApplication application, CancellationToken cancellationToken = default)
    {
        var errors = new List<ValidationError>();
        Required(nameof(AdmissionApplication.ItemName), application.ItemName, 200);
        Required(nameof(AdmissionApplication.Specification), application.Specification, 200);
        Required(nameof(AdmissionApplication.Reason), application.Reason, 2000);
        if (application.Model?.Trim().Length > 100)
        {
            errors.Add(new(nameof(AdmissionApplication.Model), "TooLong", "Model is longer than 100 characters.", 100));
        }

        if (application.ManufacturerName?.Trim().Length > 200)
        {
            errors.Add(new(nameof(AdmissionApplication.ManufacturerName), "TooLong", "ManufacturerName is longer than 200 characters.", 200));
        }

        if (application.ExpectedAnnualQuantity < 1)
        {
            errors.Add(new(nameof(AdmissionApplication.ExpectedAnnualQuantity), "QuantityAtLeastOne", "The expected annual quantity is at least one."));
        }

        if (application.EstimatedUnitPrice < 0)
        {
            errors.Add(new(nameof(AdmissionApplication.EstimatedUnitPrice), "NegativePrice", "The price cannot be negative."));
        }

        if (application.SupplierId is { } supplierId && !await db.Suppliers.AnyAsync(s => s.Id == supplierId && !s.Blacklisted, cancellationToken))
        {
            errors.Add(new(nameof(AdmissionApplication.SupplierId), "UnknownSupplier", "Choose a known supplier that is not blacklisted."));
        }

        if (application.ReplacesItemId is { } replacedId && !await db.Items.AnyAsync(i => i.Id == replacedId && i.Status == ItemStatus.Active, cancellationToken))
        {
            errors.Add(new(nameof(AdmissionApplication.ReplacesItemId), "ReplacedItemNotActive", "The replaced item must be an active item in use."));
        }

        return errors;

        void Required(string field, string value, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new(field, "Required", $"{field} is required."));
            }
            else if (value.Trim().Length > maxLength)
            {
                errors.Add(new(field, "TooLong", $"{field} is longer than {maxLength} characters.", maxLength));
            }
        }
    }

    public Task HeadApproveAsync(SpdDbContext db, int requestId, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ActAsync(db, requestId, AdmissionAction.HeadApprove, actor, comment, AdmissionStatus.HeadApproved, cancellationToken);

    public Task EquipmentReviewAsync(SpdDbContext db, int requestId, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ActAsync(db, requestId, AdmissionAction.EquipmentReview, actor, comment, AdmissionStatus.EquipmentReviewed, cancellationToken);

    public Task CommitteeApproveAsync(SpdDbContext db, int requestId, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ActAsync(db, requestId, AdmissionAction.CommitteeApprove, actor, comment, AdmissionStatus.CommitteeApproved, cancellationToken);

    public Task RejectAsync(SpdDbContext db, int requestId, WorkflowActor actor, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A rejection needs a reason.");
        }

        return ActAsync(db, requestId, AdmissionAction.Reject, actor, reason, AdmissionStatus.Rejected, cancellationToken);
    }

    public Task WithdrawAsync(SpdDbContext db, int requestId, WorkflowActor actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ActAsync(db, requestId, AdmissionAction.Withdraw, actor, comment, AdmissionStatus.Withdrawn, cancellationToken);

    /// <summary>The item form's starting point: what the request says, the manufacturer matched by name, a draft status.</summary>
    public static async Task<ItemDraft> SuggestDraftAsync(SpdDbContext db, AdmissionRequest request, CancellationToken cancellationToken = default)
    {
        var manufacturerId = request.ManufacturerName is { } name
            ? await db.Manufacturers.Where(m => m.Name == name).Select(m => m.Id).FirstOrDefaultAsync(cancellationToken)
            : 0;
        return new ItemDraft
        {
            Name = request.ItemName,
            Specification = request.Specification,
            Model = request.Model,
            ManufacturerId = manufacturerId,
            SupplierId = request.SupplierId ?? 0,
            UnitPrice = request.EstimatedUnitPrice,
            Category = request.Category,
            ManagementMode = request.Category == ItemCategory.HighValue ? ManagementMode.OrderLinked : ManagementMode.StockManaged,
            TrackingMode = request.Category == ItemCategory.HighValue ? TrackingMode.Unique : TrackingMode.Bulk,
            Status = ItemStatus.Draft,
        };
    }

    /// <summary>
    /// The equipment department creates the item as a draft: codes come from the price and insurance
    /// offices afterwards, so the draft carries none and the catalogue's rules (<see cref="ItemValidator"/>) apply.
    /// </summary>
    public async Task<Item> CreateItemAsync(SpdDbContext db, int requestId, ItemDraft draft, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var request = await LoadAsync(db, requestId, cancellationToken);
        Check(request, AdmissionAction.CreateItem, actor);
        var normalized = draft.Normalized() with { Status = ItemStatus.Draft, ChargeCode = null, NationalCode = null };
        var errors = ItemValidator.Validate(normalized, await CatalogLookup.LoadAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var item = normalized.ToNewItem();
        request.CreatedItem = item;
        Advance(request, AdmissionAction.CreateItem, actor, $"{item.Code} {item.Name}", AdmissionStatus.ItemCreated);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>物价办 sets the charge code; an uncharged consumable passes this step without one.</summary>
    public async Task SetChargeCodeAsync(SpdDbContext db, int requestId, string? chargeCode, decimal? chargePrice, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var request = await LoadAsync(db, requestId, cancellationToken);
        Check(request, AdmissionAction.SetChargeCode, actor);
        var item = request.CreatedItem!;
        var draft = (ItemDraft.From(item) with { ChargeCode = chargeCode, ChargePrice = chargePrice }).Normalized();
        var errors = ItemValidator.Validate(draft, await CatalogLookup.LoadAsync(db, cancellationToken), ItemDraft.From(item), item.Id).ToList();
        if (draft.Category != ItemCategory.LowValueUncharged && draft.ChargeCode is null)
        {
            errors.Add(new(nameof(ItemDraft.ChargeCode), "ChargeCodeRequired", "A charged consumable needs its charge code."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        draft.ApplyTo(item);
        Advance(request, AdmissionAction.SetChargeCode, actor, draft.ChargeCode, AdmissionStatus.ChargeCodeSet);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>医保处 maps the national code; with it the item becomes active (and goes to HIS with the dictionary sync).</summary>
    public async Task SetNationalCodeAsync(SpdDbContext db, int requestId, string? nationalCode, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        var request = await LoadAsync(db, requestId, cancellationToken);
        Check(request, AdmissionAction.SetNationalCode, actor);
        var item = request.CreatedItem!;
        var draft = (ItemDraft.From(item) with { NationalCode = nationalCode, Status = ItemStatus.Active }).Normalized();
        var errors = ItemValidator.Validate(draft, await CatalogLookup.LoadAsync(db, cancellationToken), ItemDraft.From(item), item.Id).ToList();
        if (draft.Category != ItemCategory.LowValueUncharged && draft.NationalCode is null)
        {
            errors.Add(new(nameof(ItemDraft.NationalCode), "NationalCodeRequired", "A charged consumable needs its national insurance code."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        draft.ApplyTo(item);
        Advance(request, AdmissionAction.SetNationalCode, actor, draft.NationalCode, AdmissionStatus.Active);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Task<AdmissionRequest?> FindAsync(SpdDbContext db, int requestId, CancellationToken cancellationToken = default) =>
        db.AdmissionRequests
            .Include(r => r.Department)
            .Include(r => r.Supplier)
            .Include(r => r.ReplacesItem)
            .Include(r => r.CreatedItem)
            .Include(r => r.Steps)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);

    private async Task ActAsync(SpdDbContext db, int requestId, AdmissionAction action, WorkflowActor actor, string? comment, AdmissionStatus to, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(db, requestId, cancellationToken);
        Check(request, action, actor);
        Advance(request, action, actor, comment, to);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<AdmissionRequest> LoadAsync(SpdDbContext db, int requestId, CancellationToken cancellationToken) =>
        await FindAsync(db, requestId, cancellationToken)
        ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Admission request {requestId} does not exist.");

    private static void Check(AdmissionRequest request, AdmissionAction action, WorkflowActor actor)
    {
        if (Refusal(request, action, actor) is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private void Advance(AdmissionRequest request, AdmissionAction action, WorkflowActor actor, string? comment, AdmissionStatus to)
    {
        var role = action switch
        {
            AdmissionAction.Withdraw => actor.IsIn(Roles.DepartmentKeeper) ? Roles.DepartmentKeeper : Roles.Clinician,
            AdmissionAction.Reject => RoleFor(ApprovalFor(request.Status)),
            _ => RoleFor(action),
        };
        request.Steps.Add(Step(action.ToString(), request.Status, to, actor, role, Blank(comment), calendar.UtcNow));
        request.Status = to;
    }

    private static WorkflowStep Step(string action, AdmissionStatus from, AdmissionStatus to, WorkflowActor actor, string role, string? comment, DateTime now) => new()
    {
        Action = action,
        FromStatus = from.ToString(),
        ToStatus = to.ToString(),
        UserName = actor.UserName,
        Role = role,
        Comment = comment,
        AtUtc = now,
    };

    private static AdmissionAction ApprovalFor(AdmissionStatus status) => status switch
    {
        AdmissionStatus.Submitted => AdmissionAction.HeadApprove,
        AdmissionStatus.HeadApproved => AdmissionAction.EquipmentReview,
        _ => AdmissionAction.CommitteeApprove,
    };

    private static bool HasRole(AdmissionRequest request, AdmissionAction step, WorkflowActor actor) => step switch
    {
        AdmissionAction.HeadApprove => actor.IsDepartmentHead && actor.DepartmentId == request.DepartmentId,
        _ => actor.IsIn(RoleFor(step)),
    };

    private static string RoleFor(AdmissionAction step) => step switch
    {
        AdmissionAction.HeadApprove => DepartmentHeadRole,
        AdmissionAction.EquipmentReview or AdmissionAction.CreateItem => Roles.EquipmentDept,
        AdmissionAction.CommitteeApprove => Roles.AdmissionCommittee,
        AdmissionAction.SetChargeCode => Roles.PriceOffice,
        AdmissionAction.SetNationalCode => Roles.InsuranceOffice,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
