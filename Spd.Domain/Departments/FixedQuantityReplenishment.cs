using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

/// <summary>What one replenishment run did: the delivery date, the departments due, the requisitions raised, and the warehouses raised for earlier that day.</summary>
public sealed record ReplenishmentRun(DateOnly Date, int Departments, IReadOnlyList<Requisition> Created, int AlreadyRaised);

/// <summary>
/// 定数申领 (DOMAIN.md §4.6): on each department's delivery date (<see cref="DeliverySchedule"/>) every secondary
/// warehouse of the department is topped up to its approved limits, without anyone asking.
/// <para>
/// Per approved, active limit L of an active item: need = L − (available + in-transit stock in the warehouse, every
/// location and owner, quarantined stock left out) − the open quantity of its requisitions already with the warehouse
/// (<see cref="RequisitionStatus.Submitted"/> or <see cref="RequisitionStatus.InWave"/>: approved − dispatched; what
/// was dispatched is in transit or received). A positive need is rounded up to whole packs when the department has a
/// pack definition for the item. The lines of one warehouse make one fixed-quantity requisition, submitted at once
/// and scheduled for the delivery date (the receipt-delay KPI counts from it).
/// </para>
/// Idempotent: a warehouse that already has a fixed-quantity requisition for the date (in any status, so a cancelled
/// one is not raised again) gets none. Quotas do not block it: the limits are the equipment department's own
/// approval, and its quantities count towards the quotas like any other request (ADR 9).
/// </summary>
public static class FixedQuantityReplenishment
{
    private static readonly RequisitionStatus[] Open = [RequisitionStatus.Submitted, RequisitionStatus.InWave];

    /// <summary>The quantity to send: what is missing to the limit, in whole packs when there is a pack size; never negative.</summary>
    public static int Need(int upperLimit, int onHandAndInTransit, int openRequested, int? packSize)
    {
        var need = upperLimit - onHandAndInTransit - openRequested;
        return need <= 0 ? 0 : packSize is > 0 and var size ? FixedQuantityLimits.WholePacks(need, size) : need;
    }

    /// <summary>Runs today's replenishment and saves the requisitions in one transaction.</summary>
    public static async Task<ReplenishmentRun> RunAsync(SpdDbContext db, TimeProvider clock, string userName, CancellationToken ct = default)
    {
        var calendar = new BusinessCalendar(clock);
        var today = calendar.Today;
        var now = calendar.UtcNow;
        var supplies = (await db.DepartmentSupplies.AsNoTracking().Where(s => s.Department!.IsActive).ToListAsync(ct))
            .Where(s => DeliverySchedule.IsDeliveryDate(s, today))
            .ToList();
        var departmentIds = supplies.Select(s => s.DepartmentId).ToList();
        var warehouses = await db.Warehouses.AsNoTracking()
            .Where(w => w.IsActive && w.Kind == WarehouseKind.Secondary && w.SupplyingWarehouseId != null
                && w.OwnerDepartmentId != null && departmentIds.Contains(w.OwnerDepartmentId.Value))
            .OrderBy(w => w.Code)
            .Select(w => new { w.Id, DepartmentId = w.OwnerDepartmentId!.Value, SupplyingWarehouseId = w.SupplyingWarehouseId!.Value })
            .ToListAsync(ct);
        var warehouseIds = warehouses.Select(w => w.Id).ToList();
        var raised = await db.Requisitions.AsNoTracking()
            .Where(r => r.Kind == RequisitionKind.FixedQuantity && r.ScheduledDate == today && warehouseIds.Contains(r.WarehouseId))
            .Select(r => r.WarehouseId)
            .ToListAsync(ct);
        var due = warehouses.Where(w => !raised.Contains(w.Id)).ToList();
        var dueIds = due.Select(w => w.Id).ToList();

        var limits = (await db.FixedQuantityLimits.AsNoTracking()
                .Where(l => dueIds.Contains(l.WarehouseId) && l.IsActive && l.ApprovedUtc != null && l.UpperLimit > 0 && l.Item!.Status == ItemStatus.Active)
                .Select(l => new { l.WarehouseId, l.ItemId, l.UpperLimit })
                .ToListAsync(ct))
            .ToLookup(l => l.WarehouseId);
        var stock = await db.StockBalances.AsNoTracking()
            .Where(b => dueIds.Contains(b.WarehouseId) && (b.State == StockState.Available || b.State == StockState.InTransit))
            .GroupBy(b => new { b.WarehouseId, b.ItemId })
            .Select(g => new { g.Key.WarehouseId, g.Key.ItemId, Quantity = g.Sum(b => b.Quantity) })
            .ToDictionaryAsync(g => (g.WarehouseId, g.ItemId), g => g.Quantity, ct);
        var open = await db.RequisitionLines.AsNoTracking()
            .Where(l => dueIds.Contains(l.Requisition!.WarehouseId) && Open.Contains(l.Requisition.Status) && l.ApprovedQuantity > l.DispatchedQuantity)
            .GroupBy(l => new { l.Requisition!.WarehouseId, l.ItemId })
            .Select(g => new { g.Key.WarehouseId, g.Key.ItemId, Quantity = g.Sum(l => l.ApprovedQuantity - l.DispatchedQuantity) })
            .ToDictionaryAsync(g => (g.WarehouseId, g.ItemId), g => g.Quantity, ct);
        var packs = await db.PackDefinitions.AsNoTracking()
            .Where(p => p.IsActive && departmentIds.Contains(p.DepartmentId))
            .ToDictionaryAsync(p => (p.DepartmentId, p.ItemId), p => p.PackSize, ct);

        var created = new List<Requisition>();
        foreach (var warehouse in due)
        {
            var lines = limits[warehouse.Id]
                .Select(l => new RequisitionLine
                {
                    ItemId = l.ItemId,
                    Quantity = Need(l.UpperLimit, stock.GetValueOrDefault((warehouse.Id, l.ItemId)), open.GetValueOrDefault((warehouse.Id, l.ItemId)),
                        packs.TryGetValue((warehouse.DepartmentId, l.ItemId), out var size) ? size : null),
                })
                .Where(l => l.Quantity > 0)
                .OrderBy(l => l.ItemId)
                .ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            lines.ForEach(l => l.ApprovedQuantity = l.Quantity);
            var requisition = new Requisition
            {
                No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Requisition, today, ct),
                Kind = RequisitionKind.FixedQuantity,
                Status = RequisitionStatus.Submitted,
                Priority = DispatchPriority.Normal,
                DepartmentId = warehouse.DepartmentId,
                WarehouseId = warehouse.Id,
                SupplyingWarehouseId = warehouse.SupplyingWarehouseId,
                ScheduledDate = today,
                RequestedBy = userName,
                CreatedUtc = now,
                SubmittedUtc = now,
                Lines = lines,
            };
            db.Requisitions.Add(requisition);
            created.Add(requisition);
        }

        if (created.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new ReplenishmentRun(today, supplies.Count, created, raised.Distinct().Count());
    }
}
