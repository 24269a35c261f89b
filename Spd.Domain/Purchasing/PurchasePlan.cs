using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Purchasing;

/// <summary>采购计划: the merged demand of a central warehouse and the secondary warehouses it supplies.</summary>
public sealed class PurchasePlan
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public PurchasePlanStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The user who pressed the button, or <c>system</c> for the scheduled run.</summary>
    public required string CreatedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public string? Comment { get; set; }

    public List<PurchasePlanLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public sealed class PurchasePlanLine
{
    public long Id { get; set; }

    public int PurchasePlanId { get; set; }

    public PurchasePlan? PurchasePlan { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    /// <summary>What the central warehouse needs to reach its maximum.</summary>
    public int CentralDemand { get; set; }

    /// <summary>What the secondary warehouses it supplies need beyond the central stock.</summary>
    public int SecondaryDemand { get; set; }

    /// <summary>To order, in base units; the equipment department may change it before approval.</summary>
    public int Quantity { get; set; }

    public Urgency Urgency { get; set; }

    public DateTime DueUtc { get; set; }

    public PurchasePlanLineStatus Status { get; set; }

    /// <summary>An <see cref="EligibilityProblem"/> code when refused.</summary>
    public string? RefusalCode { get; set; }

    /// <summary>JSON array of the refusal's arguments.</summary>
    public string? RefusalArguments { get; set; }

    public int? PurchaseOrderId { get; set; }
}
