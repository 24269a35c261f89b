using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Inventory;

/// <summary>
/// Stock on hand per warehouse × location × item × lot × owner × state, kept by <see cref="StockLedger"/>
/// in the same transaction as the entries that change it. <see cref="Version"/> makes two concurrent
/// takes of the same stock conflict instead of both succeeding.
/// </summary>
public sealed class StockBalance
{
    public long Id { get; set; }

    public int WarehouseId { get; set; }

    public Warehouse? Warehouse { get; set; }

    /// <summary>None while goods wait in the receiving area for put-away.</summary>
    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    /// <summary><see cref="LocationId"/> or 0: part of the unique key, which NULL cannot be on SQLite.</summary>
    public int LocationKey { get; private set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly? ExpiryDate { get; set; }

    public int? OwnerSupplierId { get; set; }

    /// <summary><see cref="OwnerSupplierId"/> or 0 for the hospital; part of the unique key.</summary>
    public int OwnerKey { get; private set; }

    public StockState State { get; set; }

    public int Quantity { get; set; }

    public decimal UnitCost { get; set; }

    public int Version { get; set; }

    public DateTime ChangedUtc { get; set; }

    public static StockBalance At(StockPosition position, int itemId, string lotNumber, DateOnly? expiry, int? ownerSupplierId, decimal unitCost) => new()
    {
        WarehouseId = position.WarehouseId,
        LocationId = position.LocationId,
        LocationKey = position.LocationId ?? 0,
        State = position.State,
        ItemId = itemId,
        LotNumber = lotNumber,
        ExpiryDate = expiry,
        OwnerSupplierId = ownerSupplierId,
        OwnerKey = ownerSupplierId ?? 0,
        UnitCost = unitCost,
    };

    public StockPosition Position => new(WarehouseId, LocationId, State);
}

/// <summary>Where stock is: a warehouse, a location in it (none = receiving area) and a state.</summary>
public readonly record struct StockPosition(int WarehouseId, int? LocationId, StockState State = StockState.Available);
