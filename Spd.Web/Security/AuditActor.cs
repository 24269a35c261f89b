using Spd.Domain.Auditing;

namespace Spd.Web.Security;

/// <summary>
/// The audit actor of the current scope: an HTTP request (API, sign-in) reads it from the
/// request; an interactive circuit has no request, so <c>Routes</c> sets it once when the circuit
/// starts, and start-up work sets itself as the system.
/// </summary>
public sealed class AuditActor(IHttpContextAccessor http) : IAuditActor
{
    private (string? UserName, string? ClientIp)? fixedActor;

    public string? UserName => fixedActor?.UserName ?? http.HttpContext?.User.Identity?.Name;

    public string? ClientIp => fixedActor?.ClientIp ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void Set(string? userName, string? clientIp) => fixedActor = (userName, clientIp);
}
