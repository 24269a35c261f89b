using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Dispatching;

/// <summary>
/// Plans picking lines from one central warehouse, first expiry first out across lots, locations and owners:
/// coded stock by the piece or pack to take (a department's own packs before unassigned ones at the same expiry;
/// packs made for another department are not sent), loose stock by location and lot. Only what
/// <see cref="StockLedger.TakeableAsync"/> offers is planned — never expired, recalled, quarantined stock or
/// stock frozen by a stocktake — and only from a location (goods still in the receiving area are not put away
/// yet). Stock already planned on a dispatch still in the warehouse is reserved for it, and so is what this
/// planner planned earlier in the same operation.
/// </summary>
internal sealed class PickPlanner(SpdDbContext db, StockLedger ledger, int warehouseId)
{
    private readonly Dictionary<int, List<Candidate>> pools = [];

    /// <summary>Lines for up to <paramref name="quantity"/> base units of the item; fewer when the stock does not cover it.</summary>
    public async Task<List<DispatchLine>> PlanAsync(long requisitionLineId, int itemId, int departmentId, int quantity, int? substitutedItemId, CancellationToken ct)
    {
        var pool = await PoolAsync(itemId, ct);
        var lines = new List<DispatchLine>();
        var left = quantity;
        var order = pool
            .Where(c => c.Left > 0 && (c.PackDepartmentId is null || c.PackDepartmentId == departmentId))
            .OrderBy(c => c.Expiry ?? DateOnly.MaxValue)
            .ThenBy(c => c.PackDepartmentId == departmentId ? 0 : 1)
            .ThenBy(c => c.UnitId is null ? 1 : 0)
            .ThenBy(c => c.LocationCode, StringComparer.Ordinal)
            .ThenBy(c => c.Lot, StringComparer.Ordinal)
            .ThenBy(c => c.UnitCode, StringComparer.Ordinal);
        foreach (var candidate in order)
        {
            // A coded unit moves whole: a pack larger than what is left is not opened.
            var take = candidate.UnitId is null ? Math.Min(left, candidate.Left) : candidate.Left <= left ? candidate.Left : 0;
            if (take == 0)
            {
                continue;
            }

            candidate.Left -= take;
            left -= take;
            lines.Add(new DispatchLine
            {
                RequisitionLineId = requisitionLineId,
                ItemId = itemId,
                LocationId = candidate.LocationId,
                LotNumber = candidate.Lot,
                ExpiryDate = candidate.Expiry,
                OwnerSupplierId = candidate.Owner,
                StockUnitId = candidate.UnitId,
                Quantity = take,
                UnitCost = candidate.UnitCost,
                SubstitutedItemId = substitutedItemId,
            });
            if (left == 0)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>Base units of the item this planner could still plan for the department (what a substitute could cover).</summary>
    public async Task<int> AvailableAsync(int itemId, int departmentId, CancellationToken ct) =>
        (await PoolAsync(itemId, ct)).Where(c => c.PackDepartmentId is null || c.PackDepartmentId == departmentId).Sum(c => c.Left);

    private async Task<List<Candidate>> PoolAsync(int itemId, CancellationToken ct)
    {
        if (pools.TryGetValue(itemId, out var pool))
        {
            return pool;
        }

        var lots = (await ledger.TakeableAsync(warehouseId, itemId, ct)).Where(l => l.Balance.LocationId is not null).ToList();
        var reserved = await db.DispatchLines.AsNoTracking()
            .Where(l => l.ItemId == itemId && l.Dispatch!.FromWarehouseId == warehouseId && RequisitionProgress.InWarehouse.Contains(l.Dispatch.Status))
            .Select(l => new { l.LocationId, l.LotNumber, l.OwnerSupplierId, l.StockUnitId, l.Quantity })
            .ToListAsync(ct);
        var reservedUnits = reserved.Where(r => r.StockUnitId is not null).Select(r => r.StockUnitId!.Value).ToHashSet();
        var units = await db.StockUnits.AsNoTracking()
            .Where(u => u.WarehouseId == warehouseId && u.ItemId == itemId && u.Status == StockUnitStatus.InStock && u.State == StockState.Available && u.LocationId != null)
            .Select(u => new { u.Id, u.Code, u.Kind, u.DepartmentId, u.LocationId, u.LotNumber, u.OwnerSupplierId, u.Quantity })
            .ToListAsync(ct);
        var locationIds = lots.Select(l => l.Balance.LocationId!.Value).Distinct().ToList();
        var codes = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code, ct);

        pool = [];
        foreach (var lot in lots)
        {
            var balance = lot.Balance;
            var code = codes[balance.LocationId!.Value];
            var loose = lot.Takeable - reserved
                .Where(r => r.StockUnitId is null && r.LocationId == balance.LocationId && r.LotNumber == balance.LotNumber && r.OwnerSupplierId == balance.OwnerSupplierId)
                .Sum(r => r.Quantity);
            if (loose > 0)
            {
                pool.Add(new Candidate(balance.LocationId.Value, code, balance.LotNumber, balance.ExpiryDate, balance.OwnerSupplierId, balance.UnitCost, null, "", null) { Left = loose });
            }

            foreach (var unit in units.Where(u => u.LocationId == balance.LocationId && u.LotNumber == balance.LotNumber && u.OwnerSupplierId == balance.OwnerSupplierId
                         && !reservedUnits.Contains(u.Id)))
            {
                pool.Add(new Candidate(balance.LocationId.Value, code, balance.LotNumber, balance.ExpiryDate, balance.OwnerSupplierId, balance.UnitCost,
                    unit.Id, unit.Code, unit.Kind == StockUnitKind.Pack ? unit.DepartmentId : null) { Left = unit.Quantity });
            }
        }

        pools[itemId] = pool;
        return pool;
    }

    private sealed record Candidate(int LocationId, string LocationCode, string Lot, DateOnly? Expiry, int? Owner, decimal UnitCost, long? UnitId, string UnitCode, int? PackDepartmentId)
    {
        public int Left { get; set; }
    }
}
