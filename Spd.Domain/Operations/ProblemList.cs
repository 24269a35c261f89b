using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Operations;

/// <summary>
/// Whose problems a user sees: the equipment department, the administrator and the auditor every department's; an
/// operations assistant those of the departments assigned to them; anyone else none.
/// </summary>
public sealed record ProblemScope(IReadOnlySet<int>? DepartmentIds)
{
    public static readonly ProblemScope Everything = new((IReadOnlySet<int>?)null);

    public bool IsEverything => DepartmentIds is null;

    public bool Covers(int departmentId) => DepartmentIds?.Contains(departmentId) ?? true;

    /// <summary>Who may log and work on problems (within their scope); the auditor only reads.</summary>
    public static bool CanEdit(WorkflowActor actor) => actor.IsIn(Roles.Admin) || actor.IsIn(Roles.EquipmentDept) || actor.IsIn(Roles.OperationsAssistant);

    public static async Task<ProblemScope> ForAsync(SpdDbContext db, WorkflowActor actor, CancellationToken ct = default)
    {
        if (actor.IsIn(Roles.Admin) || actor.IsIn(Roles.EquipmentDept) || actor.IsIn(Roles.Auditor))
        {
            return Everything;
        }

        if (!actor.IsIn(Roles.OperationsAssistant))
        {
            return new ProblemScope(new HashSet<int>());
        }

        return new ProblemScope((await db.AssistantAssignments.AsNoTracking()
            .Where(a => a.UserName == actor.UserName).Select(a => a.DepartmentId).ToListAsync(ct)).ToHashSet());
    }

    internal IQueryable<DepartmentProblem> Apply(IQueryable<DepartmentProblem> problems) =>
        DepartmentIds is { } ids ? problems.Where(p => ids.Contains(p.DepartmentId)) : problems;
}

public sealed record ProblemRow(
    int Id,
    int DepartmentId,
    string DepartmentName,
    ProblemCategory Category,
    string Description,
    string Owner,
    DateOnly DueDate,
    ProblemStatus Status,
    string FoundBy,
    DateTime FoundUtc,
    DateTime? ResolvedUtc,
    string? Resolution,
    int Version)
{
    public bool IsClosed => Status is ProblemStatus.Resolved or ProblemStatus.Dropped;

    /// <summary>Still open after its due date (the due day itself is still in time).</summary>
    public bool IsOverdue(DateOnly today) => ProblemList.IsOverdue(Status, DueDate, today);
}

public sealed record ProblemDepartment(int Id, string Name);

public sealed record ProblemFilter(int? DepartmentId = null, ProblemStatus? Status = null, ProblemCategory? Category = null, bool OverdueOnly = false, string? Search = null);

/// <summary>问题清单: the problems in a user's scope, open ones first by due date, then the closed ones newest first.</summary>
public static class ProblemList
{
    public static bool IsOverdue(ProblemStatus status, DateOnly dueDate, DateOnly today) =>
        status is ProblemStatus.Open or ProblemStatus.InProgress && dueDate < today;

    public static Task<PagedResult<ProblemRow>> QueryAsync(
        SpdDbContext db, ProblemScope scope, ProblemFilter filter, DateOnly today, PageRequest page, CancellationToken ct = default)
    {
        var problems = scope.Apply(db.DepartmentProblems.AsNoTracking());
        if (filter.DepartmentId is { } department)
        {
            problems = problems.Where(p => p.DepartmentId == department);
        }

        if (filter.Status is { } status)
        {
            problems = problems.Where(p => p.Status == status);
        }

        if (filter.Category is { } category)
        {
            problems = problems.Where(p => p.Category == category);
        }

        if (filter.OverdueOnly)
        {
            problems = problems.Where(p => (p.Status == ProblemStatus.Open || p.Status == ProblemStatus.InProgress) && p.DueDate < today);
        }

        if (filter.Search?.Trim() is { Length: > 0 } text)
        {
            problems = problems.Where(p => p.Description.Contains(text) || p.Owner.Contains(text) || p.Department!.Name.Contains(text));
        }

        return problems
            .OrderBy(p => p.Status == ProblemStatus.Open || p.Status == ProblemStatus.InProgress ? 0 : 1)
            .ThenBy(p => p.Status == ProblemStatus.Open || p.Status == ProblemStatus.InProgress ? p.DueDate : DateOnly.MinValue)
            .ThenByDescending(p => p.ResolvedUtc).ThenByDescending(p => p.Id)
            .Select(p => new ProblemRow(
                p.Id, p.DepartmentId, p.Department!.Name, p.Category, p.Description, p.Owner, p.DueDate, p.Status, p.FoundBy, p.FoundUtc, p.ResolvedUtc,
                p.Resolution, p.Version))
            .ToPagedAsync(page, ct);
    }

    public static Task<ProblemRow?> FindAsync(SpdDbContext db, ProblemScope scope, int id, CancellationToken ct = default) =>
        scope.Apply(db.DepartmentProblems.AsNoTracking())
            .Where(p => p.Id == id)
            .Select(p => new ProblemRow(
                p.Id, p.DepartmentId, p.Department!.Name, p.Category, p.Description, p.Owner, p.DueDate, p.Status, p.FoundBy, p.FoundUtc, p.ResolvedUtc,
                p.Resolution, p.Version))
            .FirstOrDefaultAsync(ct);

    /// <summary>The resolution rate of each department in scope that has problems, and of all of them together.</summary>
    public static async Task<(IReadOnlyList<ProblemRateFigure> Departments, ProblemRateFigure Overall)> RatesAsync(SpdDbContext db, ProblemScope scope, CancellationToken ct = default)
    {
        var rows = await scope.Apply(db.DepartmentProblems.AsNoTracking())
            .GroupBy(p => new { p.DepartmentId, p.Department!.Name, p.Status })
            .Select(g => new { g.Key.DepartmentId, g.Key.Name, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var problems = rows.SelectMany(r => Enumerable.Repeat((r.DepartmentId, r.Name, r.Status), r.Count)).ToList();
        return (ProblemResolutionRate.PerDepartment(problems), ProblemResolutionRate.Overall(problems.Select(p => p.Status)));
    }

    /// <summary>The departments a user may log problems for, by name.</summary>
    public static Task<List<ProblemDepartment>> DepartmentsAsync(SpdDbContext db, ProblemScope scope, CancellationToken ct = default)
    {
        var departments = db.Departments.AsNoTracking().Where(d => d.IsActive);
        if (scope.DepartmentIds is { } ids)
        {
            departments = departments.Where(d => ids.Contains(d.Id));
        }

        return departments.OrderBy(d => d.Code).Select(d => new ProblemDepartment(d.Id, d.Name)).ToListAsync(ct);
    }
}
