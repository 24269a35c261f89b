using System.Security.Claims;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>
/// The notifications a user reads: a supplier user those of its own supplier; hospital staff those of
/// their audiences — the equipment department's (certificates) and the warehouse keepers' (expiry,
/// storage conditions); administrators both.
/// </summary>
public static class NotificationInbox
{
    public static IQueryable<Notification> For(SpdDbContext db, ClaimsPrincipal user)
    {
        if (SupplierScope.Restriction(user) is { } own)
        {
            return db.Notifications.Where(n => n.Audience == NotificationAudience.Supplier && n.SupplierId == own);
        }

        var audiences = Audiences(user);
        return db.Notifications.Where(n => audiences.Contains(n.Audience));
    }

    /// <summary>Whether the user has an inbox at all (the app bar shows the bell only then).</summary>
    public static bool HasInbox(ClaimsPrincipal user) => user.IsInRole(Roles.Supplier) || Audiences(user).Count > 0;

    private static List<NotificationAudience> Audiences(ClaimsPrincipal user)
    {
        var audiences = new List<NotificationAudience>();
        if (user.IsInRole(Roles.EquipmentDept) || user.IsInRole(Roles.Admin))
        {
            audiences.Add(NotificationAudience.EquipmentDept);
        }

        if (user.IsInRole(Roles.WarehouseKeeper) || user.IsInRole(Roles.Admin))
        {
            audiences.Add(NotificationAudience.WarehouseKeeper);
        }

        return audiences;
    }
}
