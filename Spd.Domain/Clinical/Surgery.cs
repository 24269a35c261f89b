using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Clinical;

public enum SurgeryStatus
{
    /// <summary>On the schedule (from HIS or entered).</summary>
    Scheduled,

    /// <summary>The surgeon asked for the implant kit.</summary>
    KitRequested,

    /// <summary>The supplier's loaner set arrived (pre-acceptance, still the supplier's).</summary>
    SetDelivered,

    /// <summary>Certificates complete: the operation may go ahead and items may be scanned.</summary>
    Confirmed,

    /// <summary>Surgeon and nurse have both signed; the charges went to HIS.</summary>
    Signed,

    /// <summary>Unused loaner items went back to the supplier.</summary>
    Closed,

    Cancelled,
}

/// <summary>手术: an operation with its implant kit request, loaner set and double sign (双签).</summary>
public sealed class Surgery
{
    public int Id { get; set; }

    /// <summary>SS + date + sequence, or the HIS schedule number.</summary>
    public required string No { get; set; }

    public int PatientId { get; set; }

    public Patient? Patient { get; set; }

    public required string EncounterNo { get; set; }

    /// <summary>The surgical department.</summary>
    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>The operating theatre's secondary warehouse the loaner set goes to.</summary>
    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public required string Operation { get; set; }

    public string? DrgGroup { get; set; }

    public int SurgeonId { get; set; }

    public Doctor? Surgeon { get; set; }

    public DateTime ScheduledUtc { get; set; }

    public SurgeryStatus Status { get; set; }

    /// <summary>The loaner-set supplier.</summary>
    public int? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public string? RequestedBy { get; set; }

    public DateTime? RequestedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public string? SurgeonSignedBy { get; set; }

    public DateTime? SurgeonSignedUtc { get; set; }

    public string? NurseSignedBy { get; set; }

    public DateTime? NurseSignedUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    public List<SurgeryRequestLine> RequestLines { get; set; } = [];

    public List<LoanerSetLine> LoanerLines { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>One line of the implant kit requisition.</summary>
public sealed class SurgeryRequestLine
{
    public int Id { get; set; }

    public int SurgeryId { get; set; }

    public Surgery? Surgery { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int Quantity { get; set; }
}

public enum LoanerLineStatus
{
    /// <summary>In the theatre, the supplier's.</summary>
    Delivered,

    /// <summary>Scanned as used on the patient: received and issued at once.</summary>
    Used,

    /// <summary>Unused, back with the supplier.</summary>
    Returned,
}

/// <summary>One coded piece of a loaner set (跟台).</summary>
public sealed class LoanerSetLine
{
    public long Id { get; set; }

    public int SurgeryId { get; set; }

    public Surgery? Surgery { get; set; }

    public long StockUnitId { get; set; }

    public StockUnit? StockUnit { get; set; }

    public LoanerLineStatus Status { get; set; }

    public DateTime? ChangedUtc { get; set; }
}
