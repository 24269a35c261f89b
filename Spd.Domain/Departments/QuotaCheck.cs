using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Departments;

/// <summary>How far a quota is used: below the warning, warned, full, or above the limit (blocked).</summary>
public enum QuotaLevel
{
    Normal,
    Warning,
    Full,
    Exceeded,
}

/// <summary>A requisition line as a quota measures it: the item's category and unit price, and the base units asked for.</summary>
public sealed record QuotaLine(int ItemId, ItemCategory Category, decimal UnitPrice, int Quantity);

/// <summary>
/// One quota of a department for one month: what the month's requisitions already use, what the request at hand would
/// add, and the level the total reaches. Amounts are CNY, an item quota counts base units.
/// </summary>
public sealed record QuotaUsage(
    int QuotaId, QuotaKind Kind, int? ItemId, string? ItemName, string? ItemUnit, decimal Limit, decimal Used, decimal Requested, QuotaLevel Level)
{
    public decimal After => Used + Requested;

    public decimal UsedPercent => Percent(Used);

    public decimal AfterPercent => Percent(After);

    private decimal Percent(decimal value) => Limit == 0 ? 0 : value * 100 / Limit;
}

/// <summary>
/// 限额管控 (DOMAIN.md §4.6): a department's monthly limits — the amount of charged consumables, the amount of
/// uncharged ones (定额) and the quantity of single key items (单品专项管控) — measured over its requisitions of the
/// month (ADR 9: a request counts from its submission, at its approved quantity and the item's unit price).
/// Usage at <see cref="RequisitionOptions.QuotaWarningPercent"/> is warned, at
/// <see cref="RequisitionOptions.QuotaLimitPercent"/> it is full, and a request that would take a quota it adds to
/// above that is blocked; the over-quota request, once the equipment department approves it, is not.
/// </summary>
public static class QuotaCheck
{
    /// <summary>The request would take a quota above its limit (the errors name each quota).</summary>
    public const string QuotaExceeded = nameof(QuotaExceeded);

    /// <summary>Requisitions that reached the warehouse count; drafts, requests waiting for approval, rejected and cancelled ones do not.</summary>
    public static readonly IReadOnlyList<RequisitionStatus> Counted =
        [RequisitionStatus.Submitted, RequisitionStatus.InWave, RequisitionStatus.Dispatched, RequisitionStatus.Received];

    /// <summary>The part of the lines a quota measures: charged or uncharged amount, or the key item's quantity.</summary>
    public static decimal Measure(QuotaKind kind, int? itemId, IEnumerable<QuotaLine> lines) => kind switch
    {
        QuotaKind.MonthlyAmount => lines.Where(l => l.Category != ItemCategory.LowValueUncharged).Sum(l => l.Quantity * l.UnitPrice),
        QuotaKind.UnchargedAmount => lines.Where(l => l.Category == ItemCategory.LowValueUncharged).Sum(l => l.Quantity * l.UnitPrice),
        QuotaKind.ItemQuantity => lines.Where(l => l.ItemId == itemId).Sum(l => l.Quantity),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static QuotaLevel LevelOf(decimal after, decimal limit, RequisitionOptions options)
    {
        var full = limit * options.QuotaLimitPercent / 100;
        return after > full ? QuotaLevel.Exceeded
            : after >= full ? QuotaLevel.Full
            : after >= limit * options.QuotaWarningPercent / 100 ? QuotaLevel.Warning
            : QuotaLevel.Normal;
    }

    /// <summary>Every active quota with the month's usage and the request's share; pure, for the rules' tests.</summary>
    public static IReadOnlyList<QuotaUsage> Evaluate(
        IEnumerable<DepartmentQuota> quotas, IReadOnlyList<QuotaLine> used, IReadOnlyList<QuotaLine> requested, RequisitionOptions options) =>
        [.. quotas.Where(q => q.IsActive).OrderBy(q => q.Kind).ThenBy(q => q.ItemId).Select(q =>
        {
            var before = Measure(q.Kind, q.ItemId, used);
            var added = Measure(q.Kind, q.ItemId, requested);
            return new QuotaUsage(q.Id, q.Kind, q.ItemId, q.Item?.Name, q.Item?.Unit, q.MonthlyLimit, before, added, LevelOf(before + added, q.MonthlyLimit, options));
        })];

    /// <summary>The quotas a request may not pass: those it adds to and would take above the limit.</summary>
    public static IReadOnlyList<ValidationError> Blocks(IEnumerable<QuotaUsage> usage) =>
        [.. usage.Where(u => u.Level == QuotaLevel.Exceeded && u.Requested > 0).Select(u => u.Kind == QuotaKind.ItemQuantity
            ? new ValidationError("Quota", QuotaExceeded + u.Kind, "{0}: {1} used this month, {2} more asked for, the limit is {3} {4}.",
                u.ItemName ?? "", Format(u.Used), Format(u.Requested), Format(u.Limit), u.ItemUnit ?? "")
            : new ValidationError("Quota", QuotaExceeded + u.Kind, "CNY {0} used this month, CNY {1} more asked for, the limit is CNY {2}.",
                Format(u.Used), Format(u.Requested), Format(u.Limit)))];

    /// <summary>The month a requisition counts in: the month it is for (plans, over-quota requests), else the month it was submitted.</summary>
    public static DateOnly MonthOf(Requisition requisition, BusinessCalendar calendar) =>
        requisition.ForMonth ?? FirstOfMonth(requisition.SubmittedUtc is { } submitted ? DateOnly.FromDateTime(calendar.ToLocal(submitted)) : calendar.Today);

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// The department's quotas in <paramref name="month"/> with its counted requisitions of that month (except
    /// <paramref name="excludingRequisitionId"/>, the request itself) and <paramref name="requested"/> added.
    /// </summary>
    public static async Task<IReadOnlyList<QuotaUsage>> UsageAsync(
        SpdDbContext db, int departmentId, DateOnly month, IReadOnlyList<QuotaLine> requested, int? excludingRequisitionId,
        BusinessCalendar calendar, RequisitionOptions options, CancellationToken ct = default)
    {
        var quotas = await db.DepartmentQuotas.AsNoTracking().Include(q => q.Item)
            .Where(q => q.DepartmentId == departmentId && q.IsActive)
            .ToListAsync(ct);
        if (quotas.Count == 0)
        {
            return [];
        }

        var used = await UsedAsync(db, departmentId, month, excludingRequisitionId, calendar, ct);
        return Evaluate(quotas, used, requested, options);
    }

    /// <summary>The lines (approved quantities) of the department's counted requisitions in the month.</summary>
    public static async Task<IReadOnlyList<QuotaLine>> UsedAsync(
        SpdDbContext db, int departmentId, DateOnly month, int? excludingRequisitionId, BusinessCalendar calendar, CancellationToken ct = default)
    {
        month = FirstOfMonth(month);
        var fromUtc = calendar.StartOfDayUtc(month);
        var toUtc = calendar.StartOfDayUtc(month.AddMonths(1));
        var excluded = excludingRequisitionId ?? 0;
        return await db.RequisitionLines.AsNoTracking()
            .Where(l => l.Requisition!.DepartmentId == departmentId && l.RequisitionId != excluded && Counted.Contains(l.Requisition.Status)
                && (l.Requisition.ForMonth == month
                    || (l.Requisition.ForMonth == null && l.Requisition.SubmittedUtc >= fromUtc && l.Requisition.SubmittedUtc < toUtc)))
            .Select(l => new QuotaLine(l.ItemId, l.Item!.Category, l.Item.UnitPrice, l.ApprovedQuantity))
            .ToListAsync(ct);
    }

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
