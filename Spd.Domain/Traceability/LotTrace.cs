using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Traceability;

/// <summary>A lot as it is asked for: an item code, or a model (every item of that model), and the lot number.</summary>
public sealed record LotQuery(string? ItemCode, string? Model, string LotNumber);

public sealed record LotItem(int Id, string Code, string Name, string Specification, string? Model, string Unit, string ManufacturerName);

/// <summary>Stock of the lot still on a shelf, in transit or set apart, by warehouse and location.</summary>
public sealed record LotStockRow(
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

/// <summary>A coded piece or pack of the lot, wherever it is now (or that it is gone).</summary>
public sealed record LotUnitRow(
    string Code,
    string ItemCode,
    string LotNumber,
    string? Serial,
    StockUnitStatus Status,
    StockState State,
    string? WarehouseName,
    string? DepartmentName,
    string? LocationCode);

/// <summary>
/// 批号追溯 (DOMAIN.md §4.9): every patient a lot was used on, where the rest of it is and each coded unit of it.
/// The recall report reads the same three queries (<see cref="RecallReport"/>).
/// </summary>
public sealed record LotTrace(IReadOnlyList<LotItem> Items, string LotNumber, IReadOnlyList<UseRow> Uses, IReadOnlyList<LotStockRow> Stock, IReadOnlyList<LotUnitRow> Units)
{
    public int Patients => Uses.Where(u => u.PatientId is not null).Select(u => u.PatientId).Distinct().Count();

    public int UsedQuantity => Uses.Sum(u => u.Quantity);

    public int StockQuantity => Stock.Sum(s => s.Quantity);

    /// <summary>Null when no item has that code or model.</summary>
    public static async Task<LotTrace?> LoadAsync(SpdDbContext db, LotQuery query, CancellationToken ct = default)
    {
        var lot = query.LotNumber.Trim();
        IQueryable<Item> items;
        if (query.ItemCode?.Trim() is { Length: > 0 } code)
        {
            items = db.Items.Where(i => i.Code == code);
        }
        else if (query.Model?.Trim() is { Length: > 0 } model)
        {
            items = db.Items.Where(i => i.Model == model);
        }
        else
        {
            return null;
        }

        var found = await items.AsNoTracking()
            .OrderBy(i => i.Code)
            .Select(i => new LotItem(i.Id, i.Code, i.Name, i.Specification, i.Model, i.Unit, i.Manufacturer!.Name))
            .ToListAsync(ct);
        if (found.Count == 0 || lot.Length == 0)
        {
            return null;
        }

        var ids = found.Select(i => i.Id).ToList();
        return new LotTrace(found, lot, await Usage.OfLotAsync(db, ids, lot, ct), await StockAsync(db, ids, lot, ct), await UnitsAsync(db, ids, lot, ct));
    }

    /// <param name="lotNumber">One lot, or every lot when null.</param>
    public static Task<List<LotStockRow>> StockAsync(SpdDbContext db, IReadOnlyCollection<int> itemIds, string? lotNumber, CancellationToken ct = default) =>
        db.StockBalances.AsNoTracking()
            .Where(b => itemIds.Contains(b.ItemId) && (lotNumber == null || b.LotNumber == lotNumber) && b.Quantity > 0)
            .OrderBy(b => b.Warehouse!.Kind).ThenBy(b => b.Warehouse!.Code).ThenBy(b => b.Location!.Code).ThenBy(b => b.Item!.Code).ThenBy(b => b.LotNumber).ThenBy(b => b.State)
            .Select(b => new LotStockRow(
                b.Warehouse!.Code, b.Warehouse.Name, b.Warehouse.Kind, b.Warehouse.OwnerDepartment == null ? null : b.Warehouse.OwnerDepartment.Name,
                b.Location == null ? null : b.Location.Code, b.Item!.Code, b.Item.Name, b.LotNumber, b.ExpiryDate, b.Quantity, b.State))
            .ToListAsync(ct);

    /// <param name="lotNumber">One lot, or every lot when null.</param>
    public static Task<List<LotUnitRow>> UnitsAsync(SpdDbContext db, IReadOnlyCollection<int> itemIds, string? lotNumber, CancellationToken ct = default) =>
        (from u in db.StockUnits.AsNoTracking().Where(u => itemIds.Contains(u.ItemId) && (lotNumber == null || u.LotNumber == lotNumber))
         join w in db.Warehouses on u.WarehouseId equals (int?)w.Id into warehouses
         from w in warehouses.DefaultIfEmpty()
         join l in db.Locations on u.LocationId equals (int?)l.Id into locations
         from l in locations.DefaultIfEmpty()
         orderby u.Status, u.Code
         select new LotUnitRow(
             u.Code, u.Item!.Code, u.LotNumber, u.Serial, u.Status, u.State,
             w == null ? null : w.Name, w == null || w.OwnerDepartment == null ? null : w.OwnerDepartment.Name, l == null ? null : l.Code))
        .ToListAsync(ct);
}
