using Spd.Domain.Common;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Common;

public sealed class BusinessCalendarTests
{
    [Fact]
    public void Business_date_is_the_date_in_Shanghai_not_in_UTC()
    {
        // 17:30 UTC on 22 November is 01:30 on 23 November in Shanghai.
        var calendar = new BusinessCalendar(new ManualClock(new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 11, 23), calendar.Today);
        Assert.Equal(new DateTime(2026, 11, 23, 1, 30, 0), calendar.LocalNow);
    }

    [Fact]
    public void Shanghai_falls_back_to_a_fixed_UTC_plus_8_offset()
    {
        var zone = BusinessCalendar.ResolveZone(BusinessCalendar.DefaultTimeZoneId);

        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 201)]
    public void Page_requests_outside_the_limits_are_refused(int page, int pageSize) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest(page, pageSize));

    [Fact]
    public void Page_count_rounds_up()
    {
        var result = new PagedResult<int>([], TotalCount: 41, Page: 1, PageSize: 20);

        Assert.Equal(3, result.PageCount);
        Assert.Equal(40, new PageRequest(3, 20).Offset);
    }
}
