using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Warehousing;

/// <summary>Where the counter stands: a location of the scope, or the receiving area (no location) in a whole-warehouse count.</summary>
public sealed record CountPlace(int? LocationId, string? Code);

public enum ScanOutcome
{
    /// <summary>The code was a location: count there from now on.</summary>
    LocationChosen,

    /// <summary>A coded piece or pack counted once.</summary>
    UnitCounted,

    /// <summary>The unit was counted before; nothing changed.</summary>
    AlreadyCounted,

    /// <summary>An item (and maybe its lot) was recognised: the counter enters how many there are.</summary>
    ItemFound,

    Refused,
}

/// <summary>A line as the counting screen shows it.</summary>
public sealed record CountLine(
    long Id, int? LocationId, string? LocationCode, int ItemId, string ItemCode, string ItemName, string Specification, string Unit,
    TrackingMode Tracking, string LotNumber, DateOnly? ExpiryDate, StockState State, int? Counted, bool AddedDuringCount);

/// <summary>The item a code named, for the quantity entry.</summary>
public sealed record CountItem(int Id, string Code, string Name, string Specification, string Unit, TrackingMode Tracking);

/// <summary>
/// What a scan did. <see cref="Line"/> is the line counted (or, for an item, the one line the quantity
/// goes to when that is unambiguous); <see cref="Choices"/> are the item's lines at this place;
/// <see cref="MovedFrom"/> names the book location of a unit found elsewhere.
/// </summary>
public sealed record CountScanResult(ScanOutcome Outcome)
{
    public ValidationError? Problem { get; init; }

    public CountPlace? Place { get; init; }

    public CountLine? Line { get; init; }

    public CountItem? Item { get; init; }

    public string? LotNumber { get; init; }

    public IReadOnlyList<CountLine> Choices { get; init; } = [];

    public long? ScanId { get; init; }

    public string? UnitCode { get; init; }

    public int UnitQuantity { get; init; }

    public string? MovedFrom { get; init; }

    public static CountScanResult Refused(string code, string message, params object[] arguments) =>
        new(ScanOutcome.Refused) { Problem = new ValidationError("Code", code, message, arguments) };
}

/// <summary>The outcome of a quantity entry: the line now, and its loose quantity before (to undo), or the problem.</summary>
public sealed record CountResult(CountLine? Line, int? PreviousLoose, ValidationError? Problem = null)
{
    public static CountResult Refused(string field, string code, string message, params object[] arguments) =>
        new(null, null, new ValidationError(field, code, message, arguments));
}

/// <summary>
/// Counting on the handheld (PDA). The counter scans a location, then codes:
/// <list type="bullet">
/// <item>a coded unit (our SU/SK label, its UDI or EPC) counts its quantity once — a second scan of the
/// same unit changes nothing and says so; found at another location of the scope than its book
/// location, it counts where it was found and carries its book quantity there (快速调整货位: a move,
/// not a loss here and a gain there), and finance's posting moves it;</item>
/// <item>an item code or a manufacturer's label names the item (and lot): the counter then types how
/// many loose pieces of it lie here. The number <b>sets</b> the count, it does not add to it: a keeper
/// counts a bin and types what they see, and scanning the box again to correct a typo must not double
/// it. Coded units scanned on the same line are added to the typed loose quantity.</item>
/// </list>
/// Every change raises the stocktake's <see cref="Stocktake.Version"/>, so that two counters changing the
/// same line at once do not lose a count (the later one is retried) and a submit never misses a count
/// made after the screen was loaded.
/// </summary>
public sealed class StocktakeCounting(TimeProvider clock)
{
    public const string NotCounting = nameof(NotCounting);
    public const string UnknownCode = nameof(UnknownCode);
    public const string ChooseLocationFirst = nameof(ChooseLocationFirst);
    public const string LocationOutsideScope = nameof(LocationOutsideScope);
    public const string NotInThisWarehouse = nameof(NotInThisWarehouse);
    public const string UnitOutsideScope = nameof(UnitOutsideScope);
    public const string UnitNotOnBook = nameof(UnitNotOnBook);
    public const string UnitLeftStock = nameof(UnitLeftStock);
    public const string AlreadyCounted = nameof(AlreadyCounted);
    public const string ScanEachPiece = nameof(ScanEachPiece);
    public const string InvalidCount = nameof(InvalidCount);
    public const string LotRequired = nameof(LotRequired);
    public const string CountChanged = nameof(CountChanged);
    public const string NotAllowed = nameof(NotAllowed);

