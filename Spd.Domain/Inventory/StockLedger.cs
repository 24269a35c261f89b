using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Inventory;

/// <summary>The outcome of a posting: the problems (none = posted) or a repeat of an idempotency key already posted.</summary>
public sealed record StockResult(IReadOnlyList<ValidationError> Errors, bool Duplicate = false)
{
    public static readonly StockResult Posted = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static StockResult Fail(string field, string code, string message, params object[] arguments) =>
        new([new ValidationError(field, code, message, arguments)]);
}

/// <summary>
/// The only way stock moves. Each <see cref="PostAsync"/> checks the rules, changes the balances (and
/// the coded unit) it touches and appends one <see cref="StockLedgerEntry"/> — in the caller's context,
/// so a business operation posts its movements and then saves once with <see cref="SaveAsync"/>
/// (one transaction). When a posting fails the caller must not save the context.
/// Rules: no negative stock; expired, recalled and quarantined stock only goes to quarantine, back to
/// the supplier or to scrap; a coded unit is in one place and leaves stock once (a consumed one comes back only
/// by the same-day reversal of its consumption, an adjustment under the consumption's document); locations under an
/// open stocktake take no movements until it is posted, rejected or cancelled; FEFO when taking (<see cref="TakeAsync"/>).
/// </summary>
public sealed class StockLedger(SpdDbContext db, TimeProvider clock, string userName)
{
    public const string InvalidQuantity = nameof(InvalidQuantity);
    public const string MissingPosition = nameof(MissingPosition);
    public const string UnknownStockItem = nameof(UnknownStockItem);
    public const string InsufficientStock = nameof(InsufficientStock);
    public const string ExpiredStock = nameof(ExpiredStock);
    public const string RecalledStock = nameof(RecalledStock);
    public const string QuarantinedStock = nameof(QuarantinedStock);
    public const string StocktakeInProgress = nameof(StocktakeInProgress);
    public const string UnitRequired = nameof(UnitRequired);
    public const string UnitNotFound = nameof(UnitNotFound);
    public const string UnitNotHere = nameof(UnitNotHere);
    public const string UnitGone = nameof(UnitGone);
    public const string FefoReasonRequired = nameof(FefoReasonRequired);
    public const string StockChanged = nameof(StockChanged);
    public const string InTransitStock = nameof(InTransitStock);

    private static readonly StockMovementKind[] BlockedStockExits = [StockMovementKind.Quarantine, StockMovementKind.Return, StockMovementKind.Scrap, StockMovementKind.Adjustment];
    private static readonly StockMovementKind[] QuarantineExits = [StockMovementKind.Return, StockMovementKind.Scrap, StockMovementKind.Release, StockMovementKind.Adjustment];
    private static readonly StockMovementKind[] TransitExits = [StockMovementKind.DepartmentReceipt, StockMovementKind.Return, StockMovementKind.Adjustment];

    private readonly Dictionary<int, Item> items = [];
    private readonly Dictionary<int, List<Recall>> recalls = [];
    private readonly Dictionary<int, List<Stocktake>> stocktakes = [];
    private readonly Dictionary<int, string?> zones = [];

    private DateOnly Today => new BusinessCalendar(clock).Today;

