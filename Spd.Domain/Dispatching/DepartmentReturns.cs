using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

/// <summary>Stock of a department warehouse to send back: a coded unit, or a quantity of a loose lot at a location.</summary>
public sealed record ReturnDraftLine(int ItemId, string LotNumber, int? OwnerSupplierId, int? LocationId, long? StockUnitId, int Quantity);

public sealed record ReturnDraft(int WarehouseId, ReturnReason Reason, ReturnDestination Destination, string? Comment, IReadOnlyList<ReturnDraftLine> Lines)
{
    /// <summary>The dispatch the goods came with, when the department knows it.</summary>
    public int? DispatchId { get; init; }
}

/// <summary>What a department warehouse holds that it may return: available pieces, packs and loose lots, expired ones included.</summary>
public sealed record ReturnableStock(
    int ItemId, string ItemCode, string ItemName, string Specification, string Unit, string LotNumber, DateOnly? ExpiryDate, int? OwnerSupplierId,
    int? LocationId, string? LocationCode, long? StockUnitId, string? UnitCode, int Quantity);

/// <summary>
/// 科室退货 (DOMAIN.md §4.9): a department sends goods back with one of the four reasons, which feed the accuracy KPIs.
/// Submitting sets the goods apart in the department (quarantined, no location) until they are collected. The central
/// warehouse accepts them back — still quarantined for a quality problem, an expiry or a label error, available again
/// for a wrong item — or they go back to the supplier, who must replace them within 48 hours of acceptance
/// (<see cref="IsOverdue"/>); the replacement closes the return.
/// </summary>
public sealed class DepartmentReturns(TimeProvider clock)
{
    public static readonly TimeSpan ReplacementWindow = TimeSpan.FromHours(48);

    public const string NotADepartmentWarehouse = nameof(NotADepartmentWarehouse);
    public const string NotYourWarehouse = nameof(NotYourWarehouse);
    public const string ReturnNoLines = nameof(ReturnNoLines);
    public const string ReturnMixedSuppliers = nameof(ReturnMixedSuppliers);
    public const string UnknownReturn = nameof(UnknownReturn);
    public const string ReturnNotSubmitted = nameof(ReturnNotSubmitted);
    public const string ReturnNotToSupplier = nameof(ReturnNotToSupplier);
    public const string NoCentralWarehouse = nameof(NoCentralWarehouse);

    /// <summary>Where goods wait to be collected: apart, in the department warehouse, on no shelf.</summary>
    public static StockPosition SetApart(int warehouseId) => new(warehouseId, null, StockState.Quarantined);

    public static bool IsOverdue(DepartmentReturn value, DateTime nowUtc) =>
        value.Status == ReturnStatus.Accepted && value.ReplacementDueUtc < nowUtc;

    public static async Task<IReadOnlyList<ReturnableStock>> ReturnableAsync(SpdDbContext db, int warehouseId, CancellationToken ct = default)
    {
        var balances = await db.StockBalances.AsNoTracking()
            .Where(b => b.WarehouseId == warehouseId && b.State == StockState.Available && b.Quantity > 0)
            .Select(b => new { b.ItemId, b.Item!.Code, b.Item.Name, b.Item.Specification, b.Item.Unit, b.LotNumber, b.ExpiryDate, b.OwnerSupplierId, b.LocationId, LocationCode = b.Location!.Code, b.Quantity })
            .ToListAsync(ct);
        var units = await db.StockUnits.AsNoTracking()
            .Where(u => u.WarehouseId == warehouseId && u.Status == StockUnitStatus.InStock && u.State == StockState.Available)
            .Select(u => new { u.Id, u.Code, u.ItemId, u.LotNumber, u.OwnerSupplierId, u.LocationId, u.Quantity })
            .ToListAsync(ct);
        var rows = new List<ReturnableStock>();
        foreach (var b in balances)
        {
            var coded = units.Where(u => u.ItemId == b.ItemId && u.LotNumber == b.LotNumber && u.OwnerSupplierId == b.OwnerSupplierId && u.LocationId == b.LocationId).ToList();
            rows.AddRange(coded.Select(u => new ReturnableStock(b.ItemId, b.Code, b.Name, b.Specification, b.Unit, b.LotNumber, b.ExpiryDate, b.OwnerSupplierId,
                b.LocationId, b.LocationCode, u.Id, u.Code, u.Quantity)));
            var loose = b.Quantity - coded.Sum(u => u.Quantity);
            if (loose > 0)
            {
                rows.Add(new ReturnableStock(b.ItemId, b.Code, b.Name, b.Specification, b.Unit, b.LotNumber, b.ExpiryDate, b.OwnerSupplierId, b.LocationId, b.LocationCode, null, null, loose));
            }
        }

        return [.. rows.OrderBy(r => r.ItemCode, StringComparer.Ordinal).ThenBy(r => r.ExpiryDate).ThenBy(r => r.LotNumber, StringComparer.Ordinal).ThenBy(r => r.UnitCode, StringComparer.Ordinal)];
    }

