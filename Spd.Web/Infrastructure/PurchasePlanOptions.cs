namespace Spd.Web.Infrastructure;

/// <summary>When the purchase plan job runs (Quartz cron, hospital time zone); hourly by default.</summary>
public sealed class PurchasePlanOptions
{
    public const string Section = "Purchasing";

    public string PlanCron { get; set; } = "0 0 * * * ?";
}
