using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Purchasing;

/// <summary>采购订单: one supplier, one receiving warehouse, published to the supplier portal.</summary>
public sealed class PurchaseOrder
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public int? PurchasePlanId { get; set; }

    public Urgency Urgency { get; set; }

    public PurchaseOrderStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>By when the goods must arrive: 24 h (normal) or 8 h (urgent) after publication.</summary>
    public DateTime DueUtc { get; set; }

    /// <summary>交期: the delivery date the supplier confirmed.</summary>
    public DateOnly? ConfirmedDeliveryDate { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public string? ConfirmedBy { get; set; }

    public List<PurchaseOrderLine> Lines { get; set; } = [];

    public DateTime ChangedUtc { get; set; }

    public int Version { get; set; }
}

public sealed class PurchaseOrderLine
{
    public long Id { get; set; }

    public int PurchaseOrderId { get; set; }

    public PurchaseOrder? PurchaseOrder { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    /// <summary>On submitted delivery notes.</summary>
    public int DeliveredQuantity { get; set; }

    public int ReceivedQuantity { get; set; }

    public int RefusedQuantity { get; set; }

    /// <summary>缺货标记: set by the supplier or by a partial receipt; feeds the stock-out KPI.</summary>
    public bool Short { get; set; }

    public DateTime? ShortFlaggedUtc { get; set; }

    /// <summary>When a later delivery completed the line and cleared the flag.</summary>
    public DateTime? ShortClearedUtc { get; set; }

    public string? ShortNote { get; set; }

    public int OpenQuantity => Math.Max(0, Quantity - ReceivedQuantity);
}
