using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class ClimateRecordsTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private BusinessCalendar Calendar => new(f.Database.Clock);

    private DateTime Now => f.Database.Clock.GetUtcNow().UtcDateTime;

    private async Task<ClimateResult> RecordAsync(decimal? temperature, decimal? humidity, DateTime? takenUtc = null)
    {
        await using var db = f.Database.Create();
        return await ClimateRecords.RecordAsync(db, Calendar, "keeper", new ClimateInput(f.Central.Id, takenUtc ?? Now.AddMinutes(-5), temperature, humidity, "早班"));
    }

    [Theory]
    [InlineData(-40.1, 50.0, "TemperatureC", ClimateRecords.TemperatureRange)]
    [InlineData(60.1, 50.0, "TemperatureC", ClimateRecords.TemperatureRange)]
    [InlineData(20.0, -0.1, "HumidityPercent", ClimateRecords.HumidityRange)]
    [InlineData(20.0, 100.1, "HumidityPercent", ClimateRecords.HumidityRange)]
    [InlineData(null, 50.0, "TemperatureC", "Required")]
    [InlineData(20.0, null, "HumidityPercent", "Required")]
    public async Task A_reading_outside_what_a_sensor_can_measure_is_refused(double? temperature, double? humidity, string field, string code)
    {
        var result = await RecordAsync((decimal?)temperature, (decimal?)humidity);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        await using var db = f.Database.Create();
        Assert.False(await db.ClimateReadings.AnyAsync());
    }

    [Theory]
    [InlineData(-40, 0)]
    [InlineData(60, 100)]
    public async Task The_limits_of_what_can_be_entered_are_accepted(int temperature, int humidity)
    {
        Assert.Empty((await RecordAsync(temperature, humidity)).Errors);
    }

    [Fact]
    public async Task A_reading_in_the_future_or_twice_at_the_same_time_is_refused()
    {
        Assert.Equal(ClimateRecords.TakenInFuture, Assert.Single((await RecordAsync(20, 50, Now.AddMinutes(1))).Errors).Code);
        Assert.Empty((await RecordAsync(20, 50, Now)).Errors);
        Assert.Equal(ClimateRecords.DuplicateReading, Assert.Single((await RecordAsync(21, 50, Now)).Errors).Code);
    }

    [Theory]
    [InlineData(10, 35, false)]
    [InlineData(30, 75, false)]
    [InlineData(9.9, 50, true)]
    [InlineData(30.1, 50, true)]
    [InlineData(20, 34.9, true)]
    [InlineData(20, 75.1, true)]
    public async Task A_reading_outside_the_warehouses_range_is_flagged_and_the_keepers_are_told(double temperature, double humidity, bool outOfRange)
    {
        var result = await RecordAsync((decimal)temperature, (decimal)humidity);

        Assert.Equal(outOfRange, result.Reading!.OutOfRange);
        await using var db = f.Database.Create();
        var notifications = await db.Notifications.ToListAsync();
        Assert.Equal(outOfRange ? 1 : 0, notifications.Count);
        if (outOfRange)
        {
            var notification = notifications[0];
            Assert.Equal((NotificationAudience.WarehouseKeeper, ClimateRecords.OutOfRangeKey, $"/climate?warehouse={f.Central.Id}"),
                (notification.Audience, notification.MessageKey, notification.Link));
            var arguments = JsonSerializer.Deserialize<string[]>(notification.Arguments)!;
            Assert.Equal(["中心库", "2026-11-22 09:55", "10", "30", "35", "75"], arguments.Where((_, i) => i is 0 or 1 or 4 or 5 or 6 or 7));
        }
    }

    [Fact]
    public async Task A_changed_range_applies_to_the_next_readings()
    {
        await using (var db = f.Database.Create())
        {
            Assert.Empty(await ClimateRecords.SetRangeAsync(db, f.Central.Id, new ClimateRange(2, 8, 30, 70)));
        }

        Assert.True((await RecordAsync(20, 50)).Reading!.OutOfRange);
        Assert.False((await RecordAsync(5, 50, Now.AddMinutes(-1))).Reading!.OutOfRange);
    }

    [Fact]
    public async Task A_range_needs_its_lowest_value_below_its_highest_and_within_what_can_be_measured()
    {
        await using var db = f.Database.Create();

        var errors = await ClimateRecords.SetRangeAsync(db, f.Central.Id, new ClimateRange(20, 20, 80, 40));
        Assert.Equal([("HumidityMaxPercent", ClimateRecords.MinNotBelowMax), ("TemperatureMaxC", ClimateRecords.MinNotBelowMax)], errors.Select(e => (e.Field, e.Code)).Order());

        var outside = await ClimateRecords.SetRangeAsync(db, f.Central.Id, new ClimateRange(-50, 8, 0, 120));
        Assert.Equal([("HumidityMaxPercent", ClimateRecords.HumidityRange), ("TemperatureMinC", ClimateRecords.TemperatureRange)], outside.Select(e => (e.Field, e.Code)).Order());

        var unchanged = await db.Warehouses.AsNoTracking().SingleAsync(w => w.Id == f.Central.Id);
        Assert.Equal((10m, 30m, 35m, 75m), (unchanged.TemperatureMinC, unchanged.TemperatureMaxC, unchanged.HumidityMinPercent, unchanged.HumidityMaxPercent));
    }

    [Fact]
    public async Task Readings_of_a_period_come_oldest_first()
    {
        await RecordAsync(20, 50, Now.AddDays(-1));
        await RecordAsync(21, 50, Now.AddDays(-40));
        await RecordAsync(22, 50, Now.AddHours(-2));

        await using var db = f.Database.Create();
        var readings = await ClimateRecords.ReadingsAsync(db, f.Central.Id, Now.AddDays(-30), Now);

        Assert.Equal([20m, 22m], readings.Select(r => r.TemperatureC));
    }
}
