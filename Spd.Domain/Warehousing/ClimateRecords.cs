using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>A reading as entered; time in UTC.</summary>
public sealed record ClimateInput(int WarehouseId, DateTime TakenUtc, decimal? TemperatureC, decimal? HumidityPercent, string? Note = null);

/// <summary>The allowed storage range of a warehouse.</summary>
public sealed record ClimateRange(decimal TemperatureMinC, decimal TemperatureMaxC, decimal HumidityMinPercent, decimal HumidityMaxPercent)
{
    public static ClimateRange Of(Warehouse warehouse) =>
        new(warehouse.TemperatureMinC, warehouse.TemperatureMaxC, warehouse.HumidityMinPercent, warehouse.HumidityMaxPercent);

    public bool Contains(decimal temperatureC, decimal humidityPercent) =>
        temperatureC >= TemperatureMinC && temperatureC <= TemperatureMaxC && humidityPercent >= HumidityMinPercent && humidityPercent <= HumidityMaxPercent;
}

public sealed record ClimateResult(ClimateReading? Reading, IReadOnlyList<ValidationError> Errors);

/// <summary>
/// 温湿度 (DOMAIN.md §4.12): manual readings per warehouse, flagged against the warehouse's range; a
/// reading out of range tells the warehouse keepers at once. The range is kept by the equipment department.
/// </summary>
public static class ClimateRecords
{
    public const decimal LowestTemperature = -40;
    public const decimal HighestTemperature = 60;
    public const string OutOfRangeKey = "Notify.ClimateOutOfRange";

    public const string TemperatureRange = nameof(TemperatureRange);
    public const string HumidityRange = nameof(HumidityRange);
    public const string TakenInFuture = nameof(TakenInFuture);
    public const string DuplicateReading = nameof(DuplicateReading);
    public const string MinNotBelowMax = nameof(MinNotBelowMax);

    public static async Task<ClimateResult> RecordAsync(SpdDbContext db, BusinessCalendar calendar, string userName, ClimateInput input, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        CheckTemperature(errors, nameof(input.TemperatureC), input.TemperatureC);
        CheckHumidity(errors, nameof(input.HumidityPercent), input.HumidityPercent);
        if (input.TakenUtc > calendar.UtcNow)
        {
            errors.Add(new ValidationError(nameof(input.TakenUtc), TakenInFuture, "A reading cannot be taken in the future."));
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > 500)
        {
            errors.Add(new ValidationError(nameof(input.Note), "TooLong", "At most {0} characters.", 500));
        }

        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Id == input.WarehouseId, ct);
        if (warehouse is null)
        {
            errors.Add(new ValidationError(nameof(input.WarehouseId), "NotFound", "There is no such warehouse."));
        }
        else if (await db.ClimateReadings.AnyAsync(c => c.WarehouseId == input.WarehouseId && c.TakenUtc == input.TakenUtc, ct))
        {
            errors.Add(new ValidationError(nameof(input.TakenUtc), DuplicateReading, "This warehouse already has a reading at that time."));
        }

        if (errors.Count > 0)
        {
            return new ClimateResult(null, errors);
        }

        var temperature = input.TemperatureC!.Value;
        var humidity = input.HumidityPercent!.Value;
        var range = ClimateRange.Of(warehouse!);
        var reading = new ClimateReading
        {
            WarehouseId = warehouse!.Id,
            TakenUtc = input.TakenUtc,
            TemperatureC = temperature,
            HumidityPercent = humidity,
            Source = ClimateSource.Manual,
            RecordedBy = userName,
            OutOfRange = !range.Contains(temperature, humidity),
            Note = note,
        };
        db.ClimateReadings.Add(reading);
        if (reading.OutOfRange)
        {
            db.Notifications.Add(new Notification
            {
                CreatedUtc = calendar.UtcNow,
                Audience = NotificationAudience.WarehouseKeeper,
                MessageKey = OutOfRangeKey,
                Arguments = JsonSerializer.Serialize(new[]
                {
                    warehouse.Name, calendar.ToLocal(input.TakenUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Number(temperature), Number(humidity), Number(range.TemperatureMinC), Number(range.TemperatureMaxC),
                    Number(range.HumidityMinPercent), Number(range.HumidityMaxPercent),
                }),
                Link = $"/climate?warehouse={warehouse.Id}",
                DedupKey = string.Create(CultureInfo.InvariantCulture, $"climate:{warehouse.Id}:{input.TakenUtc.Ticks}"),
            });
        }

        await db.SaveChangesAsync(ct);
        return new ClimateResult(reading, []);
    }

    public static async Task<IReadOnlyList<ValidationError>> SetRangeAsync(SpdDbContext db, int warehouseId, ClimateRange range, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        CheckTemperature(errors, nameof(range.TemperatureMinC), range.TemperatureMinC);
        CheckTemperature(errors, nameof(range.TemperatureMaxC), range.TemperatureMaxC);
        CheckHumidity(errors, nameof(range.HumidityMinPercent), range.HumidityMinPercent);
        CheckHumidity(errors, nameof(range.HumidityMaxPercent), range.HumidityMaxPercent);
        if (range.TemperatureMinC >= range.TemperatureMaxC)
        {
            errors.Add(new ValidationError(nameof(range.TemperatureMaxC), MinNotBelowMax, "The lowest value must be below the highest."));
        }

        if (range.HumidityMinPercent >= range.HumidityMaxPercent)
        {
            errors.Add(new ValidationError(nameof(range.HumidityMaxPercent), MinNotBelowMax, "The lowest value must be below the highest."));
        }

        var warehouse = await db.Warehouses.FirstOrDefaultAsync(w => w.Id == warehouseId, ct);
        if (warehouse is null)
        {
            errors.Add(new ValidationError("WarehouseId", "NotFound", "There is no such warehouse."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        warehouse!.TemperatureMinC = range.TemperatureMinC;
        warehouse.TemperatureMaxC = range.TemperatureMaxC;
        warehouse.HumidityMinPercent = range.HumidityMinPercent;
        warehouse.HumidityMaxPercent = range.HumidityMaxPercent;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>A warehouse's readings in a period, oldest first (for the chart).</summary>
    public static Task<List<ClimateReading>> ReadingsAsync(SpdDbContext db, int warehouseId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        db.ClimateReadings.AsNoTracking()
            .Where(c => c.WarehouseId == warehouseId && c.TakenUtc >= fromUtc && c.TakenUtc <= toUtc)
            .OrderBy(c => c.TakenUtc)
            .ToListAsync(ct);

    private static void CheckTemperature(List<ValidationError> errors, string field, decimal? value)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(field, "Required", "Required."));
        }
        else if (value < LowestTemperature || value > HighestTemperature)
        {
            errors.Add(new ValidationError(field, TemperatureRange, "The temperature must be between {0} and {1} °C.", LowestTemperature, HighestTemperature));
        }
    }

    private static void CheckHumidity(List<ValidationError> errors, string field, decimal? value)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(field, "Required", "Required."));
        }
        else if (value < 0 || value > 100)
        {
            errors.Add(new ValidationError(field, HumidityRange, "The humidity must be between 0 and 100 %."));
        }
    }

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
