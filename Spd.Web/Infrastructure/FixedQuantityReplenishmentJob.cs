using Microsoft.EntityFrameworkCore;
using Quartz;
using Spd.Domain.Auditing;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>Raises the fixed-quantity requisitions of the departments whose delivery day it is (<see cref="FixedQuantityReplenishment"/>); a second run of the day raises nothing.</summary>
[DisallowConcurrentExecution]
public sealed class FixedQuantityReplenishmentJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FixedQuantityReplenishmentJob> logger) : IJob
{
    public static readonly JobKey Key = new("fixed-quantity-replenishment");

    public static readonly TriggerKey DailyTrigger = new("fixed-quantity-replenishment-daily");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Set(FixedAuditActor.System.UserName, null);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContextAsync(cancellationToken);
        var run = await FixedQuantityReplenishment.RunAsync(db, clock, FixedAuditActor.System.UserName!, cancellationToken);
        logger.LogInformation("Fixed-quantity replenishment for {Date}: {Departments} departments due, {Created} requisitions raised, {Already} raised before.",
            run.Date, run.Departments, run.Created.Count, run.AlreadyRaised);
    }
}
