using System.Security.Claims;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>The notifications a user reads: a supplier user those of its own supplier, the equipment department and administrators the department's.</summary>
public static class NotificationInbox
{
    public static IQueryable<Notification> For(SpdDbContext db, ClaimsPrincipal user) =>
        SupplierScope.Restriction(user) is { } own
            ? db.Notifications.Where(n => n.Audience == NotificationAudience.Supplier && n.SupplierId == own)
            : user.IsInRole(Roles.EquipmentDept) || user.IsInRole(Roles.Admin)
                ? db.Notifications.Where(n => n.Audience == NotificationAudience.EquipmentDept)
                : db.Notifications.Where(n => false);
}