    private const int Attempts = 3;

    private readonly BusinessCalendar calendar = new(clock);

    /// <summary>Reads a scanned or typed code: a location, a coded unit, or an item.</summary>
    public Task<CountScanResult> ScanAsync(SpdDbContext db, int stocktakeId, CountPlace? place, string code, WorkflowActor actor, CancellationToken ct = default) =>
        RetryAsync(db, () => ScanOnceAsync(db, stocktakeId, place, code.Trim(), actor, ct), ScanRefusal, ct);

    /// <summary>Sets the loose quantity of a line (none clears the count); coded units scanned on it are added.</summary>
    public Task<CountResult> SetCountAsync(SpdDbContext db, int stocktakeId, long lineId, int? loose, WorkflowActor actor, CancellationToken ct = default) =>
        RetryAsync(db, async () =>
        {
            var (stocktake, problem) = await CountingAsync(db, stocktakeId, actor, ct);
            if (problem is not null)
            {
                return new CountResult(null, null, problem);
            }

            var line = await db.StocktakeLines.Include(l => l.Item).FirstOrDefaultAsync(l => l.Id == lineId && l.StocktakeId == stocktakeId, ct);
            return line is null
                ? CountResult.Refused("Line", WorkflowErrors.NotFound, "Line {0} is not part of this stocktake.", lineId)
                : await SetLooseAsync(db, stocktake!, line, loose, actor, ct);
        }, CountRefusal, ct);

