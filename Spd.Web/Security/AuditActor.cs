using Spd.Domain.Auditing;

namespace Spd.Web.Security;

/// <summary>
/// The audit actor of the current scope: an HTTP request (API, sign-in) reads it from the
/// request; an interactive circuit has no request, so <c>Routes</c> sets it once when the circuit starts.
/// </summary>
public sealed class AuditActor(IHttpContextAccessor http) : IAuditActor
{
    private (string? UserName, string? ClientIp)? circuit;

    public string? UserName => circuit?.UserName ?? http.HttpContext?.User.Identity?.Name;

    public string? ClientIp => circuit?.ClientIp ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void SetForCircuit(string? userName, string? clientIp) => circuit = (userName, clientIp);
}
