using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;

namespace Spd.Domain.Operations;

/// <summary>What the assistant writes down about a problem.</summary>
public sealed record ProblemDraft(int DepartmentId, ProblemCategory Category, string? Description, string? Owner, DateOnly? DueDate);

public sealed record ProblemResult(ProblemRow? Problem, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ProblemResult Fail(string field, string code, string message, params object[] arguments) =>
        new(null, [new ValidationError(field, code, message, arguments)]);
}

/// <summary>
/// 问题清单 (DOMAIN.md §4.13): an operations assistant logs a problem found in one of their departments with an owner
/// and a due date, and follows it open → in progress → resolved, or drops it (not a problem, a duplicate); both
/// closings say how. The equipment department and the administrator work on every department's problems.
/// Two people editing one problem: the second save is refused (<see cref="DepartmentProblem.Version"/>).
/// </summary>
public sealed class Problems(TimeProvider clock)
{
    public const string ProblemNotFound = nameof(ProblemNotFound);
    public const string ProblemOutOfScope = nameof(ProblemOutOfScope);
    public const string ProblemClosed = nameof(ProblemClosed);
    public const string ProblemTransition = nameof(ProblemTransition);
    public const string ProblemChanged = nameof(ProblemChanged);
    public const string DueDateInPast = nameof(DueDateInPast);

    private const int DescriptionLength = 1000;
    private const int OwnerLength = 100;

    private static readonly Dictionary<ProblemStatus, ProblemStatus[]> Transitions = new()
    {
        [ProblemStatus.Open] = [ProblemStatus.InProgress, ProblemStatus.Resolved, ProblemStatus.Dropped],
        [ProblemStatus.InProgress] = [ProblemStatus.Resolved, ProblemStatus.Dropped],
        [ProblemStatus.Resolved] = [],
        [ProblemStatus.Dropped] = [],
    };

    private BusinessCalendar Calendar => new(clock);

    public async Task<ProblemResult> CreateAsync(SpdDbContext db, WorkflowActor actor, ProblemDraft draft, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(db, actor, ct);
        if (!scope.Covers(draft.DepartmentId) || !await db.Departments.AnyAsync(d => d.Id == draft.DepartmentId, ct))
        {
            return ProblemResult.Fail(nameof(ProblemDraft.DepartmentId), ProblemOutOfScope, "You do not look after this department.");
        }

        var errors = Validate(draft, checkDueDate: true);
        if (errors.Count > 0)
        {
            return new ProblemResult(null, errors);
        }

        var problem = new DepartmentProblem
        {
            DepartmentId = draft.DepartmentId,
            Category = draft.Category,
            Description = draft.Description!.Trim(),
            Owner = draft.Owner!.Trim(),
            DueDate = draft.DueDate!.Value,
            Status = ProblemStatus.Open,
            FoundBy = actor.UserName,
            FoundUtc = Calendar.UtcNow,
        };
        db.DepartmentProblems.Add(problem);
        return await SaveAsync(db, scope, problem, ct);
    }

