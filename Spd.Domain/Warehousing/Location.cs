namespace Spd.Domain.Warehousing;

/// <summary>货位: a fixed bin in a warehouse, coded zone-rack-level-bin.</summary>
public sealed class Location
{
    public int Id { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public required string Code { get; set; }

    public string? Zone { get; set; }

    public bool IsActive { get; set; } = true;
}
