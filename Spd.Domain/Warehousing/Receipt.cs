using Spd.Domain.Catalog;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Warehousing;

public enum ReceiptStatus
{
    /// <summary>The keeper scanned the delivery note and is checking its lines.</summary>
    Checking,

    /// <summary>Accepted lines are labelled and wait for put-away.</summary>
    PuttingAway,

    Completed,
}

/// <summary>验收入库: the check of one delivery note, from the first scan to the last put-away.</summary>
public sealed class Receipt
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int DeliveryNoteId { get; set; }

    public DeliveryNote? DeliveryNote { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public ReceiptStatus Status { get; set; }

    public required string UserName { get; set; }

    /// <summary>The first scan: the start of the receiving time KPI.</summary>
    public DateTime StartedUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    /// <summary>The last put-away: the end of the receiving time KPI.</summary>
    public DateTime? CompletedUtc { get; set; }

    public List<ReceiptLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>The verdict on one delivery note line: accepted quantity, refused quantity and why.</summary>
public sealed class ReceiptLine
{
    public long Id { get; set; }

    public int ReceiptId { get; set; }

    public Receipt? Receipt { get; set; }

    public long DeliveryNoteLineId { get; set; }

    public DeliveryNoteLine? DeliveryNoteLine { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public required string LotNumber { get; set; }

    public DateOnly? ExpiryDate { get; set; }

    public int AcceptedQuantity { get; set; }

    public int RefusedQuantity { get; set; }

    /// <summary>A <c>Receiving.{Code}</c> refusal reason.</summary>
    public string? RefusalCode { get; set; }

    /// <summary>JSON array of the refusal's arguments.</summary>
    public string? RefusalArguments { get; set; }

    /// <summary>The consignment supplier that keeps ownership; none for hospital stock.</summary>
    public int? OwnerSupplierId { get; set; }

    public decimal UnitCost { get; set; }

    public int PutAwayQuantity { get; set; }
}
