using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>
/// Whose consumption and charges a user sees: the equipment department, finance, the operations assistants,
/// administrators and the auditor see every department; the department's own staff (keepers, clinicians) only
/// their department — read from the account each time, so a change of department counts at once.
/// </summary>
public static class ClinicalScope
{
    private static readonly string[] Everywhere = [Roles.Admin, Roles.EquipmentDept, Roles.Finance, Roles.OperationsAssistant, Roles.Auditor];

    /// <summary>The only department the user sees, or null for all; staff without a department see none (-1).</summary>
    public static async Task<int?> DepartmentAsync(SpdDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (Everywhere.Any(user.IsInRole))
        {
            return null;
        }

        var name = user.Identity?.Name;
        return await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.DepartmentId).FirstOrDefaultAsync(ct) ?? -1;
    }
}
