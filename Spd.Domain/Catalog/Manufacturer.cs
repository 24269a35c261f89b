namespace Spd.Domain.Catalog;

/// <summary>厂家.</summary>
public sealed class Manufacturer
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? CreditCode { get; set; }

    /// <summary>Country of origin; imported devices carry their own certificates.</summary>
    public string Country { get; set; } = "中国";

    public List<Certificate> Certificates { get; set; } = [];
}
