using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Traceability;

public enum LabelScanOutcome
{
    Recovered,

    /// <summary>Scanned again: it was recovered before, nothing changed.</summary>
    AlreadyRecovered,

    Refused,
}

/// <summary>A pack label as the recovery and label stocktake screens show it.</summary>
public sealed record LabelRow(
    long UnitId,
    string Code,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    int Quantity,
    string LotNumber,
    int? DepartmentId,
    string? DepartmentName,
    LabelStatus Status,
    DateTime? ChangedUtc);

public sealed record LabelScanResult(LabelScanOutcome Outcome, LabelRow? Label = null, ValidationError? Problem = null)
{
    public static LabelScanResult Refused(string code, string message, params object[] arguments) =>
        new(LabelScanOutcome.Refused, Problem: new ValidationError("Code", code, message, arguments));
}

/// <summary>
/// 标签回收 (DOMAIN.md §4.7): scanning a consumed pack's label back closes it (awaiting → recovered). A department
/// keeper recovers the labels of their own department; the warehouse keepers, who collect them, any. A second scan
/// of a recovered label changes nothing; a label that is not awaiting says why.
/// </summary>
public sealed class LabelRecovery(TimeProvider clock)
{
    public const string LabelNotAPack = nameof(LabelNotAPack);
    public const string LabelNotConsumed = nameof(LabelNotConsumed);
    public const string LabelConfirmedLost = nameof(LabelConfirmedLost);
    public const string LabelOfOtherDepartment = nameof(LabelOfOtherDepartment);

    /// <summary>The department whose labels the actor handles, or null for every department.</summary>
    public static int? DepartmentOf(WorkflowActor actor) =>
        actor.IsIn(Roles.WarehouseKeeper) || actor.IsIn(Roles.Admin) ? null : actor.DepartmentId ?? -1;

    /// <summary>Labels still owed, of one department or of all.</summary>
    public static Task<int> AwaitingAsync(SpdDbContext db, int? departmentId, CancellationToken ct = default) =>
        db.StockUnits.CountAsync(u => u.LabelStatus == LabelStatus.Awaiting && (departmentId == null || u.DepartmentId == departmentId), ct);

    public async Task<LabelScanResult> RecoverAsync(SpdDbContext db, WorkflowActor actor, string? code, CancellationToken ct = default)
    {
        var (unit, refused) = await ResolveAsync(db, code, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (await ProblemAsync(db, unit!, DepartmentOf(actor), ct) is { } problem)
        {
            return problem;
        }

        if (unit!.LabelStatus == LabelStatus.Recovered)
        {
            return new LabelScanResult(LabelScanOutcome.AlreadyRecovered, await RowAsync(db, unit.Id, ct));
        }

        Recover(unit);
        var open = await db.LabelStocktakeLines
            .Where(l => l.StockUnitId == unit.Id && !l.Found && l.LabelStocktake!.ConfirmedUtc == null)
            .ToListAsync(ct);
        open.ForEach(l => l.Found = true);
        return await SaveAsync(db, unit.Id, ct);
    }

    /// <summary>The pack a scanned code names, or the refusal: an unreadable or unknown code, or a code that is not a pack's.</summary>
    internal async Task<(StockUnit? Unit, LabelScanResult? Refused)> ResolveAsync(SpdDbContext db, string? code, CancellationToken ct)
    {
        var match = await ScanLookup.ResolveAsync(db, code, new BusinessCalendar(clock).Today, ct: ct);
        if (match.Error is { } error)
        {
            return (null, LabelScanResult.Refused(error.Code, error.Message, error.Arguments));
        }

        return match.Unit is { Kind: StockUnitKind.Pack } unit
            ? (unit, null)
            : (null, LabelScanResult.Refused(LabelNotAPack, "{0} is not the label of a fixed-quantity pack.", match.Unit?.Code ?? code?.Trim() ?? ""));
    }

    /// <summary>Why this pack's label cannot be recovered (by someone handling <paramref name="departmentId"/>), or null.</summary>
    internal static async Task<LabelScanResult?> ProblemAsync(SpdDbContext db, StockUnit unit, int? departmentId, CancellationToken ct)
    {
        if (departmentId is { } own && unit.DepartmentId != own)
        {
            var name = await db.Departments.Where(d => d.Id == unit.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct) ?? "";
            return LabelScanResult.Refused(LabelOfOtherDepartment, "{0} is a pack of {1}, not of your department.", unit.Code, name);
        }

        switch (unit.LabelStatus)
        {
            case LabelStatus.None:
                return LabelScanResult.Refused(LabelNotConsumed, "Pack {0} has not been consumed ({1}): its label stays on it.", unit.Code, unit.Status);
            case LabelStatus.Lost:
                var stocktake = await db.LabelStocktakeLines
                    .Where(l => l.StockUnitId == unit.Id && l.LabelStocktake!.ConfirmedUtc != null)
                    .OrderByDescending(l => l.Id)
                    .Select(l => l.LabelStocktake!.No)
                    .FirstOrDefaultAsync(ct) ?? "";
                return LabelScanResult.Refused(LabelConfirmedLost, "The label of {0} was confirmed lost at label stocktake {1}.", unit.Code, stocktake);
            default:
                return null;
        }
    }

    internal void Recover(StockUnit unit)
    {
        unit.LabelStatus = LabelStatus.Recovered;
        unit.LabelChangedUtc = clock.GetUtcNow().UtcDateTime;
        unit.Version++;
    }

    internal static async Task<LabelScanResult> SaveAsync(SpdDbContext db, long unitId, CancellationToken ct)
    {
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count == 0
            ? new LabelScanResult(LabelScanOutcome.Recovered, await RowAsync(db, unitId, ct))
            : new LabelScanResult(LabelScanOutcome.Refused, Problem: saved[0]);
    }

    internal static Task<LabelRow> RowAsync(SpdDbContext db, long unitId, CancellationToken ct) =>
        Rows(db, db.StockUnits.Where(u => u.Id == unitId)).FirstAsync(ct);

    internal static IQueryable<LabelRow> Rows(SpdDbContext db, IQueryable<StockUnit> units) =>
        units.AsNoTracking().Select(u => new LabelRow(
            u.Id, u.Code, u.Item!.Code, u.Item.Name, u.Item.Specification, u.Item.Unit, u.Quantity, u.LotNumber, u.DepartmentId,
            db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(), u.LabelStatus, u.LabelChangedUtc));
}