    public async Task<StockResult> PostAsync(StockMove move, CancellationToken ct = default)
    {
        if (move.Quantity <= 0)
        {
            return StockResult.Fail(nameof(move.Quantity), InvalidQuantity, "The quantity must be more than zero.");
        }

        if (move.From is null && move.To is null)
        {
            return StockResult.Fail(nameof(move.From), MissingPosition, "A movement needs a place to take from or to put to.");
        }

        if (move.IdempotencyKey is { } key && await IsPostedAsync(key, ct))
        {
            return new StockResult([], Duplicate: true);
        }

        var item = await ItemAsync(move.ItemId, ct);
        if (item is null)
        {
            return StockResult.Fail(nameof(move.ItemId), UnknownStockItem, "There is no item {0}.", move.ItemId);
        }

        if (move.DocumentType != StockDocumentType.Stocktake)
        {
            foreach (var position in new[] { move.From, move.To }.OfType<StockPosition>())
            {
                if (await FrozenByAsync(position, ct) is { } stocktake)
                {
                    return StockResult.Fail("Location", StocktakeInProgress, "Stocktake {0} is counting this location; movements wait until it is posted.", stocktake.No);
                }
            }
        }

        var unit = move.StockUnitId is { } unitId ? await UnitAsync(unitId, ct) : null;
        if (move.StockUnitId is not null && unit is null)
        {
            return StockResult.Fail("Code", UnitNotFound, "There is no coded unit {0}.", move.StockUnitId);
        }

        StockBalance? source = null;
        var unitCost = move.UnitCost;
        var expiry = move.ExpiryDate;
        if (move.From is { } from)
        {
            source = await BalanceAsync(from, move.ItemId, move.LotNumber, move.OwnerSupplierId, ct);
            var available = source?.Quantity ?? 0;
            if (available < move.Quantity)
            {
                return StockResult.Fail(nameof(move.Quantity), InsufficientStock, "Only {0} {1} of {2} lot {3} here; {4} asked.", available, item.Unit, item.Name, move.LotNumber, move.Quantity);
            }

            if (await ExitProblemAsync(move, item, source!, ct) is { } problem)
            {
                return new StockResult([problem]);
            }

            if (unit is not null)
            {
                if (UnitProblem(unit, move, from) is { } unitProblem)
                {
                    return new StockResult([unitProblem]);
                }
            }
            else if (item.TrackingMode != TrackingMode.Bulk && move.Kind != StockMovementKind.Adjustment)
            {
                var loose = source!.Quantity - await CodedQuantityAsync(from, move, ct);
                if (loose < move.Quantity)
                {
                    return StockResult.Fail("Code", UnitRequired, "{0} is coded per piece or pack here: scan the codes ({1} uncoded left).", item.Name, loose);
                }
            }

            unitCost = source!.UnitCost;
            expiry = source.ExpiryDate;
        }
        else if (unit is not null && unit.Status != StockUnitStatus.InStock && !IsConsumptionReversal(move, unit))
        {
            return StockResult.Fail("Code", UnitGone, "{0} has already left stock ({1}).", unit.Code, unit.Status);
        }

        if (source is not null)
        {
            source.Quantity -= move.Quantity;
            Touch(source);
        }

        if (move.To is { } to)
        {
            var target = await BalanceAsync(to, move.ItemId, move.LotNumber, move.OwnerSupplierId, ct);
            if (target is null)
            {
                target = StockBalance.At(to, move.ItemId, move.LotNumber, expiry, move.OwnerSupplierId, unitCost);
                db.StockBalances.Add(target);
            }
            else
            {
                Touch(target);
            }

            target.Quantity += move.Quantity;
            target.ExpiryDate ??= expiry;
            if (move.From is null)
            {
                target.UnitCost = unitCost;
            }
        }

        if (unit is not null)
        {
            MoveUnit(unit, move);
        }

        db.StockLedgerEntries.Add(new StockLedgerEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Kind = move.Kind,
            ItemId = move.ItemId,
            LotNumber = move.LotNumber,
            ExpiryDate = expiry,
            Quantity = move.Quantity,
            UnitCost = unitCost,
            FromWarehouseId = move.From?.WarehouseId,
            FromLocationId = move.From?.LocationId,
            FromState = move.From?.State,
            ToWarehouseId = move.To?.WarehouseId,
            ToLocationId = move.To?.LocationId,
            ToState = move.To?.State,
            OwnerSupplierId = move.OwnerSupplierId,
            StockUnitId = move.StockUnitId,
            DocumentType = move.DocumentType,
            DocumentNo = move.DocumentNo,
            UserName = userName,
            Reason = move.Reason,
            FefoOverride = move.FefoOverride,
            PatientId = move.PatientId,
            IdempotencyKey = move.IdempotencyKey,
        });
        return StockResult.Posted;
    }

    /// <summary>
    /// Takes <see cref="TakeRequest.Quantity"/> of an item from a warehouse, first expiry first out
    /// across its lots, locations and owners. Naming a lot that is not the first to expire is an
    /// override: it needs a reason and is marked on the ledger entries.
    /// </summary>
    public async Task<StockResult> TakeAsync(TakeRequest request, CancellationToken ct = default)
    {
        if (request.Quantity <= 0)
        {
            return StockResult.Fail(nameof(request.Quantity), InvalidQuantity, "The quantity must be more than zero.");
        }

        var lots = await TakeableAsync(request.WarehouseId, request.ItemId, ct);
        var chosen = request.LotNumber is null ? lots : [.. lots.Where(l => l.Balance.LotNumber == request.LotNumber)];
        var overrides = request.LotNumber is not null && lots.Any(l => l.Balance.LotNumber != request.LotNumber
            && Expiry(l.Balance) < chosen.Select(c => Expiry(c.Balance)).DefaultIfEmpty(DateOnly.MaxValue).Min());
        if (overrides && string.IsNullOrWhiteSpace(request.Reason))
        {
            var first = lots[0].Balance;
            return StockResult.Fail(nameof(request.Reason), FefoReasonRequired,
                "Lot {0} expires first ({1}); give a reason to take lot {2} instead.", first.LotNumber, first.ExpiryDate?.ToString("yyyy-MM-dd") ?? "", request.LotNumber!);
        }

        var total = chosen.Sum(l => l.Takeable);
        if (total < request.Quantity)
        {
            var item = await ItemAsync(request.ItemId, ct);
            return StockResult.Fail(nameof(request.Quantity), InsufficientStock, "Only {0} {1} of {2} lot {3} here; {4} asked.",
                total, item?.Unit ?? "", item?.Name ?? "", request.LotNumber ?? "*", request.Quantity);
        }

        var left = request.Quantity;
        foreach (var lot in chosen)
        {
            var quantity = Math.Min(left, lot.Takeable);
            if (quantity == 0)
            {
                continue;
            }

            var result = await PostAsync(new StockMove
            {
                Kind = request.Kind,
                ItemId = request.ItemId,
                LotNumber = lot.Balance.LotNumber,
                Quantity = quantity,
                From = lot.Balance.Position,
                To = request.To,
                OwnerSupplierId = lot.Balance.OwnerSupplierId,
                DocumentType = request.DocumentType,
                DocumentNo = request.DocumentNo,
                Reason = overrides ? request.Reason : null,
                FefoOverride = overrides,
                PatientId = request.PatientId,
            }, ct);
            if (!result.Succeeded)
            {
                return result;
            }

            left -= quantity;
            if (left == 0)
            {
                break;
            }
        }

        return StockResult.Posted;
    }

    /// <summary>Available, unexpired, unrecalled stock of an item in a warehouse, in the order FEFO takes it.</summary>
    public async Task<IReadOnlyList<TakeableLot>> TakeableAsync(int warehouseId, int itemId, CancellationToken ct = default)
    {
        var item = await ItemAsync(itemId, ct);
        if (item is null)
        {
            return [];
        }

        var balances = await db.StockBalances
            .Where(b => b.WarehouseId == warehouseId && b.ItemId == itemId && b.State == StockState.Available && b.Quantity > 0)
            .ToListAsync(ct);
        var today = Today;
        var blocks = await RecallsAsync(item, ct);
        var coded = item.TrackingMode == TrackingMode.Bulk ? [] : await CodedQuantitiesAsync(warehouseId, itemId, ct);
        var lots = new List<TakeableLot>();
        foreach (var balance in balances)
        {
            if (balance.ExpiryDate < today || blocks.Any(r => r.LotNumber is null || r.LotNumber == balance.LotNumber)
                || await FrozenByAsync(balance.Position, ct) is not null)
            {
                continue;
            }

            var takeable = item.TrackingMode == TrackingMode.Bulk
                ? balance.Quantity
                : balance.Quantity - coded.GetValueOrDefault((balance.LocationId, balance.State, balance.LotNumber, balance.OwnerSupplierId));
            lots.Add(new TakeableLot(balance, takeable));
        }

        return [.. lots.OrderBy(l => Expiry(l.Balance)).ThenBy(l => l.Balance.LotNumber, StringComparer.Ordinal).ThenBy(l => l.Balance.LocationId ?? 0)];
    }

    /// <summary>Saves the operation; a concurrent change to the same stock makes this save fail with <see cref="StockChanged"/>.</summary>
    public static async Task<IReadOnlyList<ValidationError>> SaveAsync(SpdDbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return [];
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            return [new ValidationError("Stock", StockChanged, "Someone else moved this stock at the same moment; nothing was saved. Look again and retry.")];
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException?.Message is { } message
        && (message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase));

    private static DateOnly Expiry(StockBalance balance) => balance.ExpiryDate ?? DateOnly.MaxValue;

    private static void Touch(StockBalance balance)
    {
        if (balance.Id != 0)
        {
            balance.Version++;
        }
    }

    private void MoveUnit(StockUnit unit, StockMove move)
    {
        if (move.To is { } to)
        {
            unit.WarehouseId = to.WarehouseId;
            unit.LocationId = to.LocationId;
            unit.State = to.State;
            unit.Status = StockUnitStatus.InStock;
        }
        else
        {
            unit.WarehouseId = null;
            unit.LocationId = null;
            unit.Status = move.Kind switch
            {
                StockMovementKind.Consumption => StockUnitStatus.Consumed,
                StockMovementKind.Return => StockUnitStatus.Returned,
                StockMovementKind.Scrap => StockUnitStatus.Scrapped,
                StockMovementKind.Dispatch => StockUnitStatus.InTransit,
                _ => StockUnitStatus.Missing,
            };
        }

        unit.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        unit.Version++;
    }

    private static bool IsConsumptionReversal(StockMove move, StockUnit unit) =>
        unit.Status == StockUnitStatus.Consumed && move.Kind == StockMovementKind.Adjustment && move.DocumentType == StockDocumentType.Consumption;

    private static ValidationError? UnitProblem(StockUnit unit, StockMove move, StockPosition from)
    {
        if (unit.Status != StockUnitStatus.InStock)
        {
            return new("Code", UnitGone, "{0} has already left stock ({1}).", unit.Code, unit.Status);
        }

        if (unit.WarehouseId != from.WarehouseId || unit.LocationId != from.LocationId || unit.State != from.State
            || unit.ItemId != move.ItemId || unit.LotNumber != move.LotNumber || unit.OwnerSupplierId != move.OwnerSupplierId)
        {
            return new("Code", UnitNotHere, "{0} is not here: the book has it in warehouse {1}, location {2}.", unit.Code, unit.WarehouseId ?? 0, unit.LocationId ?? 0);
        }

        return unit.Quantity != move.Quantity
            ? new(nameof(move.Quantity), InvalidQuantity, "{0} holds {1}; a coded unit moves whole.", unit.Code, unit.Quantity)
            : null;
    }

    private async Task<ValidationError?> ExitProblemAsync(StockMove move, Item item, StockBalance source, CancellationToken ct)
    {
        if (source.State == StockState.Quarantined)
        {
            return QuarantineExits.Contains(move.Kind) && !(move.Kind == StockMovementKind.Release && await IsBlockedAsync(item, source, ct))
                ? null
                : new("Lot", QuarantinedStock, "Lot {0} of {1} is quarantined: it can only go back to the supplier or to scrap.", source.LotNumber, item.Name);
        }

        if (source.State == StockState.InTransit)
        {
            return TransitExits.Contains(move.Kind)
                ? null
                : new("Lot", InTransitStock, "Lot {0} of {1} is still in transit: the department signs for it before it can be used.", source.LotNumber, item.Name);
        }

        if (BlockedStockExits.Contains(move.Kind))
        {
            return null;
        }

        if (source.ExpiryDate < Today)
        {
            return new("Lot", ExpiredStock, "Lot {0} of {1} expired on {2}; it can only be quarantined, returned or scrapped.", source.LotNumber, item.Name, source.ExpiryDate.Value.ToString("yyyy-MM-dd"));
        }

        return (await RecallsAsync(item, ct)).FirstOrDefault(r => r.LotNumber is null || r.LotNumber == source.LotNumber) is { } recall
            ? new("Lot", RecalledStock, "Lot {0} of {1} is blocked by recall {2}.", source.LotNumber, item.Name, recall.No)
            : null;
    }

    private async Task<bool> IsBlockedAsync(Item item, StockBalance source, CancellationToken ct) =>
        source.ExpiryDate < Today || (await RecallsAsync(item, ct)).Any(r => r.LotNumber is null || r.LotNumber == source.LotNumber);

    private async Task<bool> IsPostedAsync(string key, CancellationToken ct) =>
        db.StockLedgerEntries.Local.Any(e => e.IdempotencyKey == key)
        || await db.StockLedgerEntries.AnyAsync(e => e.IdempotencyKey == key, ct);

    private async Task<Item?> ItemAsync(int itemId, CancellationToken ct)
    {
        if (!items.TryGetValue(itemId, out var item))
        {
            item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is not null)
            {
                items[itemId] = item;
            }
        }

        return item;
    }

    private async Task<List<Recall>> RecallsAsync(Item item, CancellationToken ct)
    {
        if (!recalls.TryGetValue(item.Id, out var active))
        {
            active = await db.Recalls.AsNoTracking()
                .Where(r => r.Status == RecallStatus.Active
                    && (r.ItemId == item.Id || (r.ItemId == null && r.ManufacturerId == item.ManufacturerId && r.Model == item.Model)))
                .ToListAsync(ct);
            recalls[item.Id] = active;
        }

        return active;
    }

    private async Task<Stocktake?> FrozenByAsync(StockPosition position, CancellationToken ct)
    {
        if (!stocktakes.TryGetValue(position.WarehouseId, out var open))
        {
            open = await db.Stocktakes.AsNoTracking()
                .Where(s => s.WarehouseId == position.WarehouseId && StocktakeWorkflow.Freezing.Contains(s.Status))
                .ToListAsync(ct);
            stocktakes[position.WarehouseId] = open;
        }

        if (open.Count == 0)
        {
            return null;
        }

        var zone = await ZoneAsync(position.LocationId, ct);
        return open.FirstOrDefault(s => s.Zone is null || s.Zone == zone);
    }

    private async Task<string?> ZoneAsync(int? locationId, CancellationToken ct)
    {
        if (locationId is not { } id)
        {
            return null;
        }

        if (!zones.TryGetValue(id, out var zone))
        {
            zone = await db.Locations.Where(l => l.Id == id).Select(l => l.Zone).FirstOrDefaultAsync(ct);
            zones[id] = zone;
        }

        return zone;
    }

    private async Task<StockUnit?> UnitAsync(long id, CancellationToken ct) =>
        db.StockUnits.Local.FirstOrDefault(u => u.Id == id) ?? await db.StockUnits.FirstOrDefaultAsync(u => u.Id == id, ct);

    private async Task<StockBalance?> BalanceAsync(StockPosition position, int itemId, string lot, int? owner, CancellationToken ct)
    {
        var locationKey = position.LocationId ?? 0;
        var ownerKey = owner ?? 0;
        return db.StockBalances.Local.FirstOrDefault(b => b.WarehouseId == position.WarehouseId && b.LocationKey == locationKey && b.ItemId == itemId
                && b.LotNumber == lot && b.OwnerKey == ownerKey && b.State == position.State)
            ?? await db.StockBalances.FirstOrDefaultAsync(b => b.WarehouseId == position.WarehouseId && b.LocationKey == locationKey && b.ItemId == itemId
                && b.LotNumber == lot && b.OwnerKey == ownerKey && b.State == position.State, ct);
    }

    private async Task<int> CodedQuantityAsync(StockPosition position, StockMove move, CancellationToken ct) =>
        (await CodedQuantitiesAsync(position.WarehouseId, move.ItemId, ct)).GetValueOrDefault((position.LocationId, position.State, move.LotNumber, move.OwnerSupplierId));

    /// <summary>
    /// Base units of an item in a warehouse that sit in coded pieces or packs (the rest is loose), per location,
    /// state, lot and owner, in one query; units changed in this operation count as they are now.
    /// </summary>
    private async Task<Dictionary<(int? LocationId, StockState State, string Lot, int? Owner), int>> CodedQuantitiesAsync(int warehouseId, int itemId, CancellationToken ct)
    {
        var stored = await db.StockUnits.AsNoTracking()
            .Where(u => u.Status == StockUnitStatus.InStock && u.WarehouseId == warehouseId && u.ItemId == itemId)
            .Select(u => new { u.Id, u.LocationId, u.State, u.LotNumber, u.OwnerSupplierId, u.Quantity })
            .ToListAsync(ct);
        var tracked = db.StockUnits.Local.ToList();
        var trackedIds = tracked.Select(u => u.Id).ToHashSet();
        return stored.Where(u => !trackedIds.Contains(u.Id))
            .Select(u => (u.LocationId, u.State, u.LotNumber, u.OwnerSupplierId, u.Quantity))
            .Concat(tracked.Where(u => u.Status == StockUnitStatus.InStock && u.WarehouseId == warehouseId && u.ItemId == itemId)
                .Select(u => (u.LocationId, u.State, u.LotNumber, u.OwnerSupplierId, u.Quantity)))
            .GroupBy(u => (u.LocationId, u.State, u.LotNumber, u.OwnerSupplierId))
            .ToDictionary(g => g.Key, g => g.Sum(u => u.Quantity));
    }
}

/// <summary>A request to take stock first-expiry-first-out; <see cref="LotNumber"/> overrides FEFO with <see cref="Reason"/>.</summary>
public sealed record TakeRequest
{
    public required StockMovementKind Kind { get; init; }

    public required int WarehouseId { get; init; }

    public required int ItemId { get; init; }

    public required int Quantity { get; init; }

    public StockPosition? To { get; init; }

    public string? LotNumber { get; init; }

    public string? Reason { get; init; }

    public required StockDocumentType DocumentType { get; init; }

    public required string DocumentNo { get; init; }

    public string? PatientId { get; init; }
}

/// <summary>A balance FEFO may take from, and how much of it is not inside coded units.</summary>
public sealed record TakeableLot(StockBalance Balance, int Takeable);
