using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Operations;

public sealed record AssistantRow(string UserName, string DisplayName, IReadOnlyList<ProblemDepartment> Departments);

/// <summary>Which departments each operations assistant looks after (运营助理分管科室); set by the equipment department.</summary>
public static class AssistantAssignments
{
    public const string NotAnAssistant = nameof(NotAnAssistant);

    /// <summary>Every user with the operations assistant role, with their departments.</summary>
    public static async Task<IReadOnlyList<AssistantRow>> ListAsync(SpdDbContext db, CancellationToken ct = default)
    {
        var assistants = await Assistants(db).OrderBy(u => u.UserName).Select(u => new { UserName = u.UserName!, u.DisplayName }).ToListAsync(ct);
        var assignments = (await db.AssistantAssignments.AsNoTracking()
                .OrderBy(a => a.Department!.Code)
                .Select(a => new { a.UserName, Department = new ProblemDepartment(a.DepartmentId, a.Department!.Name) })
                .ToListAsync(ct))
            .ToLookup(a => a.UserName, a => a.Department);
        return [.. assistants.Select(a => new AssistantRow(a.UserName, a.DisplayName, [.. assignments[a.UserName]]))];
    }

    /// <summary>Sets the departments of one assistant to exactly <paramref name="departmentIds"/>.</summary>
    public static async Task<IReadOnlyList<ValidationError>> SetAsync(SpdDbContext db, string userName, IReadOnlyCollection<int> departmentIds, CancellationToken ct = default)
    {
        if (!await Assistants(db).AnyAsync(u => u.UserName == userName, ct))
        {
            return [new ValidationError("UserName", NotAnAssistant, "{0} is not an operations assistant.", userName)];
        }

        var current = await db.AssistantAssignments.Where(a => a.UserName == userName).ToListAsync(ct);
        var wanted = await db.Departments.Where(d => departmentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        db.AssistantAssignments.RemoveRange(current.Where(a => !wanted.Contains(a.DepartmentId)));
        db.AssistantAssignments.AddRange(wanted.Where(id => current.All(a => a.DepartmentId != id))
            .Select(id => new AssistantAssignment { UserName = userName, DepartmentId = id }));
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static IQueryable<SpdUser> Assistants(SpdDbContext db) =>
        from u in db.Users.AsNoTracking()
        where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OperationsAssistant))
        select u;
}
