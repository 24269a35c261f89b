namespace Spd.Domain.Departments;

/// <summary>
/// The dates of a department's fixed-quantity deliveries. Cycles are counted from the department's delivery weekday
/// in the week of Monday 1 January 2024, so that every date either is or is not a delivery date without looking at
/// history: a weekly cycle delivers every such weekday, a fortnightly one every other one, a daily one every day.
/// </summary>
public static class DeliverySchedule
{
    private static readonly DateOnly AnchorMonday = new(2024, 1, 1);

    public static bool IsDeliveryDate(DepartmentSupply supply, DateOnly date)
    {
        var days = date.DayNumber - First(supply).DayNumber;
        return days >= 0 && days % Cycle(supply) == 0;
    }

    /// <summary>The first delivery date on or after <paramref name="from"/>.</summary>
    public static DateOnly NextDeliveryDate(DepartmentSupply supply, DateOnly from)
    {
        var first = First(supply);
        if (from <= first)
        {
            return first;
        }

        var remainder = (from.DayNumber - first.DayNumber) % Cycle(supply);
        return remainder == 0 ? from : from.AddDays(Cycle(supply) - remainder);
    }

    private static DateOnly First(DepartmentSupply supply) =>
        AnchorMonday.AddDays(((int)supply.DeliveryDay - (int)DayOfWeek.Monday + 7) % 7);

    private static int Cycle(DepartmentSupply supply) => Math.Max(1, supply.CycleDays);
}
