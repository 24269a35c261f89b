using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>Daily: writes the certificate expiry warnings (<see cref="CertificateAlerts"/>).</summary>
[DisallowConcurrentExecution]
public sealed class CertificateExpiryJob(IServiceScopeFactory scopes, BusinessCalendar calendar, IOptions<CertificateAlertOptions> options, ILogger<CertificateExpiryJob> logger) : IJob
{
    public static readonly JobKey Key = new("certificate-expiry");

    public static readonly TriggerKey DailyTrigger = new("certificate-expiry-daily");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Set(FixedAuditActor.System.UserName, null);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContextAsync(cancellationToken);
        var written = await CertificateAlerts.RaiseAsync(db, calendar.Today, calendar.UtcNow, options.Value.Thresholds, cancellationToken);
        logger.LogInformation("Certificate expiry job wrote {Count} notifications.", written);
    }
}
