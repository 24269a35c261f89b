using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>What a keeper does with one stock line: set it apart, or — once apart — send it back, scrap it or release it.</summary>
public enum StockAction
{
    /// <summary>隔离: available → quarantined, same location.</summary>
    Quarantine,

    /// <summary>退货: quarantined stock back to the supplier.</summary>
    Return,

    /// <summary>报损: quarantined stock destroyed.</summary>
    Scrap,

    /// <summary>解除隔离: quarantined → available; refused while a recall blocks the lot or it has expired.</summary>
    Release,
}

public sealed record QuarantinedStockFilter(int? WarehouseId = null, string? Search = null);

public sealed record QuarantinedRow(
    long BalanceId,
    int Version,
    int WarehouseId,
    string WarehouseName,
    string? DepartmentName,
    string? LocationCode,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    int ManufacturerId,
    string? Model,
    string LotNumber,
    DateOnly? ExpiryDate,
    int Quantity,
    decimal UnitCost)
{
    public decimal Value => Quantity * UnitCost;

    /// <summary>The active recall that blocks the lot (release is refused while it does).</summary>
    public string? RecallNo { get; init; }

    /// <summary>The document and reason of the movement that set it apart.</summary>
    public string? DocumentNo { get; init; }

    public string? Reason { get; init; }

    public bool IsExpired(DateOnly today) => ExpiryDate < today;
}

/// <summary>
/// 隔离库存: the quarantined stock list and the keeper's actions on one line. Each action moves the whole
/// line through <see cref="StockLedger"/> — coded pieces and packs one posting each with their unit, the
/// uncoded rest in one posting — and saves once; the ledger enforces what may leave quarantine.
/// </summary>
public static class QuarantinedStock
{
    public const string WrongState = nameof(WrongState);

    public static async Task<PagedResult<QuarantinedRow>> QueryAsync(SpdDbContext db, QuarantinedStockFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var balances = db.StockBalances.AsNoTracking().Where(b => b.State == StockState.Quarantined && b.Quantity > 0);
        if (filter.WarehouseId is { } warehouseId)
        {
            balances = balances.Where(b => b.WarehouseId == warehouseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            balances = balances.Where(b => b.LotNumber.Contains(text) || b.Item!.Code.Contains(text) || b.Item.Name.Contains(text) || b.Item.NameInitials.Contains(initials));
        }

        var result = await balances
            .OrderBy(b => b.Warehouse!.Kind).ThenBy(b => b.Warehouse!.Code).ThenBy(b => b.Item!.Code).ThenBy(b => b.LotNumber).ThenBy(b => b.Id)
            .Select(b => new QuarantinedRow(
                b.Id, b.Version, b.WarehouseId, b.Warehouse!.Name, b.Warehouse.OwnerDepartment == null ? null : b.Warehouse.OwnerDepartment.Name,
                b.Location == null ? null : b.Location.Code,
                b.ItemId, b.Item!.Code, b.Item.Name, b.Item.Specification, b.Item.Unit, b.Item.ManufacturerId, b.Item.Model,
                b.LotNumber, b.ExpiryDate, b.Quantity, b.UnitCost))
            .ToPagedAsync(page, ct);
        if (result.Items.Count == 0)
        {
            return result;
        }

        var recalls = await db.Recalls.AsNoTracking().Where(r => r.Status == RecallStatus.Active).ToListAsync(ct);
        var itemIds = result.Items.Select(r => r.ItemId).Distinct().ToList();
        var lots = result.Items.Select(r => r.LotNumber).Distinct().ToList();
        var reasons = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.Kind == StockMovementKind.Quarantine && itemIds.Contains(e.ItemId) && lots.Contains(e.LotNumber))
            .Select(e => new { e.Id, e.ToWarehouseId, e.ToLocationId, e.ItemId, e.LotNumber, e.OwnerSupplierId, e.DocumentNo, e.Reason })
            .ToListAsync(ct);
        var rows = result.Items.Select(row =>
        {
            var recall = recalls.FirstOrDefault(r => Recalls.Covers(r, row.ItemId, row.ManufacturerId, row.Model, row.LotNumber));
            var last = reasons.Where(e => e.ToWarehouseId == row.WarehouseId && e.ItemId == row.ItemId && e.LotNumber == row.LotNumber)
                .OrderByDescending(e => e.Id).FirstOrDefault();
            return row with { RecallNo = recall?.No, DocumentNo = last?.DocumentNo, Reason = last?.Reason };
        }).ToList();
        return result with { Items = rows };
    }

