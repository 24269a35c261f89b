namespace Spd.Domain.Auditing;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
    LoginSucceeded,
    LoginFailed,
    Logout,
    Error,
    Seed,
}

/// <summary>
/// One line of the append-only audit trail (kept ≥ 6 months): who, when, from which address,
/// what. Database triggers refuse updates and deletes of this table.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime TimestampUtc { get; set; }

    public string? UserName { get; set; }

    public string? ClientIp { get; set; }

    public AuditAction Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityKey { get; set; }

    /// <summary>JSON object: property → [old, new] for updates, property → value for inserts and deletes.</summary>
    public string? Changes { get; set; }

    /// <summary>Free text: the reason of a failed login, an error message.</summary>
    public string? Detail { get; set; }
}
