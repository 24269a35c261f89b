using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

/// <summary>
/// 定数: the upper limit a secondary warehouse is replenished to on its delivery cycle. The system
/// suggests it from usage; only a limit the equipment department approved is replenished.
/// </summary>
public sealed class FixedQuantityLimit
{
    public int Id { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>The limit in base units, as proposed or approved.</summary>
    public int UpperLimit { get; set; }

    /// <summary>Suggested from the usage of the last cycles when last computed.</summary>
    public int? SuggestedLimit { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    public bool IsApproved => ApprovedUtc is not null;

    public bool IsActive { get; set; } = true;

    public DateTime ChangedUtc { get; set; }

    public int Version { get; set; }
}
