using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

/// <summary>Suggested levels for one warehouse × item, with the figures they come from.</summary>
public sealed record ReplenishmentSuggestion(
    double AverageDailyOutflow, double DailyStandardDeviation, int LeadTimeDays, int SafetyStock, int ReorderPoint, int MinLevel, int MaxLevel);

/// <summary>
/// Suggests safety stock, reorder point, min and max from consumption history and the supplier's lead time.
/// <para>
/// History: the quantities that left the warehouse on each of the last <see cref="HistoryDays"/> whole
/// days (business calendar, yesterday back; today is still running) — stock ledger entries of kind
/// dispatch, consumption or transfer taken from the warehouse, except transfers between its own
/// locations. Days without movement count as zero.
/// </para>
/// <para>
/// With d̄ the average daily outflow, σ the population standard deviation of the daily totals,
/// L = <see cref="LeadTimeDays"/> (normal warning: the supplier delivers within 24 h) and
/// z = <see cref="ServiceLevelZ"/> (95 % of lead times without a stock-out):
/// safety = ⌈z·σ·√L⌉, reorder point = ⌈d̄·L⌉ + safety, max = reorder point + ⌈d̄·<see cref="CycleDays"/>⌉
/// (one week's cycle stock), min = safety.
/// </para>
/// An item that did not leave the warehouse in the period gets no suggestion: there is nothing to base it on.
/// </summary>
public static class ReplenishmentAdvisor
{
    public const int HistoryDays = 90;

    public const double ServiceLevelZ = 1.65;

    public const int LeadTimeDays = 1;

    public const int CycleDays = 7;

    private static readonly StockMovementKind[] Outflows = [StockMovementKind.Dispatch, StockMovementKind.Consumption, StockMovementKind.Transfer];

    /// <returns>Null when nothing left the warehouse in the last <see cref="HistoryDays"/> days.</returns>
    public static async Task<ReplenishmentSuggestion?> SuggestAsync(
        SpdDbContext db, int warehouseId, int itemId, BusinessCalendar calendar, CancellationToken cancellationToken = default)
    {
        var today = calendar.Today;
        var firstDay = today.AddDays(-HistoryDays);
        var fromUtc = calendar.StartOfDayUtc(firstDay);
        var toUtc = calendar.StartOfDayUtc(today);
        var movements = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.ItemId == itemId && e.FromWarehouseId == warehouseId && Outflows.Contains(e.Kind)
                && (e.ToWarehouseId == null || e.ToWarehouseId != warehouseId)
                && e.AtUtc >= fromUtc && e.AtUtc < toUtc)
            .Select(e => new { e.AtUtc, e.Quantity })
            .ToListAsync(cancellationToken);
        if (movements.Count == 0)
        {
            return null;
        }

        var daily = new int[HistoryDays];
        foreach (var movement in movements)
        {
            daily[DateOnly.FromDateTime(calendar.ToLocal(movement.AtUtc)).DayNumber - firstDay.DayNumber] += movement.Quantity;
        }

        return Calculate(daily);
    }

    /// <param name="dailyOutflow">The quantity that left the warehouse on each day of the period.</param>
    public static ReplenishmentSuggestion Calculate(IReadOnlyList<int> dailyOutflow)
    {
        if (dailyOutflow.Count == 0)
        {
            throw new ArgumentException("The period has at least one day.", nameof(dailyOutflow));
        }

        var average = dailyOutflow.Average();
        var deviation = Math.Sqrt(dailyOutflow.Sum(d => (d - average) * (d - average)) / dailyOutflow.Count);
        var safety = Ceiling(ServiceLevelZ * deviation * Math.Sqrt(LeadTimeDays));
        var reorder = Ceiling(average * LeadTimeDays) + safety;
        var max = reorder + Ceiling(average * CycleDays);
        return new ReplenishmentSuggestion(average, deviation, LeadTimeDays, safety, reorder, safety, max);
    }

    /// <summary>Rounds up, after dropping binary noise (1.65 × 3 is 4.949999…, 3 × 1.1 is 3.3000…01).</summary>
    private static int Ceiling(double value) => (int)Math.Ceiling(Math.Round(value, 6));
}
