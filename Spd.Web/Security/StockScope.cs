using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>
/// Whose stock a user may see on the stock-control screens: the keepers, the equipment department and the
/// auditor see every warehouse; a department keeper only the warehouses of their own department (read
/// from the account each time, so a change of department counts at once).
/// </summary>
public static class StockScope
{
    private static readonly string[] Everywhere = [Roles.Admin, Roles.EquipmentDept, Roles.WarehouseKeeper, Roles.Auditor];

    /// <summary>The only department whose warehouses the user sees, or null for all; a department keeper without a department sees none (-1).</summary>
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
