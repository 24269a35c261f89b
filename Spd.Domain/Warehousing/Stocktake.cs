using Spd.Domain.Catalog;

namespace Spd.Domain.Warehousing;

public enum StocktakeStatus
{
    /// <summary>Book quantities frozen; the scope's locations take no movements until it is posted or cancelled.</summary>
    Counting,

    /// <summary>Counting done; waits for the equipment department.</summary>
    Submitted,

    /// <summary>Equipment department approved; waits for finance.</summary>
    EquipmentApproved,

    /// <summary>Finance approved and the ledger adjusted.</summary>
    Posted,

    Rejected,
    Cancelled,
}

/// <summary>盘点: a count of a whole warehouse or one zone.</summary>
public sealed class Stocktake
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    /// <summary>Only this zone; none = the whole warehouse.</summary>
    public string? Zone { get; set; }

    public StocktakeStatus Status { get; set; }

    public DateTime FrozenUtc { get; set; }

    public required string OpenedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public DateTime? PostedUtc { get; set; }

    public List<StocktakeLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>Book against counted quantity for one location × item × lot × owner × state.</summary>
public sealed class StocktakeLine
{
    public long Id { get; set; }

    public int StocktakeId { get; set; }

    public Stocktake? Stocktake { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    public int? OwnerSupplierId { get; set; }

    public Inventory.StockState State { get; set; }

    /// <summary>Frozen when the count opened.</summary>
    public int BookQuantity { get; set; }

    /// <summary>None until counted.</summary>
    public int? CountedQuantity { get; set; }

    public decimal UnitCost { get; set; }

    /// <summary>Found during the count where the book had nothing (e.g. a location adjustment).</summary>
    public bool AddedDuringCount { get; set; }

    public string? CountedBy { get; set; }

    public DateTime? CountedUtc { get; set; }

    public int Variance => (CountedQuantity ?? 0) - BookQuantity;

    public decimal VarianceValue => Variance * UnitCost;
}

/// <summary>A coded piece or pack scanned in a count; one code counts once.</summary>
public sealed class StocktakeScan
{
    public long Id { get; set; }

    public int StocktakeId { get; set; }

    public long StocktakeLineId { get; set; }

    public required string Code { get; set; }

    public long? StockUnitId { get; set; }

    public DateTime ScannedUtc { get; set; }

    public required string UserName { get; set; }
}
