namespace Spd.Domain.Organization;

/// <summary>院区.</summary>
public sealed class Campus
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }
}
