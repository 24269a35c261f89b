using Spd.Domain.Organization;

namespace Spd.Domain.Clinical;

/// <summary>A doctor from the HIS staff dictionary; <see cref="UserName"/> links the one who signs in to Spd.</summary>
public sealed class Doctor
{
    public int Id { get; set; }

    /// <summary>HIS staff code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public string? UserName { get; set; }

    public bool IsActive { get; set; } = true;
}
