using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

public sealed record RecallHeader(
    int Id,
    string No,
    RecallKind Kind,
    RecallStatus Status,
    string? ItemCode,
    string? ItemName,
    string? ManufacturerName,
    string? Model,
    string? LotNumber,
    string Reason,
    DateTime StartedUtc,
    string StartedBy,
    DateTime DeadlineUtc,
    DateTime? ReportedUtc,
    DateTime? ClosedUtc,
    string? ClosedBy)
{
    /// <summary>Only a recall has the 12-hour report deadline; a hospital's own quarantine has none.</summary>
    public bool HasDeadline => Kind == RecallKind.Recall;

    /// <summary>Time left to the deadline; negative once it has passed.</summary>
    public TimeSpan Remaining(DateTime nowUtc) => DeadlineUtc - nowUtc;

    public bool IsOverdue(DateTime nowUtc) => HasDeadline && ReportedUtc is null && nowUtc > DeadlineUtc;

    public bool ReportedLate => HasDeadline && ReportedUtc > DeadlineUtc;
}

public sealed record RecallItemRow(int Id, string Code, string Name, string Specification, string? Model, string Unit, string ManufacturerName);

public sealed record RecallStockRow(
    string WarehouseCode,
    string WarehouseName,
    WarehouseKind WarehouseKind,
    string? DepartmentName,
    string? LocationCode,
    string ItemCode,
    string ItemName,
    string LotNumber,
    DateOnly? ExpiryDate,
    int Quantity,
    StockState State);

public sealed record RecallUnitRow(
    string Code,
    string ItemCode,
    string LotNumber,
    string? Serial,
    StockUnitStatus Status,
    StockState State,
    string? WarehouseName,
    string? DepartmentName,
    string? LocationCode);

public sealed record RecallConsumptionRow(
    DateTime AtUtc,
    string? PatientId,
    string ItemCode,
    string ItemName,
    string LotNumber,
    int Quantity,
    string? WarehouseName,
    string? DepartmentName,
    string? UnitCode,
    string DocumentNo,
    string UserName);

/// <summary>
/// Where every piece a recall reaches is (DOMAIN.md §4.9): stock by warehouse — central and department
/// warehouses, available (blocked) or quarantined —, each coded unit with its status, and the
/// consumption of the recalled lots with the patient who received them. Five indexed queries
/// (recall, items, balances, units, consumption), whatever the size of the recall.
/// </summary>
public sealed record RecallReport(
    RecallHeader Recall,
    IReadOnlyList<RecallItemRow> Items,
    IReadOnlyList<RecallStockRow> Stock,
    IReadOnlyList<RecallUnitRow> Units,
    IReadOnlyList<RecallConsumptionRow> Consumption)
{
    /// <summary>Still on a shelf as available: blocked by the recall but not yet set apart.</summary>
    public int AvailableQuantity => Stock.Where(s => s.State == StockState.Available).Sum(s => s.Quantity);

    public int QuarantinedQuantity => Stock.Where(s => s.State == StockState.Quarantined).Sum(s => s.Quantity);

    public int ConsumedQuantity => Consumption.Sum(c => c.Quantity);

    public int Patients => Consumption.Where(c => c.PatientId is not null).Select(c => c.PatientId).Distinct().Count();

    public int Warehouses => Stock.Select(s => s.WarehouseCode).Distinct().Count();

    public static async Task<RecallReport?> LoadAsync(SpdDbContext db, int recallId, CancellationToken ct = default)
    {
        var recall = await db.Recalls.AsNoTracking()
            .Where(r => r.Id == recallId)
            .Select(r => new
            {
                Header = new RecallHeader(
                    r.Id, r.No, r.Kind, r.Status,
                    r.Item == null ? null : r.Item.Code,
                    r.Item == null ? null : r.Item.Name,
                    r.Item != null ? r.Item.Manufacturer!.Name : r.Manufacturer == null ? null : r.Manufacturer.Name,
                    r.Item != null ? r.Item.Model : r.Model,
                    r.LotNumber, r.Reason, r.StartedUtc, r.StartedBy, r.DeadlineUtc, r.ReportedUtc, r.ClosedUtc, r.ClosedBy),
                r.ItemId,
                r.ManufacturerId,
                r.Model,
            })
            .FirstOrDefaultAsync(ct);
        if (recall is null)
        {
            return null;
        }

        var items = await db.Items.AsNoTracking()
            .Where(i => recall.ItemId != null ? i.Id == recall.ItemId : i.ManufacturerId == recall.ManufacturerId && i.Model == recall.Model)
            .OrderBy(i => i.Code)
            .Select(i => new RecallItemRow(i.Id, i.Code, i.Name, i.Specification, i.Model, i.Unit, i.Manufacturer!.Name))
            .ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var lot = recall.Header.LotNumber;

        var stock = await db.StockBalances.AsNoTracking()
            .Where(b => itemIds.Contains(b.ItemId) && (lot == null || b.LotNumber == lot) && b.Quantity > 0)
            .OrderBy(b => b.Warehouse!.Kind).ThenBy(b => b.Warehouse!.Code).ThenBy(b => b.Location!.Code).ThenBy(b => b.Item!.Code).ThenBy(b => b.LotNumber).ThenBy(b => b.State)
            .Select(b => new RecallStockRow(
                b.Warehouse!.Code, b.Warehouse.Name, b.Warehouse.Kind, b.Warehouse.OwnerDepartment == null ? null : b.Warehouse.OwnerDepartment.Name,
                b.Location == null ? null : b.Location.Code, b.Item!.Code, b.Item.Name, b.LotNumber, b.ExpiryDate, b.Quantity, b.State))
            .ToListAsync(ct);

        var units = await (
                from u in db.StockUnits.AsNoTracking().Where(u => itemIds.Contains(u.ItemId) && (lot == null || u.LotNumber == lot))
                join w in db.Warehouses on u.WarehouseId equals (int?)w.Id into warehouses
                from w in warehouses.DefaultIfEmpty()
                join l in db.Locations on u.LocationId equals (int?)l.Id into locations
                from l in locations.DefaultIfEmpty()
                orderby u.Status, u.Code
                select new RecallUnitRow(
                    u.Code, u.Item!.Code, u.LotNumber, u.Serial, u.Status, u.State,
                    w == null ? null : w.Name, w == null || w.OwnerDepartment == null ? null : w.OwnerDepartment.Name, l == null ? null : l.Code))
            .ToListAsync(ct);

        var consumption = await (
                from e in db.StockLedgerEntries.AsNoTracking()
                    .Where(e => itemIds.Contains(e.ItemId) && (lot == null || e.LotNumber == lot) && e.Kind == StockMovementKind.Consumption)
                join w in db.Warehouses on e.FromWarehouseId equals (int?)w.Id into warehouses
                from w in warehouses.DefaultIfEmpty()
                join u in db.StockUnits on e.StockUnitId equals (long?)u.Id into coded
                from u in coded.DefaultIfEmpty()
                orderby e.AtUtc, e.Id
                select new RecallConsumptionRow(
                    e.AtUtc, e.PatientId, e.Item!.Code, e.Item!.Name, e.LotNumber, e.Quantity,
                    w == null ? null : w.Name, w == null || w.OwnerDepartment == null ? null : w.OwnerDepartment.Name,
                    u == null ? null : u.Code, e.DocumentNo, e.UserName))
            .ToListAsync(ct);

        return new RecallReport(recall.Header, items, stock, units, consumption);
    }
}