    /// <summary>Corrects the category, description, owner or due date of a problem that is not closed; the department stays.</summary>
    public async Task<ProblemResult> UpdateAsync(SpdDbContext db, WorkflowActor actor, int id, int version, ProblemDraft draft, CancellationToken ct = default)
    {
        var (scope, problem, refused) = await LoadAsync(db, actor, id, version, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (problem!.Status is ProblemStatus.Resolved or ProblemStatus.Dropped)
        {
            return ProblemResult.Fail(nameof(DepartmentProblem.Status), ProblemClosed, "The problem is closed; it can no longer be changed.");
        }

        var errors = Validate(draft, checkDueDate: draft.DueDate != problem.DueDate);
        if (errors.Count > 0)
        {
            return new ProblemResult(null, errors);
        }

        problem.Category = draft.Category;
        problem.Description = draft.Description!.Trim();
        problem.Owner = draft.Owner!.Trim();
        problem.DueDate = draft.DueDate!.Value;
        problem.Version++;
        return await SaveAsync(db, scope, problem, ct);
    }

    /// <summary>Open → in progress → resolved or dropped (also straight from open); closing needs the resolution.</summary>
    public async Task<ProblemResult> ChangeStatusAsync(SpdDbContext db, WorkflowActor actor, int id, int version, ProblemStatus to, string? resolution, CancellationToken ct = default)
    {
        var (scope, problem, refused) = await LoadAsync(db, actor, id, version, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (!Transitions[problem!.Status].Contains(to))
        {
            return ProblemResult.Fail(nameof(DepartmentProblem.Status), ProblemTransition, "A problem that is {0} cannot become {1}.", problem.Status, to);
        }

        var closing = to is ProblemStatus.Resolved or ProblemStatus.Dropped;
        var text = resolution?.Trim() ?? "";
        if (closing && text.Length == 0)
        {
            return ProblemResult.Fail(nameof(DepartmentProblem.Resolution), "Required", "Say how it was resolved, or why it is dropped.");
        }

        if (text.Length > DescriptionLength)
        {
            return ProblemResult.Fail(nameof(DepartmentProblem.Resolution), "TooLong", "At most {0} characters.", DescriptionLength);
        }

        problem.Status = to;
        if (closing)
        {
            problem.Resolution = text;
            problem.ResolvedUtc = Calendar.UtcNow;
        }

        problem.Version++;
        return await SaveAsync(db, scope, problem, ct);
    }

    private static async Task<ProblemScope> ScopeAsync(SpdDbContext db, WorkflowActor actor, CancellationToken ct) =>
        ProblemScope.CanEdit(actor) ? await ProblemScope.ForAsync(db, actor, ct) : new ProblemScope(new HashSet<int>());

    private static async Task<(ProblemScope Scope, DepartmentProblem? Problem, ProblemResult? Refused)> LoadAsync(
        SpdDbContext db, WorkflowActor actor, int id, int version, CancellationToken ct)
    {
        var scope = await ScopeAsync(db, actor, ct);
        var problem = await db.DepartmentProblems.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (problem is null)
        {
            return (scope, null, ProblemResult.Fail("Problem", ProblemNotFound, "There is no problem {0}.", id));
        }

        if (!scope.Covers(problem.DepartmentId))
        {
            return (scope, null, ProblemResult.Fail(nameof(ProblemDraft.DepartmentId), ProblemOutOfScope, "You do not look after this department."));
        }

        return problem.Version != version
            ? (scope, null, ProblemResult.Fail("Problem", ProblemChanged, "Someone else changed this problem meanwhile; look again."))
            : (scope, problem, null);
    }

    private List<ValidationError> Validate(ProblemDraft draft, bool checkDueDate)
    {
        var errors = new List<ValidationError>();
        Text(errors, nameof(ProblemDraft.Description), draft.Description, DescriptionLength);
        Text(errors, nameof(ProblemDraft.Owner), draft.Owner, OwnerLength);
        if (draft.DueDate is not { } due)
        {
            errors.Add(new ValidationError(nameof(ProblemDraft.DueDate), "Required", "Required."));
        }
        else if (checkDueDate && due < Calendar.Today)
        {
            errors.Add(new ValidationError(nameof(ProblemDraft.DueDate), DueDateInPast, "The due date {0} has passed.", due.ToString("yyyy-MM-dd")));
        }

        return errors;
    }

    private static void Text(List<ValidationError> errors, string field, string? value, int maximum)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new ValidationError(field, "Required", "Required."));
        }
        else if (text.Length > maximum)
        {
            errors.Add(new ValidationError(field, "TooLong", "At most {0} characters.", maximum));
        }
    }

    private static async Task<ProblemResult> SaveAsync(SpdDbContext db, ProblemScope scope, DepartmentProblem problem, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProblemResult.Fail("Problem", ProblemChanged, "Someone else changed this problem meanwhile; look again.");
        }

        return new ProblemResult(await ProblemList.FindAsync(db, scope, problem.Id, ct), []);
    }
}
