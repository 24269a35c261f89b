namespace Spd.Domain.Catalog;

public enum CertificateType
{
    /// <summary>营业执照.</summary>
    BusinessLicense,

    /// <summary>医疗器械经营许可证 (or 备案凭证).</summary>
    OperatingLicense,

    /// <summary>医疗器械生产许可证.</summary>
    ProductionLicense,

    /// <summary>授权书: the manufacturer's authorisation of the supplier.</summary>
    Authorization,
}

public enum CertificateStatus
{
    /// <summary>In force (entered by the equipment department or approved after upload).</summary>
    Approved,

    /// <summary>A renewal uploaded by the supplier, waiting for the equipment department.</summary>
    PendingReview,

    Rejected,

    /// <summary>Replaced by an approved renewal.</summary>
    Superseded,
}

/// <summary>资质证照 held by a supplier or a manufacturer.</summary>
public sealed class Certificate
{
    public int Id { get; set; }

    public CertificateType Type { get; set; }

    public required string Number { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? ValidFrom { get; set; }

    /// <summary>None for documents without an end date (长期).</summary>
    public DateOnly? ValidUntil { get; set; }

    public int? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public int? ManufacturerId { get; set; }

    public Manufacturer? Manufacturer { get; set; }

    /// <summary>For an authorisation letter: the manufacturer that authorises the supplier.</summary>
    public int? AuthorizingManufacturerId { get; set; }

    public Manufacturer? AuthorizingManufacturer { get; set; }

    public CertificateStatus Status { get; set; } = CertificateStatus.Approved;

    /// <summary>The certificate an uploaded renewal replaces once approved.</summary>
    public int? ReplacesCertificateId { get; set; }

    /// <summary>Original name of the scanned file (PDF or image).</summary>
    public string? FileName { get; set; }

    /// <summary>Name of the stored file in the certificate store, outside the web root.</summary>
    public string? StoredFileName { get; set; }

    public string? FileContentType { get; set; }

    public long? FileSize { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedUtc { get; set; }

    public string? ReviewNote { get; set; }

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);

    public int? DaysLeft(DateOnly today) => ValidUntil is { } until ? until.DayNumber - today.DayNumber : null;
}
