using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Spd.Domain.Auditing;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>Daily: tells the warehouse keepers about near-expiry and expired stock (<see cref="NearExpiryAlerts"/>).</summary>
[DisallowConcurrentExecution]
public sealed class NearExpiryAlertJob(IServiceScopeFactory scopes, BusinessCalendar calendar, IOptions<ExpiryOptions> options, ILogger<NearExpiryAlertJob> logger) : IJob
{
    public static readonly JobKey Key = new("near-expiry");

    public static readonly TriggerKey DailyTrigger = new("near-expiry-daily");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Set(FixedAuditActor.System.UserName, null);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContextAsync(cancellationToken);
        var written = await NearExpiryAlerts.RaiseAsync(db, options.Value, calendar.Today, calendar.UtcNow, cancellationToken);
        logger.LogInformation("Near-expiry job wrote {Count} notifications.", written);
    }
}
