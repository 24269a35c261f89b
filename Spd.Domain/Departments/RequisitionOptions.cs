namespace Spd.Domain.Departments;

/// <summary>Settings of the department supply rules (section <c>Requisitions</c>).</summary>
public sealed class RequisitionOptions
{
    public const string Section = "Requisitions";

    /// <summary>Usage at or above this share of a quota is warned (DOMAIN.md §4.6: 80 %).</summary>
    public int QuotaWarningPercent { get; set; } = 80;

    /// <summary>Usage at this share is warned as full; a request that would take usage above it is blocked unless approved over quota.</summary>
    public int QuotaLimitPercent { get; set; } = 100;

    /// <summary>The last day of a month on which next month's plan may be submitted (月度大计划 "before an agreed date").</summary>
    public int MonthlyPlanDeadlineDay { get; set; } = 25;

    /// <summary>Quartz cron of the fixed-quantity replenishment run, in the hospital's time zone; 05:00 daily by default.</summary>
    public string ReplenishmentCron { get; set; } = "0 0 5 * * ?";

    public bool IsValid =>
        QuotaWarningPercent is > 0 and <= 100 && QuotaLimitPercent >= QuotaWarningPercent && QuotaLimitPercent <= 1000
        && MonthlyPlanDeadlineDay is >= 1 and <= 28;
}
