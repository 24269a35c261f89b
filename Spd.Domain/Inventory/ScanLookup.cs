using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Inventory;

/// <summary>
/// What a scan points at in the hospital's data: a coded unit, an item with the lot and dates its label
/// carries, a location, a delivery note, a purchase order or a dispatch note. <see cref="Error"/> says precisely why not.
/// </summary>
public sealed record ScanMatch
{
    public ParsedCode? Parsed { get; init; }

    public ScanError? Error { get; init; }

    public StockUnit? Unit { get; init; }

    public Item? Item { get; init; }

    public string? Lot { get; init; }

    public string? Serial { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    public DateOnly? ProductionDate { get; init; }

    public Location? Location { get; init; }

    public int? DeliveryNoteId { get; init; }

    public int? PurchaseOrderId { get; init; }

    /// <summary>A dispatch note (出库单) to a department, scanned at receipt or when the signed note comes back.</summary>
    public int? DispatchId { get; init; }

    public bool Found => Error is null;
}

public static class ScanLookup
{
    public const string NotFound = nameof(NotFound);

    /// <param name="warehouseId">Where the scanner is: a bare location code is looked up there.</param>
    public static async Task<ScanMatch> ResolveAsync(SpdDbContext db, string? raw, DateOnly today, int? warehouseId = null, CancellationToken ct = default)
    {
        var text = raw?.Trim() ?? "";
        var parsed = BarcodeParser.Parse(text, today);
        if (!parsed.Succeeded)
        {
            return await PlainCodeAsync(db, text, warehouseId, ct) ?? new ScanMatch { Error = parsed.Error };
        }

        var match = parsed.Code switch
        {
            InternalCode code => await InternalAsync(db, code, ct),
            UdiCode code => await ManufacturerCodeAsync(db, code, ct),
            _ => null,
        };
        return match ?? new ScanMatch { Parsed = parsed.Code, Error = NotFoundError(parsed.Code!.Text) };
    }

    private static ScanError NotFoundError(string text) => new(NotFound, "Nothing in Spd has the code {0}.", text);

    private static async Task<ScanMatch?> InternalAsync(SpdDbContext db, InternalCode code, CancellationToken ct)
    {
        switch (code.InternalKind)
        {
            case InternalKind.Piece or InternalKind.FixedPack:
            {
                var unit = await db.StockUnits.Include(u => u.Item).FirstOrDefaultAsync(u => u.Code == code.Text, ct);
                return unit is null ? null : FromUnit(code, unit);
            }

            case InternalKind.Rfid:
            {
                var unit = await db.StockUnits.Include(u => u.Item).FirstOrDefaultAsync(u => u.Epc == code.Epc, ct);
                return unit is null ? null : FromUnit(code, unit);
            }

            case InternalKind.Location:
            {
                var location = await db.Locations.Include(l => l.Warehouse)
                    .FirstOrDefaultAsync(l => l.Code == code.LocationCode && l.Warehouse!.Code == code.WarehouseCode, ct);
                return location is null ? null : new ScanMatch { Parsed = code, Location = location };
            }

            case InternalKind.DeliveryNote:
            {
                var id = await db.DeliveryNotes.Where(n => n.No == code.Text).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);
                return id is null ? null : new ScanMatch { Parsed = code, DeliveryNoteId = id };
            }

            case InternalKind.PurchaseOrder:
            {
                var id = await db.PurchaseOrders.Where(o => o.No == code.Text).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
                return id is null ? null : new ScanMatch { Parsed = code, PurchaseOrderId = id };
            }

            case InternalKind.DispatchNote:
            {
                var id = await db.Dispatches.Where(d => d.No == code.Text).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
                return id is null ? null : new ScanMatch { Parsed = code, DispatchId = id };
            }

            default:
                return null;
        }
    }

    private static async Task<ScanMatch?> ManufacturerCodeAsync(SpdDbContext db, UdiCode code, CancellationToken ct)
    {
        var unit = await db.StockUnits.Include(u => u.Item).FirstOrDefaultAsync(u => u.Udi == code.Text, ct);
        if (unit is not null)
        {
            return FromUnit(code, unit);
        }

        var identifier = code.Gtin ?? code.DeviceIdentifier;
        var item = identifier is null ? null : await db.Items.FirstOrDefaultAsync(i => i.UdiDi == identifier, ct);
        if (item is null)
        {
            return null;
        }

        if (code.Serial is { } serial
            && await db.StockUnits.Include(u => u.Item).FirstOrDefaultAsync(u => u.ItemId == item.Id && u.Serial == serial, ct) is { } bySerial)
        {
            return FromUnit(code, bySerial);
        }

        return new ScanMatch
        {
            Parsed = code, Item = item, Lot = code.Lot, Serial = code.Serial, ExpiryDate = code.ExpiryDate, ProductionDate = code.ProductionDate,
        };
    }

    /// <summary>Typed rather than scanned: an item code, or a location code of the warehouse the user is in.</summary>
    private static async Task<ScanMatch?> PlainCodeAsync(SpdDbContext db, string text, int? warehouseId, CancellationToken ct)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (await db.Items.FirstOrDefaultAsync(i => i.Code == text, ct) is { } item)
        {
            return new ScanMatch { Item = item };
        }

        return warehouseId is { } id && await db.Locations.Include(l => l.Warehouse).FirstOrDefaultAsync(l => l.WarehouseId == id && l.Code == text, ct) is { } location
            ? new ScanMatch { Location = location }
            : null;
    }

    private static ScanMatch FromUnit(ParsedCode code, StockUnit unit) => new()
    {
        Parsed = code, Unit = unit, Item = unit.Item, Lot = unit.LotNumber, Serial = unit.Serial, ExpiryDate = unit.ExpiryDate, ProductionDate = unit.ProductionDate,
    };
}
