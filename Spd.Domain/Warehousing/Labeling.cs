using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Warehousing;

/// <summary>A department's pack for the item of a receipt line, with the count proposed for this receipt.</summary>
public sealed record PackOption(int DefinitionId, int DepartmentId, string DepartmentName, int PackSize, int ProposedCount);

/// <summary>An accepted receipt line as labelling sees it: pieces to code, or packs to make (the rest stays loose).</summary>
public sealed record LabelLine(
    long ReceiptLineId, string ItemCode, string ItemName, string Specification, string Unit, TrackingMode Tracking, bool HighValue,
    string LotNumber, DateOnly? ExpiryDate, int Accepted, IReadOnlyList<PackOption> Packs);

/// <summary>A coded unit of a receipt, as the labelling panel and the label printers show it.</summary>
public sealed record LabelUnit(
    long Id, string Code, StockUnitKind Kind, string ItemCode, string ItemName, string Specification, string Unit, bool HighValue,
    string LotNumber, DateOnly? ExpiryDate, int Quantity, string? DepartmentName, string? LocationCode, StockUnitStatus Status, string? Epc, string? Serial);

/// <summary>The keeper's choice: how many packs of a definition to make from a receipt line.</summary>
public sealed record PackChoice(long ReceiptLineId, int DefinitionId, int Count);

/// <summary>
/// 赋码 at the end of checking (DOMAIN.md §4.4, §4.5): one coded piece per unit of uniquely tracked items,
/// 定数包 packs made at receipt (入库即打包) for the departments' pack definitions, nothing for bulk items.
/// Units are born in the receiving area with the receipt line's lot, expiry and owner; they move with put-away.
/// Our codes are <see cref="InternalCode"/>s drawn from global serials; an RFID tag or the manufacturer's
/// serial can be added to a piece afterwards.
/// </summary>
public sealed class Labeling(TimeProvider clock)
{
    public const string NotAllChecked = nameof(NotAllChecked);
    public const string UnknownPack = nameof(UnknownPack);
    public const string TooManyPacks = nameof(TooManyPacks);
    public const string InvalidEpc = nameof(InvalidEpc);
    public const string EpcHighValueOnly = nameof(EpcHighValueOnly);
    public const string EpcInUse = nameof(EpcInUse);
    public const string SerialInUse = nameof(SerialInUse);
    public const string SerialTooLong = nameof(SerialTooLong);
    public const string UdiWithoutSerial = nameof(UdiWithoutSerial);
    public const string UdiOfOtherItem = nameof(UdiOfOtherItem);

    private const int MaxSerialLength = 40;

