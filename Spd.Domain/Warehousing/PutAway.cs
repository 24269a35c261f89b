using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Warehousing;

/// <summary>What of a receipt line still waits in the receiving area, and where it should go.</summary>
public sealed record PutAwayLine(
    long ReceiptLineId, int ItemId, string ItemCode, string ItemName, string Specification, string Unit, TrackingMode Tracking,
    string LotNumber, DateOnly? ExpiryDate, int Accepted, int PutAway, int CodedLeft, int LooseLeft, Location? Suggested)
{
    public int Left => Accepted - PutAway;
}

/// <summary>One put-away done: what moved where, what of the line is left, and whether that completed the receipt.</summary>
public sealed record PutAwayProgress(string ItemName, int Quantity, string LocationCode, int LineLeft, bool ReceiptCompleted);

/// <summary>A receipt waiting for put-away, with its progress.</summary>
public sealed record PutAwayReceipt(int ReceiptId, string No, string NoteNo, string SupplierName, int WarehouseId, string WarehouseCode, DateTime StartedUtc, IReadOnlyList<PutAwayLine> Lines)
{
    public int Accepted => Lines.Sum(l => l.Accepted);

    public int Done => Lines.Sum(l => l.PutAway);
}

/// <summary>
/// 上架 (DOMAIN.md §4.4, 货位绑定): goods go from the receiving area to a location, suggested as the item's
/// fixed location (<see cref="ReplenishmentSetting.FixedLocationId"/>), else where the item already lies.
/// The keeper scans the location, then the codes of coded units or the quantity of loose goods; putting to
/// another location than the suggested one needs the keeper's confirmation. When nothing of the receipt is
/// left in the receiving area the receipt is complete: the receiving time runs from its first scan to now.
/// </summary>
public sealed class PutAway(TimeProvider clock)
{
    public const string UnknownLocation = nameof(UnknownLocation);
    public const string WrongWarehouse = nameof(WrongWarehouse);
    public const string NotPuttingAway = nameof(NotPuttingAway);
    public const string UnitNotInReceipt = nameof(UnitNotInReceipt);
    public const string AlreadyPutAway = nameof(AlreadyPutAway);
    public const string OtherThanSuggested = nameof(OtherThanSuggested);
    public const string TooMuch = nameof(TooMuch);

