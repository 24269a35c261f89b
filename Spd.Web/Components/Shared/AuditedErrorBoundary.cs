using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Spd.Domain.Auditing;
using Spd.Web.Infrastructure;

namespace Spd.Web.Components.Shared;

/// <summary>An unhandled error inside a screen is logged and audited, and the user keeps the rest of the app.</summary>
public sealed class AuditedErrorBoundary : ErrorBoundary
{
    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private IAuditActor Actor { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<AuditedErrorBoundary> Logger { get; set; } = default!;

    protected override async Task OnErrorAsync(Exception exception)
    {
        Logger.LogError(exception, "Unhandled error in a screen");
        await ErrorAudit.RecordAsync(Scopes, Clock, Actor.UserName, Actor.ClientIp, $"{exception.GetType().Name}: {exception.Message}");
    }
}
