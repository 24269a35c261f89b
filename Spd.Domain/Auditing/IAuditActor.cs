namespace Spd.Domain.Auditing;

/// <summary>Who is acting, as the audit trail records it. The web app supplies it per request or circuit.</summary>
public interface IAuditActor
{
    string? UserName { get; }

    string? ClientIp { get; }
}

public sealed record FixedAuditActor(string? UserName, string? ClientIp = null) : IAuditActor
{
    public static readonly FixedAuditActor System = new("system");
}
