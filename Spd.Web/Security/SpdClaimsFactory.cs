using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>Adds the display name and the supplier binding to the sign-in cookie.</summary>
public sealed class SpdClaimsFactory(UserManager<SpdUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SpdUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";
    public const string SupplierClaim = "supplier_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SpdUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.SupplierId is { } supplierId)
        {
            identity.AddClaim(new Claim(SupplierClaim, supplierId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
