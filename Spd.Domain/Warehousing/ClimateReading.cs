namespace Spd.Domain.Warehousing;

public enum ClimateSource
{
    Manual,
    Sensor,
}

/// <summary>温湿度记录: one reading in a warehouse, flagged when outside the warehouse's range.</summary>
public sealed class ClimateReading
{
    public long Id { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public DateTime TakenUtc { get; set; }

    public decimal TemperatureC { get; set; }

    public decimal HumidityPercent { get; set; }

    public ClimateSource Source { get; set; }

    public required string RecordedBy { get; set; }

    public bool OutOfRange { get; set; }

    public string? Note { get; set; }
}
