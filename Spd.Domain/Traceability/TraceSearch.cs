using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Traceability;

public enum TraceTargetKind
{
    Unit,
    Patient,
    Lot,
}

/// <summary>What a trace search found: a coded unit, a patient or a lot; or why nothing (<see cref="Error"/>).</summary>
public sealed record TraceTarget(TraceTargetKind Kind, long? UnitId = null, string? PatientNo = null, LotQuery? Lot = null)
{
    public ValidationError? Error { get; init; }

    public static TraceTarget Fail(ValidationError error) => new(TraceTargetKind.Unit) { Error = error };
}

/// <summary>
/// The trace page's one search box: any code a unit carries (our SU/SK label, the manufacturer's UDI, the RFID
/// tag), a UDI without serial (its item and lot), a HIS patient number, or an item code or model followed by a lot.
/// </summary>
public static class TraceSearch
{
    public const string TraceNotFound = nameof(TraceNotFound);
    public const string TraceLotRequired = nameof(TraceLotRequired);

    private static readonly char[] Separators = [' ', '/', '\t'];

    public static async Task<TraceTarget> FindAsync(SpdDbContext db, string? text, DateOnly today, CancellationToken ct = default)
    {
        var query = text?.Trim() ?? "";
        if (query.Length == 0)
        {
            return TraceTarget.Fail(new ValidationError("Query", TraceNotFound, "Nothing in Spd answers to '{0}'.", query));
        }

        if (query.Split(Separators, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var product, var lot]
            && await LotAsync(db, product, lot, ct) is { } byLot)
        {
            return byLot;
        }

        // Our own label as stored, also one printed before the label format was fixed.
        if (await db.StockUnits.Where(u => u.Code == query).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct) is { } unitId)
        {
            return new TraceTarget(TraceTargetKind.Unit, UnitId: unitId);
        }

        var match = await ScanLookup.ResolveAsync(db, query, today, ct: ct);
        if (match.Unit is { } unit)
        {
            return new TraceTarget(TraceTargetKind.Unit, UnitId: unit.Id);
        }

        if (match.Item is { } item)
        {
            return match.Lot is { Length: > 0 } itemLot
                ? new TraceTarget(TraceTargetKind.Lot, Lot: new LotQuery(item.Code, null, itemLot))
                : TraceTarget.Fail(new ValidationError("Query", TraceLotRequired, "{0} is an item: add its lot after a space, e.g. '{0} 240917'.", item.Code));
        }

        if (await db.Patients.AnyAsync(p => p.PatientNo == query, ct)
            || await db.StockLedgerEntries.AnyAsync(e => e.PatientId == query && e.Kind == StockMovementKind.Consumption, ct))
        {
            return new TraceTarget(TraceTargetKind.Patient, PatientNo: query);
        }

        return TraceTarget.Fail(new ValidationError("Query", TraceNotFound, "Nothing in Spd answers to '{0}'.", query));
    }

    private static async Task<TraceTarget?> LotAsync(SpdDbContext db, string product, string lot, CancellationToken ct)
    {
        if (await db.Items.AnyAsync(i => i.Code == product, ct))
        {
            return new TraceTarget(TraceTargetKind.Lot, Lot: new LotQuery(product, null, lot));
        }

        return await db.Items.AnyAsync(i => i.Model == product, ct) ? new TraceTarget(TraceTargetKind.Lot, Lot: new LotQuery(null, product, lot)) : null;
    }
}
