using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Kpis;

/// <summary>A pack label whose fate was settled in the month: recovered, or confirmed lost (other statuses do not count).</summary>
public sealed record LabelOutcome(int DepartmentId, string DepartmentName, LabelStatus Status);

public sealed record LabelRecoveryFigure(int DepartmentId, string DepartmentName, int Recovered, int Lost)
{
    /// <summary>Null (n/a) when the department settled no label.</summary>
    public decimal? Rate => LabelRecoveryRate.Rate(Recovered, Lost);
}

/// <summary>
/// 科室标签回收率 (KPIS.md #6): labels recovered ÷ (labels lost at stocktake + labels recovered), per department.
/// A label counts in the month its status became recovered or lost (<see cref="StockUnit.LabelChangedUtc"/>, hospital time).
/// </summary>
public static class LabelRecoveryRate
{
    public static decimal? Rate(int recovered, int lost) => recovered + lost == 0 ? null : (decimal)recovered / (recovered + lost);

    /// <summary>One figure per department that appears in the input, by department name.</summary>
    public static IReadOnlyList<LabelRecoveryFigure> PerDepartment(IEnumerable<LabelOutcome> labels) =>
        [.. labels
            .GroupBy(l => (l.DepartmentId, l.DepartmentName))
            .Select(g => new LabelRecoveryFigure(g.Key.DepartmentId, g.Key.DepartmentName,
                g.Count(l => l.Status == LabelStatus.Recovered), g.Count(l => l.Status == LabelStatus.Lost)))
            .OrderBy(f => f.DepartmentName, StringComparer.Ordinal)];

    /// <summary>The labels settled in <paramref name="month"/> (any day of it), optionally of one department.</summary>
    public static async Task<IReadOnlyList<LabelOutcome>> OutcomesAsync(SpdDbContext db, BusinessCalendar calendar, DateOnly month, int? departmentId, CancellationToken ct = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var fromUtc = calendar.StartOfDayUtc(first);
        var toUtc = calendar.StartOfDayUtc(first.AddMonths(1));
        var units = db.StockUnits.AsNoTracking()
            .Where(u => u.DepartmentId != null && (u.LabelStatus == LabelStatus.Recovered || u.LabelStatus == LabelStatus.Lost)
                && u.LabelChangedUtc >= fromUtc && u.LabelChangedUtc < toUtc);
        if (departmentId is { } id)
        {
            units = units.Where(u => u.DepartmentId == id);
        }

        return await (from u in units
                      join d in db.Departments on u.DepartmentId equals (int?)d.Id
                      select new LabelOutcome(d.Id, d.Name, u.LabelStatus))
            .ToListAsync(ct);
    }
}
