namespace Spd.Domain.Codes;

/// <summary>Dates as labels print them. Each reader returns the error, or null and the date.</summary>
internal static class LabelDates
{
    /// <summary>
    /// GS1 General Specifications §7.12: a two-digit year is in the previous century when it lies 51–99
    /// years ahead of the current year's last two digits, in the next century when it lies 50–99 years
    /// behind, else in the current century, so it falls within 49 years back and 50 ahead of today.
    /// HIBC and MA labels get the same window, as their standards do not name one.
    /// </summary>
    public static int FullYear(int twoDigitYear, DateOnly today)
    {
        var currentTwoDigits = today.Year % 100;
        var century = today.Year - currentTwoDigits;
        return (twoDigitYear - currentTwoDigits) switch
        {
            >= 51 => century - 100 + twoDigitYear,
            <= -50 => century + 100 + twoDigitYear,
            _ => century + twoDigitYear,
        };
    }

    /// <summary>YYMMDD (six digits). With <paramref name="zeroDayIsMonthEnd"/>, day 00 is the month's last day (GS1 AIs 11–17).</summary>
    public static ScanError? ReadYymmdd(string digits, DateOnly today, bool zeroDayIsMonthEnd, int position, out DateOnly date) =>
        Build(digits, FullYear(Number(digits, 0, 2), today), Number(digits, 2, 2), Number(digits, 4, 2), zeroDayIsMonthEnd, position, out date);

    /// <summary>YYYYMMDD (eight digits).</summary>
    public static ScanError? ReadYyyymmdd(string digits, int position, out DateOnly date) =>
        Build(digits, Number(digits, 0, 4), Number(digits, 4, 2), Number(digits, 6, 2), zeroDayIsMonthEnd: false, position, out date);

    /// <summary>YYJJJ: two-digit year and day of the year.</summary>
    public static ScanError? ReadJulian(string digits, DateOnly today, int position, out DateOnly date)
    {
        var year = FullYear(Number(digits, 0, 2), today);
        var dayOfYear = Number(digits, 2, 3);
        date = default;
        if (dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return ScanErrors.InvalidDay(digits, dayOfYear, position);
        }

        date = new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);
        return null;
    }

    /// <summary>The hour (and minute, when given) of a date-time field.</summary>
    public static ScanError? CheckTime(string value, int hour, int minute, int position) =>
        hour is < 0 or > 23 || minute is < 0 or > 59 ? ScanErrors.InvalidTime(value, position) : null;

    public static ScanError? Build(string value, int year, int month, int day, bool zeroDayIsMonthEnd, int position, out DateOnly date)
    {
        date = default;
        if (year < 1)
        {
            return ScanErrors.InvalidYear(value, position);
        }

        if (month is < 1 or > 12)
        {
            return ScanErrors.InvalidMonth(value, month, position);
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day == 0 && zeroDayIsMonthEnd)
        {
            day = days;
        }

        if (day < 1 || day > days)
        {
            return ScanErrors.InvalidDay(value, day, position);
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    /// <summary>The number in <paramref name="length"/> digits from <paramref name="start"/>; callers have checked they are digits.</summary>
    public static int Number(string digits, int start, int length) =>
        int.Parse(digits.AsSpan(start, length), System.Globalization.CultureInfo.InvariantCulture);

    public static bool AreDigits(string value, int start, int length) =>
        start >= 0 && start + length <= value.Length && !value.AsSpan(start, length).ContainsAnyExceptInRange('0', '9');
}
