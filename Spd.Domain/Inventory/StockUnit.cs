using Spd.Domain.Catalog;

namespace Spd.Domain.Inventory;

public enum StockUnitKind
{
    /// <summary>一物一码: one piece.</summary>
    Piece,

    /// <summary>定数包: a fixed-quantity pack for one department.</summary>
    Pack,
}

public enum StockUnitStatus
{
    InStock,

    /// <summary>Dispatched and not yet signed for by the department.</summary>
    InTransit,

    Consumed,

    /// <summary>Gone back to the supplier.</summary>
    Returned,

    Scrapped,

    /// <summary>Not found at a stocktake (盘亏).</summary>
    Missing,
}

/// <summary>标签回收: the label of a consumed pack goes back to the warehouse for reconciliation.</summary>
public enum LabelStatus
{
    /// <summary>Not a pack, or the pack is not consumed yet.</summary>
    None,

    /// <summary>The pack was consumed; its label is to be sent back.</summary>
    Awaiting,

    Recovered,

    /// <summary>Confirmed lost by the department at a label stocktake.</summary>
    Lost,
}

/// <summary>
/// A coded piece or pack. It is in exactly one place while in stock, and a consumed, returned or
/// scrapped unit cannot move again (<see cref="StockLedger"/> enforces both; <see cref="Version"/>
/// makes two concurrent scans of one code conflict).
/// </summary>
public sealed class StockUnit
{
    public long Id { get; set; }

    /// <summary>Our label: <c>SU…</c> for a piece, <c>SK…</c> for a pack.</summary>
    public required string Code { get; set; }

    public StockUnitKind Kind { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    public DateOnly? ProductionDate { get; set; }

    /// <summary>The manufacturer's serial (UDI-PI), when the label has one.</summary>
    public string? Serial { get; set; }

    /// <summary>The manufacturer's UDI as a normalised GS1 element string, e.g. <c>(01)…(21)…</c>.</summary>
    public string? Udi { get; set; }

    /// <summary>RFID EPC (96-bit, 24 hex digits) for high-value items.</summary>
    public string? Epc { get; set; }

    /// <summary>Base units in the unit: 1 for a piece, the pack size for a pack.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>The department a pack is made for.</summary>
    public int? DepartmentId { get; set; }

    public int? WarehouseId { get; set; }

    public int? LocationId { get; set; }

    public StockState State { get; set; }

    public int? OwnerSupplierId { get; set; }

    public StockUnitStatus Status { get; set; } = StockUnitStatus.InStock;

    /// <summary>The receipt line that labelled it.</summary>
    public long? ReceiptLineId { get; set; }

    public LabelStatus LabelStatus { get; set; }

    public DateTime? LabelChangedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ChangedUtc { get; set; }

    public int Version { get; set; }
}
