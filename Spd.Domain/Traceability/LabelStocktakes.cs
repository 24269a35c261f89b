using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Traceability;

public sealed record LabelStocktakeRow(
    int Id, string No, int DepartmentId, string DepartmentName, string OpenedBy, DateTime OpenedUtc, string? ConfirmedBy, DateTime? ConfirmedUtc, int Lines, int Found)
{
    public bool IsConfirmed => ConfirmedUtc is not null;

    public int NotFound => Lines - Found;
}

/// <summary>A department that owes pack labels, and how many.</summary>
public sealed record OwingDepartment(int Id, string Name, int Awaiting);

public sealed record LabelStocktakeView(LabelStocktakeRow Header, IReadOnlyList<LabelStocktakeLineRow> Lines);

public sealed record LabelStocktakeLineRow(long Id, bool Found, LabelRow Label);

/// <summary>The outcome of an operation on a label stocktake: the stocktake as it is now, or the problems.</summary>
public sealed record LabelStocktakeResult(LabelStocktakeRow? Stocktake, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static LabelStocktakeResult Fail(string code, string message, params object[] arguments) =>
        new(null, [new ValidationError("LabelStocktake", code, message, arguments)]);
}

/// <summary>
/// 标签盘点 (DOMAIN.md §4.10, KPIS.md #6): opens with every label the department still owes (awaiting recovery);
/// the keeper scans those found, which recovers them; the department then confirms, and what was not found is lost.
/// Only someone of that department confirms — lost labels are the department's word, not the counter's.
/// </summary>
public sealed class LabelStocktakes(TimeProvider clock)
{
    public const string LabelStocktakeNotFound = nameof(LabelStocktakeNotFound);
    public const string LabelStocktakeOpen = nameof(LabelStocktakeOpen);
    public const string LabelStocktakeConfirmed = nameof(LabelStocktakeConfirmed);
    public const string NoAwaitingLabels = nameof(NoAwaitingLabels);
    public const string ConfirmByDepartment = nameof(ConfirmByDepartment);
    public const string LabelsOfOtherDepartment = nameof(LabelsOfOtherDepartment);

    private LabelRecovery Recovery => new(clock);

