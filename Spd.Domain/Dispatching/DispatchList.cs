using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Dispatching;

public sealed record WaveRow(int Id, string No, int WarehouseId, string WarehouseName, string Route, WaveStatus Status, DateTime CreatedUtc, string CreatedBy,
    int Dispatches, int DispatchesLeft, int Lines, int CheckedLines);

/// <summary>Requisitions of one route waiting for a wave.</summary>
public sealed record PendingRoute(string Route, int Requisitions, int Emergencies, int Departments);

/// <summary>A requisition line flagged short (缺货) with quantity still open: what a substitution can cover.</summary>
public sealed record ShortLine(long RequisitionLineId, string RequisitionNo, RequisitionKind Kind, DateOnly? ScheduledDate, int DepartmentId, string DepartmentName,
    int ItemId, string ItemCode, string ItemName, string Specification, string Unit, int Approved, int Open, DateTime FlaggedUtc);

public sealed record DispatchHeader(
    int Id, string No, int? WaveId, string? WaveNo, string RequisitionNo, RequisitionKind RequisitionKind, string RequestedBy, int DepartmentId, string DepartmentName,
    string FromWarehouseName, string ToWarehouseName, DispatchStatus Status, DispatchPriority Priority, DateTime OpenedUtc, DateTime DueUtc, DateTime? CheckedUtc,
    DateTime? PrintedUtc, DateTime? DispatchedUtc, string? Courier, string? BoxCode, DateTime? ReceivedUtc, string? ReceivedBy, bool ReceivedAtDispatch,
    DateTime? SignedNoteReturnedUtc, string? SignedNoteReturnedBy, int Lines, int CheckedLines)
{
    /// <summary>The SLA was missed: received after the deadline, or not received and the deadline has passed.</summary>
    public bool Late(DateTime nowUtc) => Status != DispatchStatus.Cancelled && (ReceivedUtc ?? nowUtc) > DueUtc;
}

/// <summary>A picking line as the picker and the receiver read it.</summary>
public sealed record PickLine(
    long Id, int DispatchId, string DispatchNo, string DepartmentName, string? LocationCode, int ItemId, string ItemCode, string ItemName, string Specification,
    string Unit, string LotNumber, DateOnly? ExpiryDate, string? UnitCode, StockUnitKind? UnitKind, int Quantity, decimal UnitCost, DateTime? CheckedUtc,
    string? SubstitutedItemName, int ReceivedQuantity)
{
    public decimal Amount => Quantity * UnitCost;
}

public sealed record DispatchView(DispatchHeader Header, IReadOnlyList<PickLine> Lines);

public sealed record WaveView(WaveRow Wave, IReadOnlyList<DispatchHeader> Dispatches, IReadOnlyList<PickLine> Lines);

public sealed record ReturnRow(
    int Id, string No, int DepartmentId, string DepartmentName, ReturnReason Reason, ReturnDestination Destination, ReturnStatus Status, string? DispatchNo,
    string? SupplierName, string? Comment, string CreatedBy, DateTime CreatedUtc, DateTime? AcceptedUtc, DateTime? ReplacementDueUtc, DateTime? ReplacedUtc,
    IReadOnlyList<ReturnLineView> Lines)
{
    public bool Overdue(DateTime nowUtc) => Status == ReturnStatus.Accepted && ReplacementDueUtc < nowUtc;
}

public sealed record ReturnLineView(string ItemCode, string ItemName, string Specification, string Unit, string LotNumber, string? UnitCode, int Quantity);

/// <summary>
/// The waves, dispatches and returns as the screens show them. <c>departmentId</c> limits a department keeper to their
/// own department (<c>StockScope</c>); null shows every department.
/// </summary>
public static class DispatchList
{
    public static async Task<IReadOnlyList<WaveRow>> WavesAsync(SpdDbContext db, int? warehouseId, CancellationToken ct = default) =>
        await Waves(db.Waves.Where(w => warehouseId == null || w.WarehouseId == warehouseId).OrderByDescending(w => w.CreatedUtc).ThenByDescending(w => w.Id).Take(200)).ToListAsync(ct);

    public static async Task<WaveView?> WaveAsync(SpdDbContext db, string no, CancellationToken ct = default)
    {
        var wave = await Waves(db.Waves.Where(w => w.No == no)).FirstOrDefaultAsync(ct);
        if (wave is null)
        {
            return null;
        }

        var dispatches = await Headers(db.Dispatches.Where(d => d.WaveId == wave.Id).OrderBy(d => d.No)).ToListAsync(ct);
        var lines = await Lines(db.DispatchLines.Where(l => l.Dispatch!.WaveId == wave.Id)).ToListAsync(ct);
        return new WaveView(wave, dispatches, Sorted(lines));
    }