    /// <summary>Counts an item and lot at a place; a line the book did not have here is added (found during the count).</summary>
    public Task<CountResult> AddCountAsync(SpdDbContext db, int stocktakeId, CountPlace place, int itemId, string lotNumber, int loose, WorkflowActor actor, CancellationToken ct = default) =>
        RetryAsync(db, async () =>
        {
            var (stocktake, problem) = await CountingAsync(db, stocktakeId, actor, ct);
            if (problem is not null)
            {
                return new CountResult(null, null, problem);
            }

            if (await PlaceProblemAsync(db, stocktake!, place, ct) is { } placeProblem)
            {
                return new CountResult(null, null, placeProblem);
            }

            var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is null)
            {
                return CountResult.Refused("Item", UnknownCode, "There is no item {0}.", itemId);
            }

            var lot = lotNumber.Trim();
            var line = await db.StocktakeLines.Include(l => l.Item)
                .Where(l => l.StocktakeId == stocktakeId && l.LocationId == place.LocationId && l.ItemId == itemId && l.LotNumber == lot)
                .OrderBy(l => l.State).ThenBy(l => l.Id)
                .FirstOrDefaultAsync(ct);
            if (line is null)
            {
                if (lot.Length == 0 && await db.StocktakeLines.AnyAsync(l => l.StocktakeId == stocktakeId && l.ItemId == itemId && l.LotNumber != "", ct))
                {
                    return CountResult.Refused("Lot", LotRequired, "{0} is kept by lot here: choose or type the lot.", item.Name);
                }

                line = await NewLineAsync(db, stocktake!, place.LocationId, item, lot, ct);
            }

            return await SetLooseAsync(db, stocktake!, line, loose, actor, ct);
        }, CountRefusal, ct);

    /// <summary>Takes a unit's scan back (the counter's undo): its quantity and, for a unit found elsewhere, its book quantity go back.</summary>
    public Task<CountResult> UndoScanAsync(SpdDbContext db, int stocktakeId, long scanId, WorkflowActor actor, CancellationToken ct = default) =>
        RetryAsync(db, async () =>
        {
            var (stocktake, problem) = await CountingAsync(db, stocktakeId, actor, ct);
            if (problem is not null)
            {
                return new CountResult(null, null, problem);
            }

            var scan = await db.StocktakeScans.FirstOrDefaultAsync(s => s.Id == scanId && s.StocktakeId == stocktakeId, ct);
            if (scan?.StockUnitId is not { } unitId)
            {
                return CountResult.Refused("Scan", WorkflowErrors.NotFound, "Scan {0} is not part of this stocktake.", scanId);
            }

            var unit = await db.StockUnits.AsNoTracking().FirstAsync(u => u.Id == unitId, ct);
            var line = await db.StocktakeLines.Include(l => l.Item).FirstAsync(l => l.Id == scan.StocktakeLineId, ct);
            line.CountedQuantity = (line.CountedQuantity ?? 0) - unit.Quantity;
            if (line.LocationId != unit.LocationId)
            {
                var book = await BookLineAsync(db, stocktakeId, unit, ct);
                book!.BookQuantity += unit.Quantity;
                line.BookQuantity -= unit.Quantity;
            }

            db.StocktakeScans.Remove(scan);
            if (line.CountedQuantity == 0 && !await db.StocktakeScans.AnyAsync(s => s.StocktakeLineId == line.Id && s.Id != scan.Id, ct))
            {
                line.CountedQuantity = null;
                line.CountedBy = null;
                line.CountedUtc = null;
            }

            var view = View(line, await LocationCodeAsync(db, line.LocationId, ct));
            if (line is { AddedDuringCount: true, BookQuantity: 0, CountedQuantity: null })
            {
                db.StocktakeLines.Remove(line);
            }

            stocktake!.Version++;
            await db.SaveChangesAsync(ct);
            return new CountResult(view, null);
        }, CountRefusal, ct);

    /// <summary>The item's lines at a place, for choosing the lot to count.</summary>
    public static async Task<IReadOnlyList<CountLine>> LinesAtAsync(SpdDbContext db, int stocktakeId, CountPlace place, int itemId, CancellationToken ct = default)
    {
        var lines = await db.StocktakeLines.AsNoTracking().Include(l => l.Item).Include(l => l.Location)
            .Where(l => l.StocktakeId == stocktakeId && l.LocationId == place.LocationId && l.ItemId == itemId)
            .OrderBy(l => l.ExpiryDate).ThenBy(l => l.LotNumber).ThenBy(l => l.State)
            .ToListAsync(ct);
        return [.. lines.Select(l => View(l, l.Location?.Code))];
    }

    private async Task<CountScanResult> ScanOnceAsync(SpdDbContext db, int stocktakeId, CountPlace? place, string code, WorkflowActor actor, CancellationToken ct)
    {
        var (stocktake, problem) = await CountingAsync(db, stocktakeId, actor, ct);
        if (problem is not null)
        {
            return new CountScanResult(ScanOutcome.Refused) { Problem = problem };
        }

        if (code.Length == 0)
        {
            return CountScanResult.Refused(UnknownCode, "Scan or type a code.", code);
        }

        var match = await ScanLookup.ResolveAsync(db, code, calendar.Today, stocktake!.WarehouseId, ct);
        if (match.Location is { } location)
        {
            if (location.WarehouseId != stocktake.WarehouseId)
            {
                return CountScanResult.Refused(NotInThisWarehouse, "{0} is not in this warehouse on the book; set it apart and report it.", code);
            }

            return stocktake.Zone is { } zone && location.Zone != zone
                ? CountScanResult.Refused(LocationOutsideScope, "Location {0} is not in zone {1}, which this stocktake counts.", location.Code, zone)
                : new CountScanResult(ScanOutcome.LocationChosen) { Place = new CountPlace(location.Id, location.Code) };
        }

        // A reader may send a bare EPC, and older labels may not carry the check digit the parser wants: the exact code still counts.
        var upper = code.ToUpperInvariant();
        var unit = match.Unit ?? await db.StockUnits.FirstOrDefaultAsync(u => u.Code == code || u.Code == upper || u.Udi == code || u.Epc == upper, ct);
        var item = unit is null ? match.Item ?? await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.UdiDi == code, ct) : null;
        if (unit is null && item is null)
        {
            return match.Error is { Code: not (ScanLookup.NotFound or nameof(ScanErrors.UnknownFormat)) } unreadable
                ? new CountScanResult(ScanOutcome.Refused) { Problem = new ValidationError("Code", unreadable.Code, unreadable.Message, unreadable.Arguments) }
                : CountScanResult.Refused(UnknownCode, "{0} is neither a location of this warehouse nor a known label or item code.", code);
        }

        if (place is null)
        {
            return CountScanResult.Refused(ChooseLocationFirst, "Scan the location you are counting first.");
        }

        if (await PlaceProblemAsync(db, stocktake, place, ct) is { } placeProblem)
        {
            return new CountScanResult(ScanOutcome.Refused) { Problem = placeProblem };
        }

        if (unit is not null)
        {
            return await CountUnitAsync(db, stocktake, place, unit, actor, ct);
        }

        // A manufacturer's label names the lot: its line here is the one to count; a lot not here yet is offered as found.
        var choices = await LinesAtAsync(db, stocktakeId, place, item!.Id, ct);
        var labelled = match.Lot is { } lot ? choices.Where(c => c.LotNumber == lot).ToList() : choices;
        return new CountScanResult(ScanOutcome.ItemFound)
        {
            Place = place,
            Item = new CountItem(item.Id, item.Code, item.Name, item.Specification, item.Unit, item.TrackingMode),
            Choices = choices,
            Line = labelled.Count == 1 ? labelled[0] : null,
            LotNumber = match.Lot,
        };
    }

    private async Task<CountScanResult> CountUnitAsync(SpdDbContext db, Stocktake stocktake, CountPlace place, StockUnit unit, WorkflowActor actor, CancellationToken ct)
    {
        var earlier = await db.StocktakeScans.AsNoTracking().FirstOrDefaultAsync(s => s.StocktakeId == stocktake.Id && s.Code == unit.Code, ct);
        if (earlier is not null)
        {
            var counted = await db.StocktakeLines.AsNoTracking().Include(l => l.Item).Include(l => l.Location).FirstAsync(l => l.Id == earlier.StocktakeLineId, ct);
            return new CountScanResult(ScanOutcome.AlreadyCounted)
            {
                Problem = new ValidationError("Code", AlreadyCounted, "{0} was already counted at {1}; nothing changed.", unit.Code, counted.Location?.Code ?? ""),
                Line = View(counted, counted.Location?.Code),
                UnitCode = unit.Code,
                UnitQuantity = unit.Quantity,
            };
        }

        if (unit.Status != StockUnitStatus.InStock)
        {
            return CountScanResult.Refused(UnitLeftStock, "{0} is not in stock on the book ({1}); set it apart and report it.", unit.Code, unit.Status);
        }

        if (unit.WarehouseId != stocktake.WarehouseId)
        {
            return CountScanResult.Refused(NotInThisWarehouse, "{0} is not in this warehouse on the book; set it apart and report it.", unit.Code);
        }

        if (stocktake.Zone is { } zone && await LocationZoneAsync(db, unit.LocationId, ct) != zone)
        {
            return CountScanResult.Refused(UnitOutsideScope, "{0} belongs to a location outside zone {1}; it is counted there.", unit.Code, zone);
        }

        var book = await BookLineAsync(db, stocktake.Id, unit, ct);
        if (book is null)
        {
            return CountScanResult.Refused(UnitNotOnBook, "{0} was not on the book when the count opened.", unit.Code);
        }

        var line = book;
        string? movedFrom = null;
        if (place.LocationId != unit.LocationId)
        {
            line = await db.StocktakeLines.Include(l => l.Item)
                .FirstOrDefaultAsync(l => l.StocktakeId == stocktake.Id && l.LocationId == place.LocationId && l.ItemId == unit.ItemId
                    && l.LotNumber == unit.LotNumber && l.OwnerSupplierId == unit.OwnerSupplierId && l.State == unit.State, ct)
                ?? AddLine(db, stocktake, place.LocationId, book);
            book.BookQuantity -= unit.Quantity;
            line.BookQuantity += unit.Quantity;
            movedFrom = await LocationCodeAsync(db, unit.LocationId, ct) ?? "";
        }

        var now = calendar.UtcNow;
        line.CountedQuantity = (line.CountedQuantity ?? 0) + unit.Quantity;
        line.CountedBy = actor.UserName;
        line.CountedUtc = now;
        var scan = new StocktakeScan { StocktakeId = stocktake.Id, Code = unit.Code, StockUnitId = unit.Id, ScannedUtc = now, UserName = actor.UserName };
        db.StocktakeScans.Add(scan);
        db.Entry(scan).Property(s => s.StocktakeLineId).CurrentValue = db.Entry(line).Property(l => l.Id).CurrentValue;
        stocktake.Version++;
        await db.SaveChangesAsync(ct);
        return new CountScanResult(ScanOutcome.UnitCounted)
        {
            Place = place,
            Line = View(line, place.Code),
            ScanId = scan.Id,
            UnitCode = unit.Code,
            UnitQuantity = unit.Quantity,
            MovedFrom = movedFrom,
        };
    }

    private async Task<CountResult> SetLooseAsync(SpdDbContext db, Stocktake stocktake, StocktakeLine line, int? loose, WorkflowActor actor, CancellationToken ct)
    {
        if (loose < 0)
        {
            return CountResult.Refused("Quantity", InvalidCount, "A count cannot be negative.");
        }

        if (line.Item!.TrackingMode == TrackingMode.Unique)
        {
            return CountResult.Refused("Quantity", ScanEachPiece, "{0} has a code on every piece: scan each one.", line.Item.Name);
        }

        var coded = await CodedQuantityAsync(db, line, ct);
        int? previous = line.CountedQuantity is { } counted ? counted - coded : null;
        line.CountedQuantity = loose is null && coded == 0 ? null : coded + (loose ?? 0);
        line.CountedBy = line.CountedQuantity is null ? null : actor.UserName;
        line.CountedUtc = line.CountedQuantity is null ? null : calendar.UtcNow;
        var locationCode = await LocationCodeAsync(db, line.LocationId, ct);
        if (line is { AddedDuringCount: true, BookQuantity: 0, CountedQuantity: null })
        {
            db.StocktakeLines.Remove(line);
        }

        stocktake.Version++;
        await db.SaveChangesAsync(ct);
        return new CountResult(View(line, locationCode), previous);
    }

    /// <summary>A line for stock found where the book had none: lot, expiry, owner and cost as the book knows that lot, else the item's.</summary>
    private static async Task<StocktakeLine> NewLineAsync(SpdDbContext db, Stocktake stocktake, int? locationId, Item item, string lot, CancellationToken ct)
    {
        var known = await db.StocktakeLines.AsNoTracking()
            .Where(l => l.StocktakeId == stocktake.Id && l.ItemId == item.Id && l.LotNumber == lot && l.State == StockState.Available)
            .OrderBy(l => l.Id)
            .FirstOrDefaultAsync(ct);
        var template = known ?? new StocktakeLine
        {
            ItemId = item.Id,
            LotNumber = lot,
            ExpiryDate = await db.StockBalances.Where(b => b.ItemId == item.Id && b.LotNumber == lot).Select(b => b.ExpiryDate).FirstOrDefaultAsync(ct),
            OwnerSupplierId = item.IsConsignment ? item.SupplierId : null,
            State = StockState.Available,
            UnitCost = item.UnitPrice,
        };
        var line = AddLine(db, stocktake, locationId, template);
        line.Item = item;
        return line;
    }

    private static StocktakeLine AddLine(SpdDbContext db, Stocktake stocktake, int? locationId, StocktakeLine like)
    {
        var line = new StocktakeLine
        {
            StocktakeId = stocktake.Id,
            LocationId = locationId,
            ItemId = like.ItemId,
            Item = like.Item,
            LotNumber = like.LotNumber,
            ExpiryDate = like.ExpiryDate,
            OwnerSupplierId = like.OwnerSupplierId,
            State = like.State,
            UnitCost = like.UnitCost,
            AddedDuringCount = true,
        };
        db.StocktakeLines.Add(line);
        return line;
    }

    private static Task<StocktakeLine?> BookLineAsync(SpdDbContext db, int stocktakeId, StockUnit unit, CancellationToken ct) =>
        db.StocktakeLines.Include(l => l.Item).FirstOrDefaultAsync(l => l.StocktakeId == stocktakeId && l.LocationId == unit.LocationId && l.ItemId == unit.ItemId
            && l.LotNumber == unit.LotNumber && l.OwnerSupplierId == unit.OwnerSupplierId && l.State == unit.State, ct);

    private static async Task<int> CodedQuantityAsync(SpdDbContext db, StocktakeLine line, CancellationToken ct) =>
        line.Id == 0
            ? 0
            : await db.StocktakeScans.Where(s => s.StocktakeLineId == line.Id)
                .Join(db.StockUnits, s => s.StockUnitId, u => u.Id, (_, u) => u.Quantity)
                .SumAsync(ct);

    private async Task<(Stocktake? Stocktake, ValidationError? Problem)> CountingAsync(SpdDbContext db, int stocktakeId, WorkflowActor actor, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.WarehouseKeeper))
        {
            return (null, new ValidationError("User", NotAllowed, "{0} is not a warehouse keeper and may not count.", actor.UserName));
        }

        var stocktake = await db.Stocktakes.FirstOrDefaultAsync(s => s.Id == stocktakeId, ct);
        return stocktake is { Status: StocktakeStatus.Counting }
            ? (stocktake, null)
            : (null, new ValidationError("Stocktake", NotCounting, "Stocktake {0} is not counting any more.", stocktake?.No ?? stocktakeId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<ValidationError?> PlaceProblemAsync(SpdDbContext db, Stocktake stocktake, CountPlace place, CancellationToken ct)
    {
        if (place.LocationId is not { } id)
        {
            return stocktake.Zone is null ? null : new ValidationError("Location", ChooseLocationFirst, "Scan the location you are counting first.");
        }

        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.WarehouseId == stocktake.WarehouseId, ct);
        return location is null || (stocktake.Zone is { } zone && location.Zone != zone)
            ? new ValidationError("Location", LocationOutsideScope, "Location {0} is not in zone {1}, which this stocktake counts.", place.Code ?? "", stocktake.Zone ?? "")
            : null;
    }

    private static async Task<string?> LocationZoneAsync(SpdDbContext db, int? locationId, CancellationToken ct) =>
        locationId is { } id ? await db.Locations.Where(l => l.Id == id).Select(l => l.Zone).FirstOrDefaultAsync(ct) : null;

    private static async Task<string?> LocationCodeAsync(SpdDbContext db, int? locationId, CancellationToken ct) =>
        locationId is { } id ? await db.Locations.Where(l => l.Id == id).Select(l => l.Code).FirstOrDefaultAsync(ct) : null;

    private static CountLine View(StocktakeLine line, string? locationCode) => new(
        line.Id, line.LocationId, locationCode, line.ItemId, line.Item?.Code ?? "", line.Item?.Name ?? "", line.Item?.Specification ?? "", line.Item?.Unit ?? "",
        line.Item?.TrackingMode ?? TrackingMode.Bulk, line.LotNumber, line.ExpiryDate, line.State, line.CountedQuantity, line.AddedDuringCount);

    /// <summary>Runs one counting change; when another count saved first, starts it again on fresh data (the same unit scanned twice then reads as already counted).</summary>
    private static async Task<T> RetryAsync<T>(SpdDbContext db, Func<Task<T>> change, Func<ValidationError, T> refusal, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await change();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return refusal(new ValidationError("Stocktake", CountChanged, "Others are counting the same stock right now; scan again."));
            }
        }
    }

    private static CountScanResult ScanRefusal(ValidationError problem) => new(ScanOutcome.Refused) { Problem = problem };

    private static CountResult CountRefusal(ValidationError problem) => new(null, null, problem);
}

/// <summary>What a stocktake covers: its warehouse, or one zone of it (the receiving area only in a whole-warehouse count).</summary>
public static class StocktakeScope
{
    /// <summary>Coded units in stock in the scope, as the book has them.</summary>
    public static IQueryable<StockUnit> Units(SpdDbContext db, Stocktake stocktake)
    {
        var units = db.StockUnits.Where(u => u.Status == StockUnitStatus.InStock && u.WarehouseId == stocktake.WarehouseId);
        return stocktake.Zone is { } zone
            ? units.Where(u => db.Locations.Any(l => l.Id == u.LocationId && l.Zone == zone))
            : units;
    }
}
