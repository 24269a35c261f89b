using Spd.Domain.Catalog;
using Spd.Domain.Organization;

namespace Spd.Domain.Admission;

/// <summary>The steps of 新进耗材准入 (DOMAIN.md §4.1), in order.</summary>
public enum AdmissionStatus
{
    /// <summary>Submitted by the department, waiting for its head.</summary>
    Submitted,

    /// <summary>Signed by the head of department, waiting for the equipment department's review.</summary>
    HeadApproved,

    /// <summary>Reviewed by the equipment department, waiting for the admission committee.</summary>
    EquipmentReviewed,

    /// <summary>Approved by the committee; the equipment department creates the item.</summary>
    CommitteeApproved,

    /// <summary>The item exists (draft); the price office sets the charge code.</summary>
    ItemCreated,

    /// <summary>Charge code set; the insurance office maps the national code.</summary>
    ChargeCodeSet,

    /// <summary>National code set; the item is active and synchronised to HIS.</summary>
    Active,

    Rejected,

    Withdrawn,
}

/// <summary>新进耗材准入申请: a department's request for a consumable the hospital does not stock yet.</summary>
public sealed class AdmissionRequest
{
    public int Id { get; set; }

    /// <summary>Human reference, e.g. ZR202611-0007.</summary>
    public required string Number { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public required string ApplicantUserName { get; set; }

    public required string ItemName { get; set; }

    public required string Specification { get; set; }

    public string? Model { get; set; }

    public string? ManufacturerName { get; set; }

    public int? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public ItemCategory Category { get; set; }

    /// <summary>Clinical need (申请理由).</summary>
    public required string Reason { get; set; }

    public int ExpectedAnnualQuantity { get; set; }

    public decimal EstimatedUnitPrice { get; set; }

    /// <summary>The item in use it replaces (替代原则), if any.</summary>
    public int? ReplacesItemId { get; set; }

    public Item? ReplacesItem { get; set; }

    public AdmissionStatus Status { get; set; } = AdmissionStatus.Submitted;

    /// <summary>The item the equipment department created for it.</summary>
    public int? CreatedItemId { get; set; }

    public Item? CreatedItem { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public List<WorkflowStep> Steps { get; set; } = [];
}
