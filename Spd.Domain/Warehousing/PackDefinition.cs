using Spd.Domain.Catalog;
using Spd.Domain.Organization;

namespace Spd.Domain.Warehousing;

/// <summary>定数包 definition: a department's fixed pack size for an item, packed at receipt (入库即打包).</summary>
public sealed class PackDefinition
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>Base units per pack, adjusted to the department's consumption pattern.</summary>
    public int PackSize { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime ChangedUtc { get; set; }
}
