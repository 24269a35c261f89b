using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Departments;

public sealed record QuotaDraft(int? Id, int DepartmentId, QuotaKind Kind, int? ItemId, decimal MonthlyLimit, bool IsActive = true);

/// <summary>A department with its active quotas and this month's usage of each, for the quotas page.</summary>
public sealed record DepartmentQuotaRow(int DepartmentId, string DepartmentCode, string DepartmentName, IReadOnlyList<DepartmentQuota> Quotas, IReadOnlyList<QuotaUsage> Usage);

/// <summary>The equipment department sets the departments' standing monthly limits (限额); one active quota per department, kind and key item.</summary>
public static class DepartmentQuotas
{
    public const string LimitPositive = "QuotaLimitPositive";
    public const string ItemRequired = "QuotaItemRequired";
    public const string DuplicateQuota = "QuotaDuplicate";

    /// <summary>The departments with quotas (only <paramref name="departmentId"/> when given) and their usage in <paramref name="month"/>.</summary>
    public static async Task<IReadOnlyList<DepartmentQuotaRow>> ListAsync(
        SpdDbContext db, int? departmentId, DateOnly month, BusinessCalendar calendar, RequisitionOptions options, CancellationToken ct = default)
    {
        var quotas = await db.DepartmentQuotas.AsNoTracking().Include(q => q.Department).Include(q => q.Item)
            .Where(q => departmentId == null || q.DepartmentId == departmentId)
            .ToListAsync(ct);
        var rows = new List<DepartmentQuotaRow>();
        foreach (var group in quotas.GroupBy(q => q.DepartmentId).OrderBy(g => g.First().Department!.Code, StringComparer.Ordinal))
        {
            var department = group.First().Department!;
            var used = await QuotaCheck.UsedAsync(db, department.Id, month, null, calendar, ct);
            rows.Add(new DepartmentQuotaRow(department.Id, department.Code, department.Name,
                [.. group.OrderBy(q => q.Kind).ThenBy(q => q.Item?.Code)], QuotaCheck.Evaluate(group, used, [], options)));
        }

        return rows;
    }

    public static async Task<DepartmentQuota> SaveAsync(SpdDbContext db, QuotaDraft draft, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.EquipmentDept) && !actor.IsIn(Roles.Admin))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not set quotas: {Roles.EquipmentDept} does.");
        }

        var itemId = draft.Kind == QuotaKind.ItemQuantity ? draft.ItemId : null;
        var errors = new List<ValidationError>();
        if (!await db.Departments.AnyAsync(d => d.Id == draft.DepartmentId && d.IsActive, ct))
        {
            errors.Add(new ValidationError(nameof(QuotaDraft.DepartmentId), PackDefinitions.UnknownDepartment, "Choose an active department."));
        }

        if (draft.MonthlyLimit <= 0)
        {
            errors.Add(new ValidationError(nameof(QuotaDraft.MonthlyLimit), LimitPositive, "The monthly limit must be more than zero."));
        }

        if (draft.Kind == QuotaKind.ItemQuantity && (itemId is null || !await db.Items.AnyAsync(i => i.Id == itemId, ct)))
        {
            errors.Add(new ValidationError(nameof(QuotaDraft.ItemId), ItemRequired, "A single-item quota names its key item."));
        }

        if (draft.IsActive && await db.DepartmentQuotas.AnyAsync(q => q.DepartmentId == draft.DepartmentId && q.Kind == draft.Kind && q.ItemId == itemId
                && q.IsActive && q.Id != (draft.Id ?? 0), ct))
        {
            errors.Add(new ValidationError(nameof(QuotaDraft.Kind), DuplicateQuota, "The department has this quota already; change that one."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var quota = draft.Id is { } id
            ? await db.DepartmentQuotas.FirstOrDefaultAsync(q => q.Id == id, ct) ?? throw new WorkflowException(WorkflowErrors.NotFound, $"There is no quota {id}.")
            : db.DepartmentQuotas.Add(new DepartmentQuota()).Entity;
        quota.DepartmentId = draft.DepartmentId;
        quota.Kind = draft.Kind;
        quota.ItemId = itemId;
        quota.MonthlyLimit = draft.MonthlyLimit;
        quota.IsActive = draft.IsActive;
        quota.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return quota;
    }
}
