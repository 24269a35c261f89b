using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

/// <summary>A signed note recorded back: the dispatch, and whether it had been recorded before.</summary>
public sealed record SignedNoteResult(int DispatchId, string No, bool AlreadyReturned);

/// <summary>
/// 出库 (DOMAIN.md §4.6): a checked dispatch leaves the central warehouse. Its stock moves to the department's
/// warehouse in transit (在途) until the department signs for it — or at once, for a department that receives at
/// dispatch (出库即收货, flagged so the delivery-time KPI leaves it out). Records the times the SLA and dispatch
/// KPIs read: opened (wave), checked, printed (the note), dispatched, received, and the signed note's return.
/// </summary>
public sealed class DispatchWorkflow(TimeProvider clock)
{
    public const string UnknownDispatch = nameof(UnknownDispatch);
    public const string NotADispatchNote = nameof(NotADispatchNote);
    public const string DispatchNotChecked = nameof(DispatchNotChecked);
    public const string CourierRequired = nameof(CourierRequired);
    public const string UnknownDispatchLine = nameof(UnknownDispatchLine);
    public const string SignedNoteNotDispatched = nameof(SignedNoteNotDispatched);

    public async Task<WarehouseResult<Dispatch>> DispatchAsync(SpdDbContext db, int dispatchId, string? courier, string? boxCode, string userName, CancellationToken ct = default)
    {
        var dispatch = await LoadAsync(db, dispatchId, ct);
        if (dispatch is null)
        {
            return WarehouseResult<Dispatch>.Fail("Dispatch", UnknownDispatch, "There is no such dispatch.");
        }

        if (dispatch.Status != DispatchStatus.Checked)
        {
            return WarehouseResult<Dispatch>.Fail("Dispatch", DispatchNotChecked, "Dispatch {0} is not checked: {1} lines are still to scan.",
                dispatch.No, dispatch.Lines.Count(l => l.CheckedUtc is null));
        }

        var courierName = courier?.Trim() ?? "";
        if (courierName.Length == 0)
        {
            return WarehouseResult<Dispatch>.Fail("Courier", CourierRequired, "Name the courier who takes the goods.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requisition = await db.Requisitions.Include(r => r.Lines).FirstAsync(r => r.Id == dispatch.RequisitionId, ct);
        var ledger = new StockLedger(db, clock, userName);
        var transit = new StockPosition(dispatch.ToWarehouseId, null, StockState.InTransit);
        foreach (var line in dispatch.Lines.OrderBy(l => l.Id))
        {
            var posted = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Dispatch,
                ItemId = line.ItemId,
                LotNumber = line.LotNumber,
                Quantity = line.Quantity,
                From = new StockPosition(dispatch.FromWarehouseId, line.LocationId),
                To = transit,
                OwnerSupplierId = line.OwnerSupplierId,
                StockUnitId = line.StockUnitId,
                DocumentType = StockDocumentType.Dispatch,
                DocumentNo = dispatch.No,
            }, ct);
            if (!posted.Succeeded)
            {
                return WarehouseResult<Dispatch>.Fail(posted.Errors);
            }

            requisition.Lines.First(l => l.Id == line.RequisitionLineId).DispatchedQuantity += line.Quantity;
        }

        dispatch.Status = DispatchStatus.Dispatched;
        dispatch.DispatchedUtc = now;
        dispatch.Courier = courierName;
        dispatch.BoxCode = string.IsNullOrWhiteSpace(boxCode) ? null : boxCode.Trim();
        dispatch.Version++;
        if (await db.DepartmentSupplies.AnyAsync(s => s.DepartmentId == dispatch.DepartmentId && s.ReceiveAtDispatch, ct))
        {
            var received = await DepartmentReceiving.ReceiveRestAsync(db, ledger, dispatch, requisition, [], userName, now, ct);
            if (received.Count > 0)
            {
                return WarehouseResult<Dispatch>.Fail(received);
            }

            dispatch.ReceivedAtDispatch = true;
        }

        await RefreshAsync(db, dispatch, requisition, now, ct);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<Dispatch>.Fail(saved) : WarehouseResult<Dispatch>.Done(dispatch);
    }

    /// <summary>The note was printed: the first print of a checked (or later) dispatch ends its dispatch time and starts its delivery time.</summary>
    public async Task MarkPrintedAsync(SpdDbContext db, int dispatchId, CancellationToken ct = default)
    {
        var dispatch = await db.Dispatches.FirstOrDefaultAsync(d => d.Id == dispatchId, ct);
        if (dispatch is null || dispatch.PrintedUtc is not null || dispatch.Status is DispatchStatus.Picking or DispatchStatus.Cancelled)
        {
            return;
        }

        dispatch.PrintedUtc = clock.GetUtcNow().UtcDateTime;
        dispatch.Version++;
        await StockLedger.SaveAsync(db, ct);
    }

