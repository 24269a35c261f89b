using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Clinical;

/// <summary>
/// 消耗: one use of stock in a department, with everything the trace and the cockpit need. An
/// order-linked item's consumption has exactly one <see cref="Charge"/>.
/// </summary>
public sealed class Consumption
{
    public long Id { get; set; }

    /// <summary>XH + date + sequence.</summary>
    public required string No { get; set; }

    public DateTime AtUtc { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    /// <summary>The manufacturer's serial of a unique piece.</summary>
    public string? Serial { get; set; }

    public long? StockUnitId { get; set; }

    public StockUnit? StockUnit { get; set; }

    public int Quantity { get; set; }

    public decimal UnitCost { get; set; }

    /// <summary>寄售: the supplier owned it until this use (即入即出); it has a settlement line.</summary>
    public int? OwnerSupplierId { get; set; }

    public int? PatientId { get; set; }

    public Patient? Patient { get; set; }

    public string? EncounterNo { get; set; }

    public long? HisOrderLineId { get; set; }

    public HisOrderLine? HisOrderLine { get; set; }

    public int? DoctorId { get; set; }

    public Doctor? Doctor { get; set; }

    public int? SurgeryId { get; set; }

    public Surgery? Surgery { get; set; }

    public string? Operation { get; set; }

    public string? DrgGroup { get; set; }

    public required string UserName { get; set; }

    /// <summary>The PDA, scanner or cabinet that read the code.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The client's scan id: the same scan sent twice is one consumption.</summary>
    public string? ScanId { get; set; }

    /// <summary>Consumed items scanned back (wrong patient, unused): the charge is cancelled with it.</summary>
    public DateTime? ReversedUtc { get; set; }
}

public enum ChargeStatus
{
    /// <summary>An implant charge waiting for the surgeon's and the nurse's signatures.</summary>
    Held,

    /// <summary>Ready for HIS to post.</summary>
    Ready,

    /// <summary>HIS confirmed it posted the charge.</summary>
    Acknowledged,

    /// <summary>Cancelled with its consumption before HIS posted it.</summary>
    Cancelled,
}

/// <summary>计费: the patient charge of one order-linked consumption; <see cref="Id"/> is the stable id HIS keys on.</summary>
public sealed class Charge
{
    public long Id { get; set; }

    public long ConsumptionId { get; set; }

    public Consumption? Consumption { get; set; }

    public int PatientId { get; set; }

    public Patient? Patient { get; set; }

    public required string EncounterNo { get; set; }

    public long? HisOrderLineId { get; set; }

    public required string ChargeCode { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }

    public ChargeStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when it became <see cref="ChargeStatus.Ready"/>: HIS polls with <c>since</c> on this.</summary>
    public DateTime? ReadyUtc { get; set; }

    public DateTime? AcknowledgedUtc { get; set; }

    public int Version { get; set; }
}

public enum ScanOutcome
{
    Consumed,
    Refused,
}

/// <summary>A scan posted by a device or PDA, kept by its client scan id so a resent scan gets the first answer.</summary>
public sealed class ScanEvent
{
    public long Id { get; set; }

    public required string ScanId { get; set; }

    public string? DeviceId { get; set; }

    public required string Code { get; set; }

    public string? LocationCode { get; set; }

    public string? PatientNo { get; set; }

    public string? OrderNo { get; set; }

    public required string UserName { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public ScanOutcome Outcome { get; set; }

    public long? ConsumptionId { get; set; }

    public Consumption? Consumption { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }
}
