namespace Spd.Domain.Clinical;

/// <summary>A patient as HIS knows them; the key is the HIS patient number.</summary>
public sealed class Patient
{
    public int Id { get; set; }

    /// <summary>HIS 患者 ID.</summary>
    public required string PatientNo { get; set; }

    public required string Name { get; set; }

    public DateTime ChangedUtc { get; set; }
}
