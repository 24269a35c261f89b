using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

/// <summary>The four return reasons; they feed the accuracy KPIs.</summary>
public enum ReturnReason
{
    /// <summary>发放错误.</summary>
    WrongItem,

    /// <summary>质量问题.</summary>
    Quality,

    /// <summary>过效期.</summary>
    Expired,

    /// <summary>标签出错.</summary>
    LabelError,
}

public enum ReturnDestination
{
    CentralWarehouse,
    Supplier,
}

public enum ReturnStatus
{
    /// <summary>Sent by the department; the stock is quarantined at the department until collected.</summary>
    Submitted,

    /// <summary>Taken back by the central warehouse or the supplier.</summary>
    Accepted,

    /// <summary>The supplier replaced the goods.</summary>
    Replaced,

    Cancelled,
}

/// <summary>科室退货: a department sends goods back, with one of the four reasons.</summary>
public sealed class DepartmentReturn
{
    public int Id { get; set; }

    /// <summary>KT + date + sequence.</summary>
    public required string No { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public ReturnReason Reason { get; set; }

    public ReturnDestination Destination { get; set; }

    public ReturnStatus Status { get; set; }

    /// <summary>The dispatch the goods came with, when known.</summary>
    public int? DispatchId { get; set; }

    public Dispatch? Dispatch { get; set; }

    public int? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public string? Comment { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    /// <summary>A supplier replaces non-conforming goods within 48 h of acceptance.</summary>
    public DateTime? ReplacementDueUtc { get; set; }

    public DateTime? ReplacedUtc { get; set; }

    public List<DepartmentReturnLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public sealed class DepartmentReturnLine
{
    public long Id { get; set; }

    public int DepartmentReturnId { get; set; }

    public DepartmentReturn? DepartmentReturn { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public int? OwnerSupplierId { get; set; }

    public long? StockUnitId { get; set; }

    public StockUnit? StockUnit { get; set; }

    public int Quantity { get; set; }
}