    /// <param name="departmentId">The only department the user may return for; null for anyone.</param>
    public async Task<WarehouseResult<DepartmentReturn>> SubmitAsync(SpdDbContext db, ReturnDraft draft, int? departmentId, string userName, CancellationToken ct = default)
    {
        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Id == draft.WarehouseId, ct);
        if (warehouse?.OwnerDepartmentId is not { } owner)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Warehouse", NotADepartmentWarehouse, "Returns are sent from a department's warehouse.");
        }

        if (departmentId is not null && owner != departmentId)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Warehouse", NotYourWarehouse, "This warehouse belongs to another department.");
        }

        var lines = draft.Lines.Where(l => l.Quantity > 0).ToList();
        if (lines.Count == 0)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Lines", ReturnNoLines, "Choose what to return.");
        }

        int? supplierId = null;
        if (draft.Destination == ReturnDestination.Supplier)
        {
            var itemIds = lines.Select(l => l.ItemId).Distinct().ToList();
            var itemSuppliers = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.SupplierId, ct);
            var suppliers = lines.Select(l => l.OwnerSupplierId ?? itemSuppliers[l.ItemId]).Distinct().ToList();
            if (suppliers.Count > 1)
            {
                return WarehouseResult<DepartmentReturn>.Fail("Lines", ReturnMixedSuppliers, "A return to a supplier holds one supplier's goods; make one return per supplier.");
            }

            supplierId = suppliers[0];
        }

        var comment = draft.Comment?.Trim();
        var value = new DepartmentReturn
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DepartmentReturn, new BusinessCalendar(clock).Today, ct),
            DepartmentId = owner,
            WarehouseId = warehouse.Id,
            Reason = draft.Reason,
            Destination = draft.Destination,
            Status = ReturnStatus.Submitted,
            DispatchId = draft.DispatchId,
            SupplierId = supplierId,
            Comment = string.IsNullOrEmpty(comment) ? null : comment,
            CreatedBy = userName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var ledger = new StockLedger(db, clock, userName);
        foreach (var line in lines)
        {
            var unit = line.StockUnitId is { } unitId ? await db.StockUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
            var move = unit is null
                ? new StockMove
                {
                    Kind = StockMovementKind.Quarantine, ItemId = line.ItemId, LotNumber = line.LotNumber, Quantity = line.Quantity, OwnerSupplierId = line.OwnerSupplierId,
                    From = new StockPosition(warehouse.Id, line.LocationId), To = SetApart(warehouse.Id), DocumentType = StockDocumentType.Return, DocumentNo = value.No,
                }
                : new StockMove
                {
                    Kind = StockMovementKind.Quarantine, ItemId = unit.ItemId, LotNumber = unit.LotNumber, Quantity = unit.Quantity, OwnerSupplierId = unit.OwnerSupplierId, StockUnitId = unit.Id,
                    From = new StockPosition(warehouse.Id, unit.LocationId), To = SetApart(warehouse.Id), DocumentType = StockDocumentType.Return, DocumentNo = value.No,
                };
            var posted = await ledger.PostAsync(move, ct);
            if (!posted.Succeeded)
            {
                return WarehouseResult<DepartmentReturn>.Fail(posted.Errors);
            }

            value.Lines.Add(new DepartmentReturnLine
            {
                ItemId = move.ItemId, LotNumber = move.LotNumber, OwnerSupplierId = move.OwnerSupplierId, StockUnitId = move.StockUnitId, Quantity = move.Quantity,
            });
        }

        db.DepartmentReturns.Add(value);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<DepartmentReturn>.Fail(saved) : WarehouseResult<DepartmentReturn>.Done(value);
    }

    /// <summary>The goods are collected: into the central warehouse that supplies the department, or out to the supplier (48 h to replace).</summary>
    public async Task<WarehouseResult<DepartmentReturn>> AcceptAsync(SpdDbContext db, int returnId, string userName, CancellationToken ct = default)
    {
        var value = await db.DepartmentReturns.Include(r => r.Lines).Include(r => r.Warehouse).FirstOrDefaultAsync(r => r.Id == returnId, ct);
        if (value is null)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Return", UnknownReturn, "There is no such return.");
        }

        if (value.Status != ReturnStatus.Submitted)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Return", ReturnNotSubmitted, "Return {0} is not waiting to be collected.", value.No);
        }

        StockPosition? Destination(int itemId, IReadOnlyDictionary<int, Location> shelves) =>
            value.Destination == ReturnDestination.Supplier ? null
            : value.Reason == ReturnReason.WrongItem ? new StockPosition(value.Warehouse!.SupplyingWarehouseId!.Value, shelves.GetValueOrDefault(itemId)?.Id)
            : new StockPosition(value.Warehouse!.SupplyingWarehouseId!.Value, null, StockState.Quarantined);

        if (value.Destination == ReturnDestination.CentralWarehouse && value.Warehouse!.SupplyingWarehouseId is null)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Return", NoCentralWarehouse, "{0} has no supplying central warehouse to return to.", value.Warehouse.Name);
        }

        // Goods sent back because the wrong item came go back on the shelf the item is kept on; the others wait apart.
        var shelves = value.Destination == ReturnDestination.CentralWarehouse && value.Reason == ReturnReason.WrongItem
            ? await PutAway.SuggestionsAsync(db, value.Warehouse!.SupplyingWarehouseId!.Value, [.. value.Lines.Select(l => l.ItemId)], ct)
            : new Dictionary<int, Location>();
        var ledger = new StockLedger(db, clock, userName);
        foreach (var line in value.Lines)
        {
            var posted = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Return,
                ItemId = line.ItemId,
                LotNumber = line.LotNumber,
                Quantity = line.Quantity,
                OwnerSupplierId = line.OwnerSupplierId,
                StockUnitId = line.StockUnitId,
                From = SetApart(value.WarehouseId),
                To = Destination(line.ItemId, shelves),
                DocumentType = StockDocumentType.Return,
                DocumentNo = value.No,
            }, ct);
            if (!posted.Succeeded)
            {
                return WarehouseResult<DepartmentReturn>.Fail(posted.Errors);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        value.Status = ReturnStatus.Accepted;
        value.AcceptedUtc = now;
        value.ReplacementDueUtc = value.Destination == ReturnDestination.Supplier ? now + ReplacementWindow : null;
        value.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<DepartmentReturn>.Fail(saved) : WarehouseResult<DepartmentReturn>.Done(value);
    }

    public async Task<WarehouseResult<DepartmentReturn>> MarkReplacedAsync(SpdDbContext db, int returnId, CancellationToken ct = default)
    {
        var value = await db.DepartmentReturns.FirstOrDefaultAsync(r => r.Id == returnId, ct);
        if (value is null)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Return", UnknownReturn, "There is no such return.");
        }

        if (value.Destination != ReturnDestination.Supplier || value.Status != ReturnStatus.Accepted)
        {
            return WarehouseResult<DepartmentReturn>.Fail("Return", ReturnNotToSupplier, "Return {0} is not waiting for a supplier's replacement.", value.No);
        }

        value.Status = ReturnStatus.Replaced;
        value.ReplacedUtc = clock.GetUtcNow().UtcDateTime;
        value.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<DepartmentReturn>.Fail(saved) : WarehouseResult<DepartmentReturn>.Done(value);
    }
}