    /// <summary>Receipts with goods in the receiving area, oldest first; one receipt when <paramref name="receiptId"/> is given.</summary>
    public static async Task<IReadOnlyList<PutAwayReceipt>> PendingAsync(SpdDbContext db, int? receiptId = null, CancellationToken ct = default)
    {
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => r.Status == ReceiptStatus.PuttingAway && (receiptId == null || r.Id == receiptId))
            .OrderBy(r => r.StartedUtc)
            .Select(r => new
            {
                r.Id,
                r.No,
                NoteNo = r.DeliveryNote!.No,
                SupplierName = r.DeliveryNote.Supplier!.Name,
                r.WarehouseId,
                WarehouseCode = r.Warehouse!.Code,
                r.StartedUtc,
                Lines = r.Lines.Where(l => l.AcceptedQuantity > 0).OrderBy(l => l.Id).Select(l => new
                {
                    l.Id,
                    l.ItemId,
                    l.Item!.Code,
                    l.Item.Name,
                    l.Item.Specification,
                    l.Item.Unit,
                    l.Item.TrackingMode,
                    l.LotNumber,
                    l.ExpiryDate,
                    l.AcceptedQuantity,
                    l.PutAwayQuantity,
                }).ToList(),
            })
            .ToListAsync(ct);
        var lineIds = receipts.SelectMany(r => r.Lines).Select(l => l.Id).ToList();
        var coded = await db.StockUnits.AsNoTracking()
            .Where(u => u.ReceiptLineId != null && lineIds.Contains(u.ReceiptLineId.Value) && u.Status == StockUnitStatus.InStock && u.LocationId == null)
            .GroupBy(u => u.ReceiptLineId!.Value)
            .Select(g => new { g.Key, Quantity = g.Sum(u => u.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Quantity, ct);
        var result = new List<PutAwayReceipt>();
        foreach (var receipt in receipts)
        {
            var suggestions = await SuggestionsAsync(db, receipt.WarehouseId, [.. receipt.Lines.Select(l => l.ItemId)], ct);
            result.Add(new PutAwayReceipt(receipt.Id, receipt.No, receipt.NoteNo, receipt.SupplierName, receipt.WarehouseId, receipt.WarehouseCode, receipt.StartedUtc,
                [.. receipt.Lines.Select(l =>
                {
                    var left = l.AcceptedQuantity - l.PutAwayQuantity;
                    var codedLeft = Math.Min(left, coded.GetValueOrDefault(l.Id));
                    return new PutAwayLine(l.Id, l.ItemId, l.Code, l.Name, l.Specification, l.Unit, l.TrackingMode, l.LotNumber, l.ExpiryDate,
                        l.AcceptedQuantity, l.PutAwayQuantity, codedLeft, left - codedLeft, suggestions.GetValueOrDefault(l.ItemId));
                })]));
        }

        return result;
    }

    /// <summary>Per item, the fixed location in the warehouse, else the location holding most of it; items with neither are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, Location>> SuggestionsAsync(SpdDbContext db, int warehouseId, IReadOnlyCollection<int> itemIds, CancellationToken ct = default)
    {
        var ids = itemIds.Distinct().ToList();
        var suggestions = await db.ReplenishmentSettings.AsNoTracking()
            .Where(s => s.WarehouseId == warehouseId && ids.Contains(s.ItemId) && s.FixedLocation != null && s.FixedLocation.IsActive)
            .Select(s => new { s.ItemId, Location = s.FixedLocation! })
            .ToDictionaryAsync(s => s.ItemId, s => s.Location, ct);
        var without = ids.Where(id => !suggestions.ContainsKey(id)).ToList();
        if (without.Count > 0)
        {
            var stocked = await db.StockBalances.AsNoTracking()
                .Where(b => b.WarehouseId == warehouseId && without.Contains(b.ItemId) && b.LocationId != null && b.Quantity > 0
                    && b.State == StockState.Available && b.Location!.IsActive)
                .GroupBy(b => new { b.ItemId, b.LocationId })
                .Select(g => new { g.Key.ItemId, g.Key.LocationId, Quantity = g.Sum(b => b.Quantity) })
                .ToListAsync(ct);
            var best = stocked.GroupBy(s => s.ItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Quantity).ThenBy(s => s.LocationId).First().LocationId!.Value);
            var locations = await db.Locations.AsNoTracking().Where(l => best.Values.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
            foreach (var (itemId, locationId) in best)
            {
                suggestions[itemId] = locations[locationId];
            }
        }

        return suggestions;
    }

    /// <summary>A scanned location label (<c>L:{warehouse}:{location}</c>) or a typed location code, in the receipt's warehouse.</summary>
    public static async Task<WarehouseResult<Location>> FindLocationAsync(SpdDbContext db, int warehouseId, string scanned, CancellationToken ct = default)
    {
        var text = scanned.Trim();
        var code = text;
        if (InternalCode.LooksInternal(text) && InternalCode.Parse(text) is { Code: InternalCode { InternalKind: InternalKind.Location } label })
        {
            var warehouseCode = await db.Warehouses.Where(w => w.Id == warehouseId).Select(w => w.Code).FirstAsync(ct);
            if (!string.Equals(label.WarehouseCode, warehouseCode, StringComparison.OrdinalIgnoreCase))
            {
                return WarehouseResult<Location>.Fail("Location", WrongWarehouse, "{0} is a location of warehouse {1}, not of {2}.", text, label.WarehouseCode!, warehouseCode);
            }

            code = label.LocationCode!;
        }

        var upper = code.ToUpperInvariant();
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.WarehouseId == warehouseId && l.IsActive && l.Code.ToUpper() == upper, ct);
        return location is null
            ? WarehouseResult<Location>.Fail("Location", UnknownLocation, "There is no location {0} in this warehouse.", text)
            : WarehouseResult<Location>.Done(location);
    }

    /// <summary>Puts one scanned piece or pack of the receipt to the location: its code, its RFID tag or its manufacturer's UDI.</summary>
    public async Task<WarehouseResult<PutAwayProgress>> PutUnitAsync(SpdDbContext db, int receiptId, int locationId, string scanned, bool otherLocationConfirmed, string userName, CancellationToken ct = default)
    {
        var context = await ContextAsync(db, receiptId, locationId, ct);
        if (!context.Succeeded)
        {
            return WarehouseResult<PutAwayProgress>.Fail(context.Errors);
        }

        var (receipt, location) = context.Value!;
        var unit = (await ScanLookup.ResolveAsync(db, scanned, new BusinessCalendar(clock).Today, receipt.WarehouseId, ct)).Unit;
        if (unit is null && Labeling.NormaliseEpc(scanned) is { } epc)
        {
            unit = await db.StockUnits.FirstOrDefaultAsync(u => u.Epc == epc, ct);
        }

        var line = unit is null ? null : receipt.Lines.FirstOrDefault(l => l.Id == unit.ReceiptLineId);
        if (unit is null || line is null)
        {
            return WarehouseResult<PutAwayProgress>.Fail("Code", UnitNotInReceipt, "{0} is not a code of receipt {1}.", scanned.Trim(), receipt.No);
        }

        if (unit.Status != StockUnitStatus.InStock || unit.LocationId is not null || unit.WarehouseId != receipt.WarehouseId)
        {
            return WarehouseResult<PutAwayProgress>.Fail("Code", AlreadyPutAway, "{0} is no longer in the receiving area.", unit.Code);
        }

        return await MoveAsync(db, receipt, line, location, unit.Quantity, unit.Id, otherLocationConfirmed, userName, ct);
    }

