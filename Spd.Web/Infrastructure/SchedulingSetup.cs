using Quartz;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

public static class SchedulingSetup
{
    /// <summary>Quartz with the in-memory store: the jobs are idempotent, so a restart loses nothing.</summary>
    public static void AddSpdScheduling(this WebApplicationBuilder builder)
    {
        var alerts = builder.Configuration.GetSection(CertificateAlertOptions.Section).Get<CertificateAlertOptions>() ?? new CertificateAlertOptions();
        builder.Services.Configure<CertificateAlertOptions>(builder.Configuration.GetSection(CertificateAlertOptions.Section));
        builder.Services.Configure<CertificateStorageOptions>(builder.Configuration.GetSection(CertificateStorageOptions.Section));
        builder.Services.AddSingleton<CertificateStore>();
        var purchasing = builder.Configuration.GetSection(PurchasePlanOptions.Section).Get<PurchasePlanOptions>() ?? new PurchasePlanOptions();
        var expiry = builder.Configuration.GetSection(ExpiryOptions.Section).Get<ExpiryOptions>() ?? new ExpiryOptions();
        builder.Services.AddOptions<ExpiryOptions>().Bind(builder.Configuration.GetSection(ExpiryOptions.Section))
            .Validate(o => o.IsValid, "Expiry windows need 0 <= UrgentDays <= WarningDays for every category.")
            .ValidateOnStart();
        var requisitions = builder.Configuration.GetSection(RequisitionOptions.Section).Get<RequisitionOptions>() ?? new RequisitionOptions();
        var zone = BusinessCalendar.ResolveZone(BusinessCalendar.DefaultTimeZoneId);
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<CertificateExpiryJob>(job => job.WithIdentity(CertificateExpiryJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(CertificateExpiryJob.Key)
                .WithIdentity(CertificateExpiryJob.DailyTrigger)
                .WithCronSchedule(alerts.Cron, cron => cron.InTimeZone(zone)));
            quartz.AddJob<PurchasePlanJob>(job => job.WithIdentity(PurchasePlanJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(PurchasePlanJob.Key)
                .WithIdentity(PurchasePlanJob.Trigger)
                .WithCronSchedule(purchasing.PlanCron, cron => cron.InTimeZone(zone)));
            quartz.AddJob<NearExpiryAlertJob>(job => job.WithIdentity(NearExpiryAlertJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(NearExpiryAlertJob.Key)
                .WithIdentity(NearExpiryAlertJob.DailyTrigger)
                .WithCronSchedule(expiry.Cron, cron => cron.InTimeZone(zone)));
            quartz.AddJob<FixedQuantityReplenishmentJob>(job => job.WithIdentity(FixedQuantityReplenishmentJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(FixedQuantityReplenishmentJob.Key)
                .WithIdentity(FixedQuantityReplenishmentJob.DailyTrigger)
                .WithCronSchedule(requisitions.ReplenishmentCron, cron => cron.InTimeZone(zone)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }
}
