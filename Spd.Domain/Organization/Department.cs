using Spd.Domain.Catalog;

namespace Spd.Domain.Organization;

public enum DepartmentType
{
    Clinical,
    MedicalTechnology,
    Administrative,
    Support,
}

/// <summary>科室. One organisation dictionary shared with HIS, HRP and costing; the cost centre links it to costing.</summary>
public sealed class Department
{
    private string name = "";

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name
    {
        get => name;
        set => (name, NameInitials) = (value, Pinyin.Initials(value));
    }

    /// <summary>Pinyin initials of <see cref="Name"/>, lower case, for search (gjwk → 关节外科…).</summary>
    public string NameInitials { get; private set; } = "";

    public DepartmentType Type { get; set; }

    public required string CostCenterCode { get; set; }

    public int CampusId { get; set; }

    public Campus? Campus { get; set; }

    public bool IsActive { get; set; } = true;
}
