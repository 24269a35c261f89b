using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

public enum WaveStatus
{
    /// <summary>Picking lists printed; pickers at work.</summary>
    Picking,

    /// <summary>Every dispatch of the wave has left.</summary>
    Dispatched,

    Cancelled,
}

/// <summary>波次: open requisitions of one route picked together from one central warehouse.</summary>
public sealed class Wave
{
    public int Id { get; set; }

    /// <summary>BC + date + sequence.</summary>
    public required string No { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public string Route { get; set; } = "";

    public WaveStatus Status { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<Dispatch> Dispatches { get; set; } = [];

    public int Version { get; set; }
}
