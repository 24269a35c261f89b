namespace Spd.Domain.Admission;

/// <summary>One decision in an approval flow (admission, substitution, purchase plan, stocktake, requisition): who, when, from → to, why.</summary>
public sealed class WorkflowStep
{
    public long Id { get; set; }

    public int? AdmissionRequestId { get; set; }

    public int? SubstitutionId { get; set; }

    public int? PurchasePlanId { get; set; }

    public int? StocktakeId { get; set; }

    public int? RequisitionId { get; set; }

    public required string Action { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public required string UserName { get; set; }

    public required string Role { get; set; }

    public string? Comment { get; set; }

    public DateTime AtUtc { get; set; }
}
