using Spd.Domain.Departments;

namespace Spd.Domain.Operations;

public sealed record ProblemRateFigure(int DepartmentId, string DepartmentName, int Found, int Resolved, int Dropped, int Open)
{
    /// <summary>Null (n/a) when every problem was dropped, or there is none.</summary>
    public decimal? Rate => ProblemResolutionRate.Rate(Found, Resolved, Dropped);
}

/// <summary>
/// 问题解决率 (DOMAIN.md §4.13; seed: 230 found, 213 solved): resolved ÷ (found − dropped). A dropped problem was
/// not a problem, so it counts neither way; open and in-progress ones count against the rate.
/// </summary>
public static class ProblemResolutionRate
{
    public static decimal? Rate(int found, int resolved, int dropped) => found - dropped <= 0 ? null : (decimal)resolved / (found - dropped);

    /// <summary>One figure per department in the input, by department name.</summary>
    public static IReadOnlyList<ProblemRateFigure> PerDepartment(IEnumerable<(int DepartmentId, string DepartmentName, ProblemStatus Status)> problems) =>
        [.. problems
            .GroupBy(p => (p.DepartmentId, p.DepartmentName))
            .Select(g => Figure(g.Key.DepartmentId, g.Key.DepartmentName, g.Select(p => p.Status)))
            .OrderBy(f => f.DepartmentName, StringComparer.Ordinal)];

    public static ProblemRateFigure Overall(IEnumerable<ProblemStatus> problems) => Figure(0, "", problems);

    private static ProblemRateFigure Figure(int departmentId, string departmentName, IEnumerable<ProblemStatus> statuses)
    {
        var list = statuses.ToList();
        return new ProblemRateFigure(departmentId, departmentName, list.Count,
            list.Count(s => s == ProblemStatus.Resolved), list.Count(s => s == ProblemStatus.Dropped),
            list.Count(s => s is ProblemStatus.Open or ProblemStatus.InProgress));
    }
}