    public static async Task<IReadOnlyList<ValidationError>> ApplyAsync(
        SpdDbContext db, TimeProvider clock, string userName, StockAction action, long balanceId, int expectedVersion, string? reason, CancellationToken ct = default)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return [new ValidationError("Reason", "Required", "Give a reason.")];
        }

        if (text.Length > 500)
        {
            return [new ValidationError("Reason", "TooLong", "At most {0} characters.", 500)];
        }

        var balance = await db.StockBalances.FirstOrDefaultAsync(b => b.Id == balanceId, ct);
        if (balance is null || balance.Quantity == 0)
        {
            return [new ValidationError("Stock", "NotFound", "There is no such stock.")];
        }

        if (balance.Version != expectedVersion)
        {
            return [new ValidationError("Stock", StockLedger.StockChanged, "Someone else moved this stock meanwhile; look again and retry.")];
        }

        var expected = action == StockAction.Quarantine ? StockState.Available : StockState.Quarantined;
        if (balance.State != expected)
        {
            return [new ValidationError("Stock", WrongState, "This stock is {0}; {1} is for {2} stock.", balance.State, action, expected)];
        }

        var (kind, to, type, prefix) = action switch
        {
            StockAction.Quarantine => (StockMovementKind.Quarantine, (StockState?)StockState.Quarantined, StockDocumentType.Recall, DocumentNumbers.Quarantine),
            StockAction.Release => (StockMovementKind.Release, StockState.Available, StockDocumentType.Recall, DocumentNumbers.Quarantine),
            StockAction.Return => (StockMovementKind.Return, null, StockDocumentType.Return, DocumentNumbers.Return),
            _ => (StockMovementKind.Scrap, null, StockDocumentType.Scrap, DocumentNumbers.Scrap),
        };
        var units = await UnitsAtAsync(db, balance, ct);
        var no = await DocumentNumbers.NextAsync(db, prefix, new BusinessCalendar(clock).Today, ct);
        var result = await MoveWholeAsync(new StockLedger(db, clock, userName), balance, units, kind, to, type, no, text, ct);
        return result.Succeeded ? await StockLedger.SaveAsync(db, ct) : result.Errors;
    }

    /// <summary>The coded units in stock at a balance's position, tracked so that the ledger moves them with it.</summary>
    internal static Task<List<StockUnit>> UnitsAtAsync(SpdDbContext db, StockBalance balance, CancellationToken ct) =>
        db.StockUnits.Where(u => u.Status == StockUnitStatus.InStock && u.WarehouseId == balance.WarehouseId && u.LocationId == balance.LocationId
                && u.State == balance.State && u.ItemId == balance.ItemId && u.LotNumber == balance.LotNumber && u.OwnerSupplierId == balance.OwnerSupplierId)
            .OrderBy(u => u.Id)
            .ToListAsync(ct);

    /// <summary>Moves a whole balance: each coded unit with its id, then the uncoded rest. To the same location in another state, or out of stock.</summary>
    internal static async Task<StockResult> MoveWholeAsync(
        StockLedger ledger, StockBalance balance, IReadOnlyList<StockUnit> units, StockMovementKind kind, StockState? toState,
        StockDocumentType type, string documentNo, string reason, CancellationToken ct)
    {
        var origin = balance.Position;
        StockPosition? to = toState is { } state ? origin with { State = state } : null;
        var loose = balance.Quantity - units.Sum(u => u.Quantity);
        var moves = units.Select(u => (Quantity: u.Quantity, UnitId: (long?)u.Id)).ToList();
        if (loose > 0)
        {
            moves.Add((loose, null));
        }

        foreach (var (quantity, unitId) in moves)
        {
            var result = await ledger.PostAsync(new StockMove
            {
                Kind = kind,
                ItemId = balance.ItemId,
                LotNumber = balance.LotNumber,
                Quantity = quantity,
                From = origin,
                To = to,
                OwnerSupplierId = balance.OwnerSupplierId,
                StockUnitId = unitId,
                DocumentType = type,
                DocumentNo = documentNo,
                Reason = reason,
            }, ct);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return StockResult.Posted;
    }
}
