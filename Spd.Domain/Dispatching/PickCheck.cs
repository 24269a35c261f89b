using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

public enum PickCheckOutcome
{
    /// <summary>The scan matched an unchecked line, which is now checked.</summary>
    Checked,

    /// <summary>The unit or loose line was checked before; nothing counted twice.</summary>
    AlreadyChecked,

    /// <summary>A location label: loose items scanned next are looked for there.</summary>
    LocationChosen,

    Refused,
}

public sealed record PickCheckResult(PickCheckOutcome Outcome)
{
    public ValidationError? Problem { get; init; }

    public long? LineId { get; init; }

    public Location? Location { get; init; }

    /// <summary>This scan checked the last line: the dispatch is ready to leave.</summary>
    public bool DispatchChecked { get; init; }

    public static PickCheckResult Refused(string code, string message, params object[] arguments) =>
        new(PickCheckOutcome.Refused) { Problem = new ValidationError("Code", code, message, arguments) };
}

/// <summary>
/// 复核 (DOMAIN.md §4.6): each picked piece or pack is scanned against its dispatch's list, and loose goods by the
/// item's code at their location. A wrong scan is refused with the reason — wrong item, not on this list, a lot that
/// is not the first to expire, expired, quarantined or recalled, planned on another dispatch — and a repeated
/// scan of something already checked says so without counting it again. The last line checked makes the
/// dispatch ready to leave.
/// </summary>
public sealed class PickCheck(TimeProvider clock)
{
    public const string DispatchNotPicking = nameof(DispatchNotPicking);
    public const string PickUnknownCode = nameof(PickUnknownCode);
    public const string PickWrongWarehouse = nameof(PickWrongWarehouse);
    public const string PickNotOnList = nameof(PickNotOnList);
    public const string PickLotNotOnList = nameof(PickLotNotOnList);
    public const string PickNothingLeft = nameof(PickNothingLeft);
    public const string PickUnitGone = nameof(PickUnitGone);
    public const string PickWrongLocation = nameof(PickWrongLocation);
    public const string PickWrongItem = nameof(PickWrongItem);
    public const string PickNotFirstToExpire = nameof(PickNotFirstToExpire);
    public const string PickExpired = nameof(PickExpired);
    public const string PickQuarantined = nameof(PickQuarantined);
    public const string PickRecalled = nameof(PickRecalled);
    public const string PickOtherDispatch = nameof(PickOtherDispatch);
    public const string PickScanUnitCode = nameof(PickScanUnitCode);
    public const string PickLocationRequired = nameof(PickLocationRequired);

    /// <param name="locationId">The location scanned last on this dispatch, where loose items are looked for.</param>
    public async Task<PickCheckResult> CheckAsync(SpdDbContext db, int dispatchId, string scanned, int? locationId, CancellationToken ct = default)
    {
        var dispatch = await db.Dispatches.Include(d => d.Lines).ThenInclude(l => l.Location).FirstOrDefaultAsync(d => d.Id == dispatchId, ct);
        if (dispatch is null || !RequisitionProgress.InWarehouse.Contains(dispatch.Status))
        {
            return PickCheckResult.Refused(DispatchNotPicking, "This dispatch is not being picked.");
        }

        var code = scanned.Trim();
        var today = new BusinessCalendar(clock).Today;
        var match = await ScanLookup.ResolveAsync(db, code, today, dispatch.FromWarehouseId, ct);
        if (match.Location is { } location)
        {
            return location.WarehouseId == dispatch.FromWarehouseId
                ? new PickCheckResult(PickCheckOutcome.LocationChosen) { Location = location }
                : PickCheckResult.Refused(PickWrongWarehouse, "{0} is a location of another warehouse.", code);
        }

        PickCheckResult result;
        if (match.Unit is { } unit)
        {
            result = await CheckUnitAsync(db, dispatch, unit, today, ct);
        }
        else if (match.Item is { } item)
        {
            result = await CheckLooseAsync(db, dispatch, item, match.Lot, match.ExpiryDate, locationId, today, ct);
        }
        else
        {
            return match.Error is { Code: not (ScanLookup.NotFound or nameof(ScanErrors.UnknownFormat)) } unreadable
                ? new PickCheckResult(PickCheckOutcome.Refused) { Problem = new ValidationError("Code", unreadable.Code, unreadable.Message, unreadable.Arguments) }
                : PickCheckResult.Refused(PickUnknownCode, "{0} is not a code Spd knows.", code);
        }

        if (result.Outcome != PickCheckOutcome.Checked)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        dispatch.Lines.First(l => l.Id == result.LineId).CheckedUtc = now;
        var last = dispatch.Lines.All(l => l.CheckedUtc is not null);
        if (last)
        {
            dispatch.Status = DispatchStatus.Checked;
            dispatch.CheckedUtc = now;
        }

        dispatch.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? new PickCheckResult(PickCheckOutcome.Refused) { Problem = saved[0] } : result with { DispatchChecked = last };
    }

