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

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);

    public int? DaysLeft(DateOnly today) => ValidUntil is { } until ? until.DayNumber - today.DayNumber : null;
}
