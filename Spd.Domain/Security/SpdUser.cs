using Microsoft.AspNetCore.Identity;

namespace Spd.Domain.Security;

public sealed class SpdUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The one supplier a Supplier-role user belongs to; a supplier user sees only this company.</summary>
    public int? SupplierId { get; set; }

    /// <summary>Home department of department keepers, clinicians and operations assistants.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>Head of <see cref="DepartmentId"/>: signs the department's admission requests (科主任签字).</summary>
    public bool IsDepartmentHead { get; set; }

    /// <summary>
    /// Identity counts failures without a time window; this stamp lets sign-in forget failures
    /// older than the window (5 failures within 15 minutes lock the account).
    /// </summary>
    public DateTime? LastFailedLoginUtc { get; set; }
}
