using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

public enum DispatchStatus
{
    /// <summary>Picking list out; lines are being picked and checked by scan.</summary>
    Picking,

    /// <summary>Every line checked; the note can be printed and the goods leave.</summary>
    Checked,

    /// <summary>Left the warehouse; stock in transit to the department.</summary>
    Dispatched,

    /// <summary>Signed for by the department.</summary>
    Received,

    Cancelled,
}

/// <summary>出库单 / 配送单: what one requisition gets from one wave, with its times for the SLA and delivery KPIs.</summary>
public sealed class Dispatch
{
    public int Id { get; set; }

    /// <summary>CK + date + sequence; printed as text and QR code on the note.</summary>
    public required string No { get; set; }

    public int? WaveId { get; set; }

    public Wave? Wave { get; set; }

    public int RequisitionId { get; set; }

    public Requisition? Requisition { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int FromWarehouseId { get; set; }

    public Warehouse? FromWarehouse { get; set; }

    public int ToWarehouseId { get; set; }

    public Warehouse? ToWarehouse { get; set; }

    public DispatchStatus Status { get; set; }

    public DispatchPriority Priority { get; set; }

    /// <summary>The SLA deadline: opened + 1 h (emergency) or + 24 h (normal).</summary>
    public DateTime DueUtc { get; set; }

    /// <summary>The dispatch was opened in the system (dispatch-time KPI starts).</summary>
    public DateTime OpenedUtc { get; set; }

    public DateTime? CheckedUtc { get; set; }

    /// <summary>The note was printed (dispatch-time KPI ends, delivery-time KPI starts).</summary>
    public DateTime? PrintedUtc { get; set; }

    public DateTime? DispatchedUtc { get; set; }

    public string? Courier { get; set; }

    /// <summary>Delivery box (周转箱) code.</summary>
    public string? BoxCode { get; set; }

    public DateTime? ReceivedUtc { get; set; }

    public string? ReceivedBy { get; set; }

    /// <summary>出库即收货: received by the system at dispatch; the delivery-time KPI leaves it out.</summary>
    public bool ReceivedAtDispatch { get; set; }

    /// <summary>签收单返回: the signed paper note came back to the warehouse.</summary>
    public DateTime? SignedNoteReturnedUtc { get; set; }

    public string? SignedNoteReturnedBy { get; set; }

    public List<DispatchLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>
/// A line of the picking list: FEFO names the location, lot and (for coded stock) the unit; the
/// pick check scans it. A substitute line dispatches another item against the requisition line.
/// </summary>
public sealed class DispatchLine
{
    public long Id { get; set; }

    public int DispatchId { get; set; }

    public Dispatch? Dispatch { get; set; }

    public long RequisitionLineId { get; set; }

    public RequisitionLine? RequisitionLine { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    public int? OwnerSupplierId { get; set; }

    /// <summary>The coded piece or pack to pick, when the stock is coded.</summary>
    public long? StockUnitId { get; set; }

    public StockUnit? StockUnit { get; set; }

    public int Quantity { get; set; }

    public decimal UnitCost { get; set; }

    /// <summary>Pick check done: the unit (or the location and lot) was scanned.</summary>
    public DateTime? CheckedUtc { get; set; }

    /// <summary>替代: dispatched in place of the requisitioned item.</summary>
    public int? SubstitutedItemId { get; set; }

    public int ReceivedQuantity { get; set; }
}