    private static async Task<PickCheckResult> CheckUnitAsync(SpdDbContext db, Dispatch dispatch, StockUnit unit, DateOnly today, CancellationToken ct)
    {
        var line = dispatch.Lines.FirstOrDefault(l => l.StockUnitId == unit.Id);
        if (line?.CheckedUtc is not null)
        {
            return new PickCheckResult(PickCheckOutcome.AlreadyChecked) { LineId = line.Id };
        }

        if (line is null)
        {
            var other = await db.DispatchLines.AsNoTracking()
                .Where(l => l.StockUnitId == unit.Id && l.DispatchId != dispatch.Id && RequisitionProgress.InWarehouse.Contains(l.Dispatch!.Status))
                .Select(l => l.Dispatch!.No)
                .FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                return PickCheckResult.Refused(PickOtherDispatch, "{0} is picked for dispatch {1}; put it in that box.", unit.Code, other);
            }

            if (dispatch.Lines.All(l => l.ItemId != unit.ItemId))
            {
                return PickCheckResult.Refused(PickWrongItem, "{0} ({1}) is not asked for on this dispatch.", unit.Code, unit.Item?.Name ?? "");
            }
        }

        if (await BlockAsync(db, unit.Code, unit.ItemId, unit.LotNumber, unit.ExpiryDate, unit.State == StockState.Quarantined, today, ct) is { } blocked)
        {
            return blocked;
        }

        if (line is not null)
        {
            return unit.Status == StockUnitStatus.InStock && unit.WarehouseId == dispatch.FromWarehouseId
                ? new PickCheckResult(PickCheckOutcome.Checked) { LineId = line.Id }
                : PickCheckResult.Refused(PickUnitGone, "{0} is no longer in this warehouse.", unit.Code);
        }

        var first = dispatch.Lines.Where(l => l.ItemId == unit.ItemId && l.CheckedUtc is null).OrderBy(l => l.ExpiryDate ?? DateOnly.MaxValue).FirstOrDefault();
        if (first is not null && (unit.ExpiryDate ?? DateOnly.MaxValue) > (first.ExpiryDate ?? DateOnly.MaxValue))
        {
            return PickCheckResult.Refused(PickNotFirstToExpire, "Lot {0} expires on {1}; lot {2} expires first ({3}): take {4} from {5}.",
                unit.LotNumber, Date(unit.ExpiryDate), first.LotNumber, Date(first.ExpiryDate), await UnitCodeAsync(db, first, ct), first.Location?.Code ?? "");
        }

