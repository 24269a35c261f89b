using Microsoft.EntityFrameworkCore;
using Quartz;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>Raises the purchase plans (<see cref="PurchasePlanner"/>); a run that finds nothing new writes nothing.</summary>
[DisallowConcurrentExecution]
public sealed class PurchasePlanJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PurchasePlanJob> logger) : IJob
{
    public static readonly JobKey Key = new("purchase-plan");

    public static readonly TriggerKey Trigger = new("purchase-plan-schedule");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Set(FixedAuditActor.System.UserName, null);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContextAsync(cancellationToken);
        var plans = await PurchasePlanner.GenerateAsync(db, clock, FixedAuditActor.System.UserName!, cancellationToken);
        logger.LogInformation("Purchase plan job wrote {Count} plans with {Lines} lines.", plans.Count, plans.Sum(p => p.Lines.Count));
    }
}
