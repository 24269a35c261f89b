using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Purchasing;

/// <summary>
/// Stock control per warehouse × item (DOMAIN.md §4.2): below <see cref="ReorderPoint"/> a purchase
/// plan line is raised for 24 h delivery, below <see cref="SafetyStock"/> for 8 h; the plan tops up
/// to <see cref="MaxLevel"/>. <see cref="FixedLocationId"/> is the item's bin (货位绑定) for put-away.
/// </summary>
public sealed class ReplenishmentSetting
{
    public int Id { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int? FixedLocationId { get; set; }

    public Location? FixedLocation { get; set; }

    public int SafetyStock { get; set; }

    public int ReorderPoint { get; set; }

    public int MinLevel { get; set; }

    public int MaxLevel { get; set; }

    public DateTime ChangedUtc { get; set; }

    public int Version { get; set; }
}