    /// <summary>Requisitions of the warehouse with something to pick and no dispatch in the warehouse, per route.</summary>
    public static async Task<IReadOnlyList<PendingRoute>> PendingAsync(SpdDbContext db, int warehouseId, CancellationToken ct = default)
    {
        var requisitions = await db.Requisitions.AsNoTracking().Include(r => r.Lines)
            .Where(r => r.SupplyingWarehouseId == warehouseId && RequisitionProgress.Pickable.Contains(r.Status))
            .ToListAsync(ct);
        var ids = requisitions.Select(r => r.Id).ToList();
        var dispatches = (await db.Dispatches.AsNoTracking().Include(d => d.Lines).Where(d => ids.Contains(d.RequisitionId)).ToListAsync(ct)).ToLookup(d => d.RequisitionId);
        var routes = await db.DepartmentSupplies.AsNoTracking().ToDictionaryAsync(s => s.DepartmentId, s => s.Route, ct);
        return [.. requisitions
            .Where(r => !dispatches[r.Id].Any(d => RequisitionProgress.InWarehouse.Contains(d.Status)) && r.Lines.Any(l => RequisitionProgress.OpenQuantity(l, dispatches[r.Id]) > 0))
            .GroupBy(r => routes.GetValueOrDefault(r.DepartmentId) ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PendingRoute(g.Key, g.Count(), g.Count(r => r.Priority == DispatchPriority.Emergency), g.Select(r => r.DepartmentId).Distinct().Count()))];
    }

    /// <summary>Short-flagged lines of open requisitions that still miss something, oldest flag first.</summary>
    public static async Task<IReadOnlyList<ShortLine>> ShortLinesAsync(SpdDbContext db, int warehouseId, int? departmentId, CancellationToken ct = default)
    {
        var lines = await db.RequisitionLines.AsNoTracking()
            .Where(l => l.ShortFlaggedUtc != null && l.Requisition!.SupplyingWarehouseId == warehouseId
                && (departmentId == null || l.Requisition.DepartmentId == departmentId)
                && (RequisitionProgress.Pickable.Contains(l.Requisition.Status) || l.Requisition.Status == RequisitionStatus.InWave))
            .Select(l => new
            {
                Line = l,
                l.Requisition!.No,
                l.Requisition.Kind,
                l.Requisition.ScheduledDate,
                l.Requisition.DepartmentId,
                DepartmentName = l.Requisition.Department!.Name,
                l.Item!.Code,
                l.Item.Name,
                l.Item.Specification,
                l.Item.Unit,
            })
            .ToListAsync(ct);
        var requisitionIds = lines.Select(l => l.Line.RequisitionId).Distinct().ToList();
        var dispatches = (await db.Dispatches.AsNoTracking().Include(d => d.Lines).Where(d => requisitionIds.Contains(d.RequisitionId)).ToListAsync(ct)).ToLookup(d => d.RequisitionId);
        return [.. lines
            .Select(l => (Row: l, Open: RequisitionProgress.OpenQuantity(l.Line, dispatches[l.Line.RequisitionId])))
            .Where(x => x.Open > 0)
            .OrderBy(x => x.Row.Line.ShortFlaggedUtc)
            .Select(x => new ShortLine(x.Row.Line.Id, x.Row.No, x.Row.Kind, x.Row.ScheduledDate, x.Row.DepartmentId, x.Row.DepartmentName, x.Row.Line.ItemId,
                x.Row.Code, x.Row.Name, x.Row.Specification, x.Row.Unit, x.Row.Line.ApprovedQuantity, x.Open, x.Row.Line.ShortFlaggedUtc!.Value))];
    }

    public static async Task<DispatchView?> DispatchAsync(SpdDbContext db, string no, int? departmentId, CancellationToken ct = default)
    {
        var header = await Headers(db.Dispatches.Where(d => d.No == no && (departmentId == null || d.DepartmentId == departmentId))).FirstOrDefaultAsync(ct);
        return header is null ? null : new DispatchView(header, Sorted(await Lines(db.DispatchLines.Where(l => l.DispatchId == header.Id)).ToListAsync(ct)));
    }

    public static async Task<DispatchView?> DispatchAsync(SpdDbContext db, int id, int? departmentId, CancellationToken ct = default) =>
        await db.Dispatches.Where(d => d.Id == id).Select(d => d.No).FirstOrDefaultAsync(ct) is { } no ? await DispatchAsync(db, no, departmentId, ct) : null;