        return first is null
            ? PickCheckResult.Refused(PickNothingLeft, "{0} is not on this picking list: everything of this item is checked.", unit.Code)
            : PickCheckResult.Refused(PickNotOnList, "{0} is not on this picking list: take {1} from {2}.", unit.Code, await UnitCodeAsync(db, first, ct), first.Location?.Code ?? "");
    }

    private static async Task<PickCheckResult> CheckLooseAsync(SpdDbContext db, Dispatch dispatch, Item item, string? lot, DateOnly? expiry, int? locationId, DateOnly today, CancellationToken ct)
    {
        var lines = dispatch.Lines.Where(l => l.ItemId == item.Id).ToList();
        if (lines.Count == 0)
        {
            return PickCheckResult.Refused(PickWrongItem, "{0} ({1}) is not asked for on this dispatch.", item.Code, item.Name);
        }

        var loose = lines.Where(l => l.StockUnitId is null).ToList();
        if (loose.Count == 0)
        {
            return PickCheckResult.Refused(PickScanUnitCode, "{0} is picked by the piece or pack here: scan the code on each one.", item.Name);
        }

        if (lot is not null && await BlockAsync(db, lot, item.Id, lot, expiry, false, today, ct) is { } blocked)
        {
            return blocked;
        }

        var open = loose.Where(l => l.CheckedUtc is null).OrderBy(l => l.ExpiryDate ?? DateOnly.MaxValue).ThenBy(l => l.Location?.Code, StringComparer.Ordinal).ToList();
        if (lot is not null)
        {
            var lotExpiry = expiry ?? await db.StockBalances.Where(b => b.WarehouseId == dispatch.FromWarehouseId && b.ItemId == item.Id && b.LotNumber == lot)
                .Select(b => b.ExpiryDate).FirstOrDefaultAsync(ct);
            if (open.FirstOrDefault() is { } first && first.LotNumber != lot && (lotExpiry ?? DateOnly.MaxValue) > (first.ExpiryDate ?? DateOnly.MaxValue))
            {
                return PickCheckResult.Refused(PickNotFirstToExpire, "Lot {0} expires on {1}; lot {2} expires first ({3}): take {4} from {5}.",
                    lot, Date(lotExpiry), first.LotNumber, Date(first.ExpiryDate), item.Name, first.Location?.Code ?? "");
            }

            if (open.Count > 0 && open.All(l => l.LotNumber != lot))
            {
                return PickCheckResult.Refused(PickLotNotOnList, "Lot {0} of {1} is not on this picking list: take lot {2} from {3}.", lot, item.Name, open[0].LotNumber, open[0].Location?.Code ?? "");
            }

            open = [.. open.Where(l => l.LotNumber == lot)];
        }

        if (open.Count == 0)
        {
            return new PickCheckResult(PickCheckOutcome.AlreadyChecked) { LineId = loose[0].Id };
        }

        if (locationId is not null)
        {
            var here = open.FirstOrDefault(l => l.LocationId == locationId);
            return here is not null
                ? new PickCheckResult(PickCheckOutcome.Checked) { LineId = here.Id }
                : PickCheckResult.Refused(PickWrongLocation, "{0} is not picked from this location: take it from {1}.", item.Name, open[0].Location?.Code ?? "");
        }

        return open.Select(l => l.LocationId).Distinct().Count() == 1
            ? new PickCheckResult(PickCheckOutcome.Checked) { LineId = open[0].Id }
            : PickCheckResult.Refused(PickLocationRequired, "{0} is picked from several locations: scan the location first.", item.Name);
    }

    /// <summary>Expired, quarantined or recalled stock is never dispatched.</summary>
    private static async Task<PickCheckResult?> BlockAsync(SpdDbContext db, string code, int itemId, string lot, DateOnly? expiry, bool quarantined, DateOnly today, CancellationToken ct)
    {
        if (expiry < today)
        {
            return PickCheckResult.Refused(PickExpired, "{0} expired on {1}: set it apart, never dispatch it.", code, Date(expiry));
        }

        if (quarantined)
        {
            return PickCheckResult.Refused(PickQuarantined, "{0} is quarantined: it cannot be dispatched.", code);
        }

        var item = await db.Items.AsNoTracking().FirstAsync(i => i.Id == itemId, ct);
        var recall = (await db.Recalls.AsNoTracking().Where(r => r.Status == RecallStatus.Active).ToListAsync(ct))
            .FirstOrDefault(r => Recalls.Covers(r, item.Id, item.ManufacturerId, item.Model, lot));
        return recall is null ? null : PickCheckResult.Refused(PickRecalled, "{0} is blocked by recall {1}.", code, recall.No);
    }

    private static async Task<string> UnitCodeAsync(SpdDbContext db, DispatchLine line, CancellationToken ct) =>
        line.StockUnitId is { } id ? await db.StockUnits.Where(u => u.Id == id).Select(u => u.Code).FirstAsync(ct) : line.LotNumber;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
