using System.Globalization;
using System.Security.Claims;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>
/// A supplier user sees its own company and nothing of any other supplier; hospital staff are not
/// restricted. The binding travels in the sign-in cookie (<see cref="SpdClaimsFactory.SupplierClaim"/>).
/// </summary>
public static class SupplierScope
{
    /// <summary>The only supplier the user may see, or null for hospital staff. A supplier user bound to none sees none (-1).</summary>
    public static int? Restriction(ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(Roles.Supplier))
        {
            return null;
        }

        return int.TryParse(principal.FindFirstValue(SpdClaimsFactory.SupplierClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }

    public static bool CanRead(ClaimsPrincipal principal, int supplierId) =>
        Restriction(principal) is not { } only || only == supplierId;
}
