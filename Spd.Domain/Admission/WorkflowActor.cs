using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Admission;

/// <summary>Who acts on a request: the user, their roles and what binds them (department, headship, supplier).</summary>
public sealed record WorkflowActor(string UserName, IReadOnlySet<string> Roles, int? DepartmentId = null, bool IsDepartmentHead = false, int? SupplierId = null)
{
    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>The actor as stored now, so that a change of department or headship counts at once; null for an unknown user.</summary>
    public static async Task<WorkflowActor?> LoadAsync(SpdDbContext db, string userName, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return new WorkflowActor(user.UserName!, roles.ToHashSet(), user.DepartmentId, user.IsDepartmentHead, user.SupplierId);
    }
}