    /// <summary>Puts a quantity of the loose (uncoded) goods of a receipt line to the location.</summary>
    public async Task<WarehouseResult<PutAwayProgress>> PutQuantityAsync(SpdDbContext db, int receiptId, long receiptLineId, int locationId, int quantity, bool otherLocationConfirmed, string userName, CancellationToken ct = default)
    {
        var context = await ContextAsync(db, receiptId, locationId, ct);
        if (!context.Succeeded)
        {
            return WarehouseResult<PutAwayProgress>.Fail(context.Errors);
        }

        var (receipt, location) = context.Value!;
        var line = receipt.Lines.FirstOrDefault(l => l.Id == receiptLineId && l.AcceptedQuantity > 0);
        if (line is null)
        {
            return WarehouseResult<PutAwayProgress>.Fail("Line", Receiving.UnknownLine, "Receipt {0} has no line {1} to put away.", receipt.No, receiptLineId);
        }

        var coded = await db.StockUnits
            .Where(u => u.ReceiptLineId == line.Id && u.Status == StockUnitStatus.InStock && u.LocationId == null)
            .SumAsync(u => u.Quantity, ct);
        var loose = line.AcceptedQuantity - line.PutAwayQuantity - coded;
        if (quantity < 1 || quantity > loose)
        {
            return WarehouseResult<PutAwayProgress>.Fail(nameof(quantity), TooMuch, "Between 1 and {0} loose {1} of this line wait to be put away.", loose, line.Item!.Unit);
        }

        return await MoveAsync(db, receipt, line, location, quantity, null, otherLocationConfirmed, userName, ct);
    }

    private async Task<WarehouseResult<PutAwayProgress>> MoveAsync(
        SpdDbContext db, Receipt receipt, ReceiptLine line, Location location, int quantity, long? unitId, bool otherLocationConfirmed, string userName, CancellationToken ct)
    {
        var suggested = (await SuggestionsAsync(db, receipt.WarehouseId, [line.ItemId], ct)).GetValueOrDefault(line.ItemId);
        if (suggested is not null && suggested.Id != location.Id && !otherLocationConfirmed)
        {
            return WarehouseResult<PutAwayProgress>.Fail("Location", OtherThanSuggested, "{0} belongs in {1}; confirm to put it in {2}.", line.Item!.Name, suggested.Code, location.Code);
        }

        var posted = await new StockLedger(db, clock, userName).PostAsync(new StockMove
        {
            Kind = StockMovementKind.PutAway,
            ItemId = line.ItemId,
            LotNumber = line.LotNumber,
            Quantity = quantity,
            From = new StockPosition(receipt.WarehouseId, null),
            To = new StockPosition(receipt.WarehouseId, location.Id),
            OwnerSupplierId = line.OwnerSupplierId,
            StockUnitId = unitId,
            DocumentType = StockDocumentType.PutAway,
            DocumentNo = receipt.No,
        }, ct);
        if (!posted.Succeeded)
        {
            return WarehouseResult<PutAwayProgress>.Fail(posted.Errors);
        }

        line.PutAwayQuantity += quantity;
        receipt.Version++;
        if (receipt.Lines.All(l => l.PutAwayQuantity >= l.AcceptedQuantity))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            receipt.Status = ReceiptStatus.Completed;
            receipt.CompletedUtc = now;
            var note = await db.DeliveryNotes.FirstAsync(n => n.Id == receipt.DeliveryNoteId, ct);
            note.Status = DeliveryNoteStatus.Received;
            note.Version++;
        }

        var saved = await StockLedger.SaveAsync(db, ct);
        if (saved.Count > 0)
        {
            return WarehouseResult<PutAwayProgress>.Fail(saved);
        }

        return WarehouseResult<PutAwayProgress>.Done(new PutAwayProgress(line.Item!.Name, quantity, location.Code,
            line.AcceptedQuantity - line.PutAwayQuantity, receipt.Status == ReceiptStatus.Completed));
    }

    private static async Task<WarehouseResult<(Receipt Receipt, Location Location)>> ContextAsync(SpdDbContext db, int receiptId, int locationId, CancellationToken ct)
    {
        var receipt = await db.Receipts.Include(r => r.Lines).ThenInclude(l => l.Item).FirstOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return WarehouseResult<(Receipt, Location)>.Fail("Receipt", Receiving.ReceiptNotFound, "There is no receipt {0}.", receiptId);
        }

        if (receipt.Status != ReceiptStatus.PuttingAway)
        {
            return WarehouseResult<(Receipt, Location)>.Fail("Receipt", NotPuttingAway, "Receipt {0} is not waiting for put-away.", receipt.No);
        }

        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == locationId && l.WarehouseId == receipt.WarehouseId && l.IsActive, ct);
        return location is null
            ? WarehouseResult<(Receipt, Location)>.Fail("Location", UnknownLocation, "There is no location {0} in this warehouse.", locationId)
            : WarehouseResult<(Receipt, Location)>.Done((receipt, location));
    }
}