    /// <param name="search">Part of the note number, requisition number or department name.</param>
    /// <param name="signedNoteOpen">Only dispatches that have left and whose signed note has not come back.</param>
    public static async Task<IReadOnlyList<DispatchHeader>> DispatchesAsync(
        SpdDbContext db, DispatchStatus? status, int? departmentId, string? search, bool signedNoteOpen = false, CancellationToken ct = default)
    {
        var query = db.Dispatches.Where(d => (status == null || d.Status == status) && (departmentId == null || d.DepartmentId == departmentId));
        if (signedNoteOpen)
        {
            query = query.Where(d => (d.Status == DispatchStatus.Dispatched || d.Status == DispatchStatus.Received) && d.SignedNoteReturnedUtc == null);
        }

        if (search?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(d => d.No.Contains(text) || d.Requisition!.No.Contains(text) || d.Department!.Name.Contains(text));
        }

        return await Headers(query.OrderByDescending(d => d.OpenedUtc).ThenByDescending(d => d.Id).Take(500)).ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<ReturnRow>> ReturnsAsync(SpdDbContext db, ReturnStatus? status, int? departmentId, CancellationToken ct = default) =>
        await Returns(db.DepartmentReturns.Where(r => (status == null || r.Status == status) && (departmentId == null || r.DepartmentId == departmentId))
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).Take(500)).ToListAsync(ct);

    public static async Task<ReturnRow?> ReturnAsync(SpdDbContext db, int id, int? departmentId, CancellationToken ct = default) =>
        await Returns(db.DepartmentReturns.Where(r => r.Id == id && (departmentId == null || r.DepartmentId == departmentId))).FirstOrDefaultAsync(ct);

    /// <summary>The picking list's order: by location code, then item and lot (unplaced lines last).</summary>
    private static List<PickLine> Sorted(List<PickLine> lines) =>
        [.. lines.OrderBy(l => l.LocationCode is null ? 1 : 0).ThenBy(l => l.LocationCode, StringComparer.Ordinal).ThenBy(l => l.ItemCode, StringComparer.Ordinal)
            .ThenBy(l => l.LotNumber, StringComparer.Ordinal).ThenBy(l => l.UnitCode, StringComparer.Ordinal)];

    private static IQueryable<WaveRow> Waves(IQueryable<Wave> waves) =>
        waves.AsNoTracking().Select(w => new WaveRow(
            w.Id, w.No, w.WarehouseId, w.Warehouse!.Name, w.Route, w.Status, w.CreatedUtc, w.CreatedBy,
            w.Dispatches.Count(d => d.Status != DispatchStatus.Cancelled),
            w.Dispatches.Count(d => d.Status == DispatchStatus.Picking || d.Status == DispatchStatus.Checked),
            w.Dispatches.Where(d => d.Status != DispatchStatus.Cancelled).SelectMany(d => d.Lines).Count(),
            w.Dispatches.Where(d => d.Status != DispatchStatus.Cancelled).SelectMany(d => d.Lines).Count(l => l.CheckedUtc != null)));

    private static IQueryable<DispatchHeader> Headers(IQueryable<Dispatch> dispatches) =>
        dispatches.AsNoTracking().Select(d => new DispatchHeader(
            d.Id, d.No, d.WaveId, d.Wave!.No, d.Requisition!.No, d.Requisition.Kind, d.Requisition.RequestedBy, d.DepartmentId, d.Department!.Name,
            d.FromWarehouse!.Name, d.ToWarehouse!.Name, d.Status, d.Priority, d.OpenedUtc, d.DueUtc, d.CheckedUtc, d.PrintedUtc, d.DispatchedUtc, d.Courier, d.BoxCode,
            d.ReceivedUtc, d.ReceivedBy, d.ReceivedAtDispatch, d.SignedNoteReturnedUtc, d.SignedNoteReturnedBy, d.Lines.Count, d.Lines.Count(l => l.CheckedUtc != null)));

    private static IQueryable<PickLine> Lines(IQueryable<DispatchLine> lines) =>
        lines.AsNoTracking().Select(l => new PickLine(
            l.Id, l.DispatchId, l.Dispatch!.No, l.Dispatch.Department!.Name, l.Location!.Code, l.ItemId, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Unit,
            l.LotNumber, l.ExpiryDate, l.StockUnit!.Code, l.StockUnitId == null ? null : (StockUnitKind?)l.StockUnit.Kind, l.Quantity, l.UnitCost, l.CheckedUtc,
            l.SubstitutedItemId == null ? null : l.RequisitionLine!.Item!.Name, l.ReceivedQuantity));

    private static IQueryable<ReturnRow> Returns(IQueryable<DepartmentReturn> returns) =>
        returns.AsNoTracking().Select(r => new ReturnRow(
            r.Id, r.No, r.DepartmentId, r.Department!.Name, r.Reason, r.Destination, r.Status, r.Dispatch!.No, r.Supplier!.Name, r.Comment, r.CreatedBy, r.CreatedUtc,
            r.AcceptedUtc, r.ReplacementDueUtc, r.ReplacedUtc,
            r.Lines.OrderBy(l => l.Id).Select(l => new ReturnLineView(l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Unit, l.LotNumber, l.StockUnit!.Code, l.Quantity)).ToList()));
}