    /// <summary>Gives up a dispatch still in the warehouse: its stock is free again and its requisition waits for the next wave.</summary>
    public async Task<WarehouseResult<Dispatch>> CancelAsync(SpdDbContext db, int dispatchId, CancellationToken ct = default)
    {
        var dispatch = await LoadAsync(db, dispatchId, ct);
        if (dispatch is null || !RequisitionProgress.InWarehouse.Contains(dispatch.Status))
        {
            return WarehouseResult<Dispatch>.Fail("Dispatch", PickCheck.DispatchNotPicking, "This dispatch is not being picked.");
        }

        dispatch.Status = DispatchStatus.Cancelled;
        dispatch.Version++;
        var now = clock.GetUtcNow().UtcDateTime;
        await RefreshAsync(db, dispatch, await db.Requisitions.Include(r => r.Lines).FirstAsync(r => r.Id == dispatch.RequisitionId, ct), now, ct);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<Dispatch>.Fail(saved) : WarehouseResult<Dispatch>.Done(dispatch);
    }

    /// <summary>
    /// The picker cannot find a planned line (or it went bad since planning): it leaves the list, its requisition line
    /// is flagged short and the quantity stays open. A dispatch left without lines is cancelled.
    /// </summary>
    public async Task<WarehouseResult<Dispatch>> MarkShortAsync(SpdDbContext db, int dispatchId, long lineId, CancellationToken ct = default)
    {
        var dispatch = await LoadAsync(db, dispatchId, ct);
        if (dispatch is null || !RequisitionProgress.InWarehouse.Contains(dispatch.Status))
        {
            return WarehouseResult<Dispatch>.Fail("Dispatch", PickCheck.DispatchNotPicking, "This dispatch is not being picked.");
        }

        var line = dispatch.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
        {
            return WarehouseResult<Dispatch>.Fail("Line", UnknownDispatchLine, "Dispatch {0} has no such line.", dispatch.No);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requisition = await db.Requisitions.Include(r => r.Lines).FirstAsync(r => r.Id == dispatch.RequisitionId, ct);
        requisition.Lines.First(l => l.Id == line.RequisitionLineId).ShortFlaggedUtc ??= now;
        dispatch.Lines.Remove(line);
        db.DispatchLines.Remove(line);
        if (dispatch.Lines.Count == 0)
        {
            dispatch.Status = DispatchStatus.Cancelled;
        }
        else if (dispatch.Lines.All(l => l.CheckedUtc is not null))
        {
            dispatch.Status = DispatchStatus.Checked;
            dispatch.CheckedUtc ??= now;
        }

        dispatch.Version++;
        await RefreshAsync(db, dispatch, requisition, now, ct);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<Dispatch>.Fail(saved) : WarehouseResult<Dispatch>.Done(dispatch);
    }

    /// <summary>签收单返回: the department's signed paper note is back (scanned by its CK code or ticked by number); the first record counts.</summary>
    public async Task<WarehouseResult<SignedNoteResult>> ReturnSignedNoteAsync(SpdDbContext db, string scanned, string userName, CancellationToken ct = default)
    {
        var code = scanned.Trim().ToUpperInvariant();
        var dispatch = await db.Dispatches.FirstOrDefaultAsync(d => d.No == code, ct);
        if (dispatch is null)
        {
            return WarehouseResult<SignedNoteResult>.Fail("Code", NotADispatchNote, "{0} is not a dispatch note (nor a code on one on its way).", scanned.Trim());
        }

        if (dispatch.Status is not (DispatchStatus.Dispatched or DispatchStatus.Received))
        {
            return WarehouseResult<SignedNoteResult>.Fail("Code", SignedNoteNotDispatched, "Dispatch {0} has not left the warehouse.", dispatch.No);
        }

        if (dispatch.SignedNoteReturnedUtc is not null)
        {
            return WarehouseResult<SignedNoteResult>.Done(new SignedNoteResult(dispatch.Id, dispatch.No, true));
        }

        dispatch.SignedNoteReturnedUtc = clock.GetUtcNow().UtcDateTime;
        dispatch.SignedNoteReturnedBy = userName;
        dispatch.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<SignedNoteResult>.Fail(saved) : WarehouseResult<SignedNoteResult>.Done(new SignedNoteResult(dispatch.Id, dispatch.No, false));
    }

    internal static async Task RefreshAsync(SpdDbContext db, Dispatch dispatch, Departments.Requisition requisition, DateTime now, CancellationToken ct)
    {
        RequisitionProgress.Refresh(requisition, [.. (await RequisitionProgress.DispatchesAsync(db, [requisition.Id], ct))[requisition.Id]], now);
        if (dispatch.WaveId is { } waveId)
        {
            var wave = await db.Waves.Include(w => w.Dispatches).FirstAsync(w => w.Id == waveId, ct);
            RequisitionProgress.Refresh(wave);
        }
    }

    private static Task<Dispatch?> LoadAsync(SpdDbContext db, int dispatchId, CancellationToken ct) =>
        db.Dispatches.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == dispatchId, ct);
}
