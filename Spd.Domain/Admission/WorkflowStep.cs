namespace Spd.Domain.Admission;

/// <summary>One decision in an approval flow (admission or substitution): who, when, from → to, why.</summary>
public sealed class WorkflowStep
{
    public long Id { get; set; }

    public int? AdmissionRequestId { get; set; }

    public int? SubstitutionId { get; set; }

    public required string Action { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public required string UserName { get; set; }

    public required string Role { get; set; }

    public string? Comment { get; set; }

    public DateTime AtUtc { get; set; }
}