    public async Task<LabelStocktakeResult> OpenAsync(SpdDbContext db, WorkflowActor actor, int departmentId, CancellationToken ct = default)
    {
        if (LabelRecovery.DepartmentOf(actor) is { } own && own != departmentId)
        {
            return LabelStocktakeResult.Fail(LabelsOfOtherDepartment, "You count the labels of your own department only.");
        }

        if (await db.LabelStocktakes.Where(s => s.DepartmentId == departmentId && s.ConfirmedUtc == null).Select(s => s.No).FirstOrDefaultAsync(ct) is { } open)
        {
            return LabelStocktakeResult.Fail(LabelStocktakeOpen, "Label stocktake {0} of this department is still open: finish it first.", open);
        }

        var awaiting = await db.StockUnits
            .Where(u => u.DepartmentId == departmentId && u.LabelStatus == LabelStatus.Awaiting)
            .OrderBy(u => u.Code)
            .Select(u => u.Id)
            .ToListAsync(ct);
        if (awaiting.Count == 0)
        {
            return LabelStocktakeResult.Fail(NoAwaitingLabels, "The department owes no labels: there is nothing to count.");
        }

        var calendar = new BusinessCalendar(clock);
        var stocktake = new LabelStocktake
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.LabelStocktake, calendar.Today, ct),
            DepartmentId = departmentId,
            OpenedBy = actor.UserName,
            OpenedUtc = calendar.UtcNow,
            Lines = [.. awaiting.Select(id => new LabelStocktakeLine { StockUnitId = id })],
        };
        db.LabelStocktakes.Add(stocktake);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count == 0 ? new LabelStocktakeResult(await RowAsync(db, stocktake.Id, ct), []) : new LabelStocktakeResult(null, saved);
    }

    /// <summary>A label found: recovered and ticked. A label of the department consumed since the count opened joins it.</summary>
    public async Task<LabelScanResult> ScanAsync(SpdDbContext db, WorkflowActor actor, int stocktakeId, string? code, CancellationToken ct = default)
    {
        var stocktake = await db.LabelStocktakes.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == stocktakeId, ct);
        if (stocktake is null)
        {
            return LabelScanResult.Refused(LabelStocktakeNotFound, "There is no label stocktake {0}.", stocktakeId);
        }

        if (stocktake.ConfirmedUtc is not null)
        {
            return LabelScanResult.Refused(LabelStocktakeConfirmed, "Label stocktake {0} is confirmed: nothing more can be counted.", stocktake.No);
        }

        if (LabelRecovery.DepartmentOf(actor) is { } own && own != stocktake.DepartmentId)
        {
            return LabelScanResult.Refused(LabelsOfOtherDepartment, "You count the labels of your own department only.");
        }

        var (unit, refused) = await Recovery.ResolveAsync(db, code, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (await LabelRecovery.ProblemAsync(db, unit!, stocktake.DepartmentId, ct) is { } problem)
        {
            return problem;
        }

        var line = stocktake.Lines.FirstOrDefault(l => l.StockUnitId == unit!.Id);
        if (line is null)
        {
            line = new LabelStocktakeLine { StockUnitId = unit!.Id };
            stocktake.Lines.Add(line);
        }

        var wasRecovered = unit!.LabelStatus == LabelStatus.Recovered;
        if (line.Found && wasRecovered)
        {
            return new LabelScanResult(LabelScanOutcome.AlreadyRecovered, await LabelRecovery.RowAsync(db, unit.Id, ct));
        }

        line.Found = true;
        if (!wasRecovered)
        {
            Recovery.Recover(unit);
        }

        var result = await LabelRecovery.SaveAsync(db, unit.Id, ct);
        return wasRecovered && result.Outcome == LabelScanOutcome.Recovered ? result with { Outcome = LabelScanOutcome.AlreadyRecovered } : result;
    }

    /// <summary>The department's confirmation: every label still not found and still awaiting is lost from now on.</summary>
    public async Task<LabelStocktakeResult> ConfirmAsync(SpdDbContext db, WorkflowActor actor, int stocktakeId, CancellationToken ct = default)
    {
        var stocktake = await db.LabelStocktakes.Include(s => s.Lines).ThenInclude(l => l.StockUnit).FirstOrDefaultAsync(s => s.Id == stocktakeId, ct);
        if (stocktake is null)
        {
            return LabelStocktakeResult.Fail(LabelStocktakeNotFound, "There is no label stocktake {0}.", stocktakeId);
        }

        if (stocktake.ConfirmedUtc is not null)
        {
            return LabelStocktakeResult.Fail(LabelStocktakeConfirmed, "Label stocktake {0} is confirmed: nothing more can be counted.", stocktake.No);
        }

        if (actor.DepartmentId != stocktake.DepartmentId)
        {
            return LabelStocktakeResult.Fail(ConfirmByDepartment, "Lost labels are confirmed by someone of the department counted.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var unit in stocktake.Lines.Where(l => !l.Found).Select(l => l.StockUnit!).Where(u => u.LabelStatus == LabelStatus.Awaiting))
        {
            unit.LabelStatus = LabelStatus.Lost;
            unit.LabelChangedUtc = now;
            unit.Version++;
        }

        stocktake.ConfirmedBy = actor.UserName;
        stocktake.ConfirmedUtc = now;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count == 0 ? new LabelStocktakeResult(await RowAsync(db, stocktake.Id, ct), []) : new LabelStocktakeResult(null, saved);
    }

    /// <summary>The departments with labels awaiting recovery (one, or all when <paramref name="departmentId"/> is null), by name.</summary>
    public static Task<List<OwingDepartment>> OwingAsync(SpdDbContext db, int? departmentId, CancellationToken ct = default) =>
        (from u in db.StockUnits.AsNoTracking()
         where u.LabelStatus == LabelStatus.Awaiting && u.DepartmentId != null && (departmentId == null || u.DepartmentId == departmentId)
         join d in db.Departments on u.DepartmentId equals (int?)d.Id
         group u by new { d.Id, d.Name } into g
         orderby g.Key.Name
         select new OwingDepartment(g.Key.Id, g.Key.Name, g.Count()))
        .ToListAsync(ct);

    /// <summary>Newest first; <paramref name="departmentId"/> limits to one department.</summary>
    public static Task<PagedResult<LabelStocktakeRow>> ListAsync(SpdDbContext db, int? departmentId, PageRequest page, CancellationToken ct = default) =>
        Rows((departmentId is { } id ? db.LabelStocktakes.Where(s => s.DepartmentId == id) : db.LabelStocktakes)
                .OrderByDescending(s => s.OpenedUtc).ThenByDescending(s => s.Id))
            .ToPagedAsync(page, ct);

    public static async Task<LabelStocktakeView?> LoadAsync(SpdDbContext db, int stocktakeId, CancellationToken ct = default)
    {
        var header = await RowAsync(db, stocktakeId, ct);
        if (header is null)
        {
            return null;
        }

        var lines = await db.LabelStocktakeLines.AsNoTracking()
            .Where(l => l.LabelStocktakeId == stocktakeId)
            .OrderBy(l => l.Found).ThenBy(l => l.StockUnit!.Code)
            .Select(l => new { l.Id, l.Found, l.StockUnitId })
            .ToListAsync(ct);
        var unitIds = lines.Select(l => l.StockUnitId).ToList();
        var labels = await LabelRecovery.Rows(db, db.StockUnits.Where(u => unitIds.Contains(u.Id))).ToDictionaryAsync(l => l.UnitId, ct);
        return new LabelStocktakeView(header, [.. lines.Select(l => new LabelStocktakeLineRow(l.Id, l.Found, labels[l.StockUnitId]))]);
    }

    private static Task<LabelStocktakeRow?> RowAsync(SpdDbContext db, int stocktakeId, CancellationToken ct) =>
        Rows(db.LabelStocktakes.Where(s => s.Id == stocktakeId)).FirstOrDefaultAsync(ct);

    private static IQueryable<LabelStocktakeRow> Rows(IQueryable<LabelStocktake> stocktakes) =>
        stocktakes.AsNoTracking().Select(s => new LabelStocktakeRow(
            s.Id, s.No, s.DepartmentId, s.Department!.Name, s.OpenedBy, s.OpenedUtc, s.ConfirmedBy, s.ConfirmedUtc, s.Lines.Count, s.Lines.Count(l => l.Found)));
}
