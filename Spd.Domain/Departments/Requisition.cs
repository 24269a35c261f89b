using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

public enum RequisitionKind
{
    /// <summary>定数申领: raised by the system on the department's delivery cycle.</summary>
    FixedQuantity,

    /// <summary>临时申领.</summary>
    Temporary,

    /// <summary>超额申领: above the quota; the equipment department approves first.</summary>
    OverQuota,

    /// <summary>月度大计划: entered before the agreed date and reviewed.</summary>
    MonthlyPlan,
}

public enum RequisitionStatus
{
    Draft,

    /// <summary>Waiting for the equipment department (over-quota requests and monthly plans).</summary>
    PendingApproval,

    /// <summary>With the warehouse: waits for a wave.</summary>
    Submitted,

    /// <summary>In a picking wave.</summary>
    InWave,

    /// <summary>Dispatched, not all of it received.</summary>
    Dispatched,

    /// <summary>Everything dispatched has been received by the department.</summary>
    Received,

    Rejected,
    Cancelled,
}

/// <summary>How fast a dispatch is due: emergency within 1 h, normal within 24 h (hard limit 48 h).</summary>
public enum DispatchPriority
{
    Normal,
    Emergency,
}

/// <summary>申领单: a department asks its supplying warehouse for stock.</summary>
public sealed class Requisition
{
    public int Id { get; set; }

    /// <summary>SL + date + sequence.</summary>
    public required string No { get; set; }

    public RequisitionKind Kind { get; set; }

    public RequisitionStatus Status { get; set; }

    public DispatchPriority Priority { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>The department's secondary warehouse the stock goes to.</summary>
    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    /// <summary>The central warehouse that supplies it.</summary>
    public int SupplyingWarehouseId { get; set; }

    public Warehouse? SupplyingWarehouse { get; set; }

    /// <summary>The month a monthly plan or an over-quota request is for (first day of the month).</summary>
    public DateOnly? ForMonth { get; set; }

    /// <summary>The scheduled delivery date of a fixed-quantity cycle (the delay KPI counts from it).</summary>
    public DateOnly? ScheduledDate { get; set; }

    /// <summary>For a temporary or over-quota request: why it is needed.</summary>
    public string? Reason { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it reached the warehouse (the 5-day delay clock starts here).</summary>
    public DateTime? SubmittedUtc { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    public List<RequisitionLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>One item asked for, with what was dispatched and received against it.</summary>
public sealed class RequisitionLine
{
    public long Id { get; set; }

    public int RequisitionId { get; set; }

    public Requisition? Requisition { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>Base units asked for.</summary>
    public int Quantity { get; set; }

    /// <summary>Base units approved (a review may cut a monthly plan); the warehouse dispatches this.</summary>
    public int ApprovedQuantity { get; set; }

    public int DispatchedQuantity { get; set; }

    public int ReceivedQuantity { get; set; }

    /// <summary>缺货: the warehouse could not pick the full quantity when the line was dispatched.</summary>
    public DateTime? ShortFlaggedUtc { get; set; }

    /// <summary>When the department had received the whole approved quantity.</summary>
    public DateTime? CompletedUtc { get; set; }
}
