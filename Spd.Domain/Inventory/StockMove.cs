namespace Spd.Domain.Inventory;

/// <summary>
/// One movement asked of <see cref="StockLedger"/>: from a position, to a position, or both. Lot,
/// expiry and owner identify the stock; <see cref="StockUnitId"/> names the coded piece or pack
/// when there is one.
/// </summary>
public sealed record StockMove
{
    public required StockMovementKind Kind { get; init; }

    public required int ItemId { get; init; }

    public string LotNumber { get; init; } = "";

    public DateOnly? ExpiryDate { get; init; }

    public required int Quantity { get; init; }

    /// <summary>For stock put to a new position; taken stock keeps the cost of its balance.</summary>
    public decimal UnitCost { get; init; }

    public StockPosition? From { get; init; }

    public StockPosition? To { get; init; }

    public int? OwnerSupplierId { get; init; }

    public long? StockUnitId { get; init; }

    public required StockDocumentType DocumentType { get; init; }

    public required string DocumentNo { get; init; }

    public string? Reason { get; init; }

    public bool FefoOverride { get; init; }

    public string? PatientId { get; init; }

    public string? IdempotencyKey { get; init; }
}
