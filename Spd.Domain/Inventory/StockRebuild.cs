using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Inventory;

/// <summary>A balance whose stored quantity differs from what the ledger adds up to.</summary>
public sealed record StockDifference(int WarehouseId, int? LocationId, int ItemId, string LotNumber, int? OwnerSupplierId, StockState State, int Stored, int FromLedger);

/// <summary>
/// Balances are a cache of the ledger: summing every entry's puts minus its takes per
/// warehouse × location × item × lot × owner × state must give them back exactly.
/// </summary>
public static class StockRebuild
{
    private readonly record struct Key(int WarehouseId, int? LocationId, int ItemId, string LotNumber, int? OwnerSupplierId, StockState State);

    public static async Task<IReadOnlyList<StockDifference>> CompareAsync(SpdDbContext db, CancellationToken ct = default)
    {
        var fromLedger = await SumLedgerAsync(db, ct);
        var stored = await db.StockBalances.AsNoTracking()
            .Select(b => new { b.WarehouseId, b.LocationId, b.ItemId, b.LotNumber, b.OwnerSupplierId, b.State, b.Quantity })
            .ToListAsync(ct);
        var storedByKey = stored.ToDictionary(b => new Key(b.WarehouseId, b.LocationId, b.ItemId, b.LotNumber, b.OwnerSupplierId, b.State), b => b.Quantity);
        return [.. storedByKey.Keys.Union(fromLedger.Keys)
            .Select(k => new StockDifference(k.WarehouseId, k.LocationId, k.ItemId, k.LotNumber, k.OwnerSupplierId, k.State,
                storedByKey.GetValueOrDefault(k), fromLedger.GetValueOrDefault(k).Quantity))
            .Where(d => d.Stored != d.FromLedger)];
    }

    /// <summary>Sets every balance to the ledger's sum (adding the missing ones); returns how many changed.</summary>
    public static async Task<int> RebuildAsync(SpdDbContext db, CancellationToken ct = default)
    {
        var fromLedger = await SumLedgerAsync(db, ct);
        var balances = await db.StockBalances.ToListAsync(ct);
        var seen = new HashSet<Key>();
        var changed = 0;
        foreach (var balance in balances)
        {
            var key = new Key(balance.WarehouseId, balance.LocationId, balance.ItemId, balance.LotNumber, balance.OwnerSupplierId, balance.State);
            seen.Add(key);
            var quantity = fromLedger.GetValueOrDefault(key).Quantity;
            if (balance.Quantity != quantity)
            {
                balance.Quantity = quantity;
                balance.Version++;
                changed++;
            }
        }

        foreach (var (key, sum) in fromLedger.Where(p => !seen.Contains(p.Key) && p.Value.Quantity != 0))
        {
            var balance = StockBalance.At(new StockPosition(key.WarehouseId, key.LocationId, key.State), key.ItemId, key.LotNumber, sum.Expiry, key.OwnerSupplierId, sum.UnitCost);
            balance.Quantity = sum.Quantity;
            db.StockBalances.Add(balance);
            changed++;
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    private static async Task<Dictionary<Key, (int Quantity, DateOnly? Expiry, decimal UnitCost)>> SumLedgerAsync(SpdDbContext db, CancellationToken ct)
    {
        // Puts are read row by row (not grouped in SQL) so that each balance takes the cost of its latest put.
        var puts = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.ToWarehouseId != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.ToWarehouseId, e.ToLocationId, e.ItemId, e.LotNumber, e.OwnerSupplierId, e.ToState, e.Quantity, e.ExpiryDate, e.UnitCost })
            .ToListAsync(ct);
        var takes = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.FromWarehouseId != null)
            .GroupBy(e => new { e.FromWarehouseId, e.FromLocationId, e.ItemId, e.LotNumber, e.OwnerSupplierId, e.FromState })
            .Select(g => new { g.Key, Quantity = g.Sum(e => e.Quantity) })
            .ToListAsync(ct);
        var sums = new Dictionary<Key, (int Quantity, DateOnly? Expiry, decimal UnitCost)>();
        foreach (var put in puts)
        {
            var key = new Key(put.ToWarehouseId!.Value, put.ToLocationId, put.ItemId, put.LotNumber, put.OwnerSupplierId, put.ToState!.Value);
            var current = sums.GetValueOrDefault(key);
            sums[key] = (current.Quantity + put.Quantity, put.ExpiryDate ?? current.Expiry, put.UnitCost);
        }

        foreach (var take in takes)
        {
            var key = new Key(take.Key.FromWarehouseId!.Value, take.Key.FromLocationId, take.Key.ItemId, take.Key.LotNumber, take.Key.OwnerSupplierId, take.Key.FromState!.Value);
            var current = sums.GetValueOrDefault(key);
            sums[key] = (current.Quantity - take.Quantity, current.Expiry, current.UnitCost);
        }

        return sums;
    }
}
