using Spd.Domain.Catalog;

namespace Spd.Domain.Inventory;

/// <summary>
/// One movement of stock, never changed or deleted once written (triggers on both providers). Balances
/// are the sum of these entries and can always be rebuilt from them (<see cref="StockRebuild"/>).
/// A movement takes from one position (<c>From*</c>), puts to another (<c>To*</c>), or both.
/// </summary>
public sealed class StockLedgerEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public StockMovementKind Kind { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>批号; empty for stock without a lot.</summary>
    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    /// <summary>In the item's base unit, always positive; the direction is given by from/to.</summary>
    public int Quantity { get; set; }

    /// <summary>Purchase cost per base unit at the time of the movement (CNY).</summary>
    public decimal UnitCost { get; set; }

    public int? FromWarehouseId { get; set; }

    public int? FromLocationId { get; set; }

    public StockState? FromState { get; set; }

    public int? ToWarehouseId { get; set; }

    public int? ToLocationId { get; set; }

    public StockState? ToState { get; set; }

    /// <summary>The supplier that owns consignment stock (寄售); none for the hospital's own stock.</summary>
    public int? OwnerSupplierId { get; set; }

    /// <summary>The coded piece or pack that moved, for unique and pack tracking.</summary>
    public long? StockUnitId { get; set; }

    public StockDocumentType DocumentType { get; set; }

    public required string DocumentNo { get; set; }

    public required string UserName { get; set; }

    /// <summary>Why: a FEFO override, a stocktake variance, a quarantine.</summary>
    public string? Reason { get; set; }

    /// <summary>A lot other than the first-expiring one was taken (先进先出 overridden, with <see cref="Reason"/>).</summary>
    public bool FefoOverride { get; set; }

    /// <summary>HIS patient id, for consumption traced to a patient.</summary>
    public string? PatientId { get; set; }

    /// <summary>A key from the caller (a device event id, a scan id): the same key is never posted twice.</summary>
    public string? IdempotencyKey { get; set; }
}
