namespace Spd.Domain.Common;

/// <summary>
/// Business dates (expiry, months for KPIs, due dates) are in the hospital's time zone;
/// timestamps are stored in UTC. China has had no daylight saving since 1991, so a fixed
/// UTC+8 is a faithful fallback where the machine has no time-zone database.
/// </summary>
public sealed class BusinessCalendar(TimeProvider clock, TimeZoneInfo zone)
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public BusinessCalendar(TimeProvider clock) : this(clock, ResolveZone(DefaultTimeZoneId)) { }

    public TimeZoneInfo Zone { get; } = zone;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant the business day <paramref name="date"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Zone);

    /// <summary>A local wall-clock time in UTC.</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static TimeZoneInfo ResolveZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == DefaultTimeZoneId)
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