    /// <summary>The lines to label, with the pack counts proposed for each department (as many whole packs as possible, spread evenly).</summary>
    public static async Task<IReadOnlyList<LabelLine>> PlanAsync(SpdDbContext db, int receiptId, CancellationToken ct = default)
    {
        var lines = await db.ReceiptLines.AsNoTracking()
            .Where(l => l.ReceiptId == receiptId && l.AcceptedQuantity > 0 && l.Item!.TrackingMode != TrackingMode.Bulk)
            .OrderBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.ItemId,
                l.Item!.Code,
                l.Item.Name,
                l.Item.Specification,
                l.Item.Unit,
                l.Item.TrackingMode,
                l.Item.Category,
                l.LotNumber,
                l.ExpiryDate,
                l.AcceptedQuantity,
            })
            .ToListAsync(ct);
        var packItems = lines.Where(l => l.TrackingMode == TrackingMode.Pack).Select(l => l.ItemId).ToList();
        var definitions = (await db.PackDefinitions.AsNoTracking()
                .Where(d => d.IsActive && packItems.Contains(d.ItemId))
                .Select(d => new { d.Id, d.ItemId, d.DepartmentId, DepartmentCode = d.Department!.Code, DepartmentName = d.Department.Name, d.PackSize })
                .ToListAsync(ct))
            .OrderBy(d => d.DepartmentCode, StringComparer.Ordinal)
            .ToLookup(d => d.ItemId);
        return [.. lines.Select(l =>
        {
            var own = definitions[l.ItemId].ToList();
            var proposal = l.TrackingMode == TrackingMode.Pack ? ReceivingRules.ProposePacks(l.AcceptedQuantity, [.. own.Select(d => (d.Id, d.PackSize))]) : new Dictionary<int, int>();
            return new LabelLine(l.Id, l.Code, l.Name, l.Specification, l.Unit, l.TrackingMode, l.Category == ItemCategory.HighValue, l.LotNumber, l.ExpiryDate, l.AcceptedQuantity,
                [.. own.Select(d => new PackOption(d.Id, d.DepartmentId, d.DepartmentName, d.PackSize, proposal.GetValueOrDefault(d.Id)))]);
        })];
    }

    /// <summary>The pieces and packs labelled for a receipt, line by line in code order.</summary>
    public static Task<IReadOnlyList<LabelUnit>> UnitsAsync(SpdDbContext db, int receiptId, CancellationToken ct = default) =>
        DescribeAsync(db, db.StockUnits
            .Where(u => db.ReceiptLines.Any(l => l.Id == u.ReceiptLineId && l.ReceiptId == receiptId))
            .OrderBy(u => u.ReceiptLineId).ThenBy(u => u.Code), ct);

    /// <summary>The units as their labels show them, in the order given (a receipt's, or a department's packs to reprint).</summary>
    public static async Task<IReadOnlyList<LabelUnit>> DescribeAsync(SpdDbContext db, IQueryable<StockUnit> units, CancellationToken ct = default) =>
        await units.AsNoTracking()
            .Select(u => new LabelUnit(
                u.Id, u.Code, u.Kind, u.Item!.Code, u.Item.Name, u.Item.Specification, u.Item.Unit, u.Item.Category == ItemCategory.HighValue,
                u.LotNumber, u.ExpiryDate, u.Quantity,
                db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                db.Locations.Where(l => l.Id == u.LocationId).Select(l => l.Code).FirstOrDefault(),
                u.Status, u.Epc, u.Serial))
            .ToListAsync(ct);

    /// <summary>
    /// Ends checking: codes every accepted piece of uniquely tracked items, makes the chosen packs and sends
    /// the receipt to put-away. A receipt that accepted nothing is complete at once and its note received.
    /// </summary>
    public async Task<WarehouseResult<IReadOnlyList<StockUnit>>> FinishAsync(SpdDbContext db, int receiptId, IReadOnlyList<PackChoice> packs, CancellationToken ct = default)
    {
        var receipt = await db.Receipts.Include(r => r.Lines).ThenInclude(l => l.Item).FirstOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return WarehouseResult<IReadOnlyList<StockUnit>>.Fail("Receipt", Receiving.ReceiptNotFound, "There is no receipt {0}.", receiptId);
        }

        if (receipt.Status != ReceiptStatus.Checking)
        {
            return WarehouseResult<IReadOnlyList<StockUnit>>.Fail("Receipt", Receiving.NotChecking, "Receipt {0} is past checking.", receipt.No);
        }

        var note = await db.DeliveryNotes.Include(n => n.Lines).FirstAsync(n => n.Id == receipt.DeliveryNoteId, ct);
        var waiting = note.Lines.Count(n => receipt.Lines.All(l => l.DeliveryNoteLineId != n.Id));
        if (waiting > 0)
        {
            return WarehouseResult<IReadOnlyList<StockUnit>>.Fail("Receipt", NotAllChecked, "{0} lines of delivery note {1} are not checked yet.", waiting, note.No);
        }

        var made = await PacksAsync(db, receipt, packs, ct);
        if (!made.Succeeded)
        {
            return WarehouseResult<IReadOnlyList<StockUnit>>.Fail(made.Errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var productionDates = note.Lines.ToDictionary(l => l.Id, l => l.ProductionDate);
        var pieces = receipt.Lines.Where(l => l.Item!.TrackingMode == TrackingMode.Unique && l.AcceptedQuantity > 0).ToList();
        var units = new List<StockUnit>();
        var pieceCount = pieces.Sum(l => l.AcceptedQuantity);
        if (pieceCount > 0)
        {
            var serial = await SerialNumbers.ReserveAsync(db, SerialNumbers.Piece, pieceCount, ct);
            foreach (var line in pieces)
            {
                for (var i = 0; i < line.AcceptedQuantity; i++)
                {
                    units.Add(Unit(receipt, line, InternalCode.Piece(serial++).Text, StockUnitKind.Piece, 1, null, productionDates[line.DeliveryNoteLineId], now));
                }
            }
        }

        var packCount = made.Value!.Sum(p => p.Count);
        if (packCount > 0)
        {
            var serial = await SerialNumbers.ReserveAsync(db, SerialNumbers.Pack, packCount, ct);
            foreach (var (line, definition, count) in made.Value!)
            {
                for (var i = 0; i < count; i++)
                {
                    units.Add(Unit(receipt, line, InternalCode.FixedPack(serial++).Text, StockUnitKind.Pack, definition.PackSize, definition.DepartmentId, productionDates[line.DeliveryNoteLineId], now));
                }
            }
        }

        db.StockUnits.AddRange(units);
        receipt.AcceptedUtc = now;
        receipt.Status = ReceiptStatus.PuttingAway;
        receipt.Version++;
        if (receipt.Lines.All(l => l.AcceptedQuantity == 0))
        {
            receipt.Status = ReceiptStatus.Completed;
            receipt.CompletedUtc = now;
            note.Status = DeliveryNoteStatus.Received;
            note.Version++;
        }

        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count == 0 ? WarehouseResult<IReadOnlyList<StockUnit>>.Done(units) : WarehouseResult<IReadOnlyList<StockUnit>>.Fail(saved);
    }

    /// <summary>
    /// Adds an RFID tag (high-value pieces only; 24 hexadecimal digits, one tag per piece) and/or the
    /// manufacturer's serial (which, with the item's UDI-DI, makes the piece's UDI) to a coded unit in stock.
    /// The serial may be typed or scanned with the whole UDI label, whose device identifier must be the item's.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> TagAsync(SpdDbContext db, long unitId, string? epc, string? serial, CancellationToken ct = default)
    {
        var unit = await db.StockUnits.Include(u => u.Item).FirstOrDefaultAsync(u => u.Id == unitId && u.Status == StockUnitStatus.InStock, ct);
        if (unit is null)
        {
            return [new ValidationError("Code", StockLedger.UnitNotFound, "There is no coded unit {0}.", unitId)];
        }

        if (epc?.Trim() is { Length: > 0 } typed)
        {
            var normalised = NormaliseEpc(typed);
            if (normalised is null)
            {
                return [new ValidationError(nameof(StockUnit.Epc), InvalidEpc, "An RFID EPC has 24 hexadecimal digits; {0} has not.", typed)];
            }

            if (unit.Kind != StockUnitKind.Piece || unit.Item!.Category != ItemCategory.HighValue)
            {
                return [new ValidationError(nameof(StockUnit.Epc), EpcHighValueOnly, "RFID tags go on pieces of high-value items; {0} is not one.", unit.Code)];
            }

            if (await db.StockUnits.Where(u => u.Epc == normalised && u.Id != unit.Id).Select(u => u.Code).FirstOrDefaultAsync(ct) is { } holder)
            {
                return [new ValidationError(nameof(StockUnit.Epc), EpcInUse, "Tag {0} is on {1} already.", normalised, holder)];
            }

            unit.Epc = normalised;
        }

        if (serial?.Trim() is { Length: > 0 } scanned)
        {
            var (manufacturerSerial, problem) = Serial(scanned, unit.Item!);
            if (problem is not null)
            {
                return [problem];
            }

            if (manufacturerSerial.Length > MaxSerialLength)
            {
                return [new ValidationError(nameof(StockUnit.Serial), SerialTooLong, "A serial has at most {0} characters.", MaxSerialLength)];
            }

            var udi = Udi(unit, manufacturerSerial);
            if (await db.StockUnits.AnyAsync(u => u.Id != unit.Id && u.ItemId == unit.ItemId && u.Serial == manufacturerSerial, ct))
            {
                return [new ValidationError(nameof(StockUnit.Serial), SerialInUse, "Serial {0} of this item is on another piece already.", manufacturerSerial)];
            }

            unit.Serial = manufacturerSerial;
            unit.Udi = udi;
        }

        unit.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        unit.Version++;
        return await StockLedger.SaveAsync(db, ct);
    }

    /// <summary>A typed serial as it is; from a scanned UDI label (one with a device identifier) its serial.</summary>
    private (string Serial, ValidationError? Problem) Serial(string scanned, Item item)
    {
        if (BarcodeParser.Parse(scanned, new BusinessCalendar(clock).Today) is not { Succeeded: true, Code: UdiCode { Gtin: { } gtin } label })
        {
            return (scanned, null);
        }

        if (item.UdiDi is { } own && own != gtin)
        {
            return ("", new ValidationError(nameof(StockUnit.Udi), UdiOfOtherItem, "The label is of device {0}; this item is {1}.", gtin, own));
        }

        return label.Serial is { } serial
            ? (serial, null)
            : ("", new ValidationError(nameof(StockUnit.Udi), UdiWithoutSerial, "The label {0} has no serial (AI 21).", label.Text));
    }

    /// <summary>24 hexadecimal digits in upper case, as typed or read (with or without our <c>RF</c> label prefix); null when it is not an EPC.</summary>
    public static string? NormaliseEpc(string text)
    {
        var trimmed = text.Trim();
        var hex = trimmed.Length == 26 && trimmed.StartsWith("RF", StringComparison.OrdinalIgnoreCase) ? trimmed[2..] : trimmed;
        return hex.Length == 24 && hex.All(char.IsAsciiHexDigit) ? hex.ToUpperInvariant() : null;
    }

    /// <summary>The piece's UDI as a GS1 element string: device identifier, expiry, lot and serial.</summary>
    private static string? Udi(StockUnit unit, string serial) =>
        unit.Item!.UdiDi is { } gtin
            ? $"(01){gtin}{(unit.ExpiryDate is { } expiry ? $"(17){expiry:yyMMdd}" : "")}{(unit.LotNumber.Length > 0 ? $"(10){unit.LotNumber}" : "")}(21){serial}"
            : null;

    private static StockUnit Unit(Receipt receipt, ReceiptLine line, string code, StockUnitKind kind, int quantity, int? departmentId, DateOnly? productionDate, DateTime now) => new()
    {
        Code = code,
        Kind = kind,
        ItemId = line.ItemId,
        LotNumber = line.LotNumber,
        ExpiryDate = line.ExpiryDate,
        ProductionDate = productionDate,
        Quantity = quantity,
        DepartmentId = departmentId,
        WarehouseId = receipt.WarehouseId,
        State = StockState.Available,
        OwnerSupplierId = line.OwnerSupplierId,
        Status = StockUnitStatus.InStock,
        ReceiptLineId = line.Id,
        CreatedUtc = now,
        ChangedUtc = now,
    };

    private static async Task<WarehouseResult<IReadOnlyList<(ReceiptLine Line, PackDefinition Definition, int Count)>>> PacksAsync(
        SpdDbContext db, Receipt receipt, IReadOnlyList<PackChoice> choices, CancellationToken ct)
    {
        var wanted = choices.Where(c => c.Count != 0).ToList();
        var ids = wanted.Select(c => c.DefinitionId).Distinct().ToList();
        var definitions = await db.PackDefinitions.AsNoTracking().Where(d => ids.Contains(d.Id) && d.IsActive).ToDictionaryAsync(d => d.Id, ct);
        var made = new List<(ReceiptLine, PackDefinition, int)>();
        foreach (var choice in wanted)
        {
            var line = receipt.Lines.FirstOrDefault(l => l.Id == choice.ReceiptLineId);
            if (line is null || choice.Count < 0 || line.Item!.TrackingMode != TrackingMode.Pack
                || !definitions.TryGetValue(choice.DefinitionId, out var definition) || definition.ItemId != line.ItemId)
            {
                return WarehouseResult<IReadOnlyList<(ReceiptLine, PackDefinition, int)>>.Fail(nameof(PackChoice), UnknownPack,
                    "Pack definition {0} does not fit receipt line {1}.", choice.DefinitionId, choice.ReceiptLineId);
            }

            made.Add((line, definition, choice.Count));
        }

        foreach (var group in made.GroupBy(m => m.Item1))
        {
            var packed = group.Sum(m => m.Item2.PackSize * m.Item3);
            if (packed > group.Key.AcceptedQuantity)
            {
                return WarehouseResult<IReadOnlyList<(ReceiptLine, PackDefinition, int)>>.Fail(nameof(PackChoice), TooManyPacks,
                    "The packs hold {0} {1} of {2}; only {3} were accepted.", packed, group.Key.Item!.Unit, group.Key.Item.Name, group.Key.AcceptedQuantity);
            }
        }

        return WarehouseResult<IReadOnlyList<(ReceiptLine, PackDefinition, int)>>.Done(made);
    }
}
