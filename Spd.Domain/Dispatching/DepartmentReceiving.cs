using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

public enum ReceiptScanOutcome
{
    /// <summary>The scanned piece, pack or loose item of the note is now in the department's stock.</summary>
    Received,

    /// <summary>Scanned before; nothing received twice.</summary>
    AlreadyReceived,

    /// <summary>A dispatch note (CK…) was scanned: open that one.</summary>
    Note,

    Refused,
}

public sealed record ReceiptScanResult(ReceiptScanOutcome Outcome)
{
    public ValidationError? Problem { get; init; }

    public IReadOnlyList<long> LineIds { get; init; } = [];

    public int? DispatchId { get; init; }

    public static ReceiptScanResult Refused(string code, string message, params object[] arguments) =>
        new(ReceiptScanOutcome.Refused) { Problem = new ValidationError("Code", code, message, arguments) };
}

/// <summary>Part of a note line the department does not accept at receipt (or that is missing), and why.</summary>
public sealed record Refusal(long LineId, int Quantity, ReturnReason Reason);

/// <summary>
/// 科室验收 / 签收 (DOMAIN.md §4.7): the department keeper opens the dispatch by scanning its note (or any code on
/// it), checks the goods — scanning a code takes that piece, pack or loose line into the department's stock at
/// once — and signs. Signing receives whatever is left except what the keeper refuses: refused or missing goods
/// become a department return to the central warehouse with the reason (short counts as 发放错误), set apart in the
/// department meanwhile, and their quantity is open again on the requisition. In-transit stock becomes available
/// only here; a department keeper deals only with their own department's dispatches.
/// </summary>
public sealed class DepartmentReceiving(TimeProvider clock)
{
    public const string NotYourDepartment = nameof(NotYourDepartment);
    public const string DispatchNotInTransit = nameof(DispatchNotInTransit);
    public const string ReceiptNotOnNote = nameof(ReceiptNotOnNote);
    public const string RefusalTooMuch = nameof(RefusalTooMuch);
    public const string RefuseWholeUnit = nameof(RefuseWholeUnit);

    /// <summary>The dispatch a scan names: its note (CK…), or a piece or pack travelling on it.</summary>
    /// <param name="departmentId">The only department the user may receive for; null for anyone.</param>
    public async Task<WarehouseResult<int>> FindAsync(SpdDbContext db, string scanned, int? departmentId, CancellationToken ct = default)
    {
        var code = scanned.Trim();
        var match = await ScanLookup.ResolveAsync(db, code, new BusinessCalendar(clock).Today, null, ct);
        var dispatchId = match.DispatchId;
        if (dispatchId is null && match.Unit is { } unit)
        {
            dispatchId = await db.DispatchLines.Where(l => l.StockUnitId == unit.Id && l.Dispatch!.Status == DispatchStatus.Dispatched)
                .Select(l => (int?)l.DispatchId).FirstOrDefaultAsync(ct);
        }

        var dispatch = dispatchId is null ? null : await db.Dispatches.AsNoTracking().FirstAsync(d => d.Id == dispatchId, ct);
        if (dispatch is null)
        {
            return WarehouseResult<int>.Fail("Code", DispatchWorkflow.NotADispatchNote, "{0} is not a dispatch note (nor a code on one on its way).", code);
        }

        return departmentId is not null && dispatch.DepartmentId != departmentId
            ? WarehouseResult<int>.Fail("Code", NotYourDepartment, "Dispatch {0} goes to another department.", dispatch.No)
            : WarehouseResult<int>.Done(dispatch.Id);
    }

    public async Task<ReceiptScanResult> ScanAsync(SpdDbContext db, int dispatchId, string scanned, int? departmentId, string userName, CancellationToken ct = default)
    {
        var code = scanned.Trim();
        var match = await ScanLookup.ResolveAsync(db, code, new BusinessCalendar(clock).Today, null, ct);
        if (match.DispatchId is { } noteId)
        {
            return new ReceiptScanResult(ReceiptScanOutcome.Note) { DispatchId = noteId };
        }

        var (dispatch, problem) = await InTransitAsync(db, dispatchId, departmentId, ct);
        if (problem is not null)
        {
            return new ReceiptScanResult(ReceiptScanOutcome.Refused) { Problem = problem };
        }

        List<DispatchLine> lines;
        if (match.Unit is { } unit)
        {
            lines = [.. dispatch!.Lines.Where(l => l.StockUnitId == unit.Id)];
        }
        else if (match.Item is { } item)
        {
            lines = [.. dispatch!.Lines.Where(l => l.ItemId == item.Id && l.StockUnitId == null && (match.Lot is null || l.LotNumber == match.Lot))];
        }
        else
        {
            return ReceiptScanResult.Refused(ReceiptNotOnNote, "{0} is not on dispatch note {1}.", code, dispatch!.No);
        }

        if (lines.Count == 0)
        {
            return ReceiptScanResult.Refused(ReceiptNotOnNote, "{0} is not on dispatch note {1}.", code, dispatch.No);
        }

        var open = lines.Where(l => l.ReceivedQuantity < l.Quantity).ToList();
        if (open.Count == 0)
        {
            return new ReceiptScanResult(ReceiptScanOutcome.AlreadyReceived) { LineIds = [.. lines.Select(l => l.Id)] };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requisition = await db.Requisitions.Include(r => r.Lines).FirstAsync(r => r.Id == dispatch.RequisitionId, ct);
        var ledger = new StockLedger(db, clock, userName);
        var target = await ShelfAsync(db, dispatch.ToWarehouseId, ct);
        foreach (var line in open)
        {
            if (await ReceiveAsync(ledger, dispatch, requisition, line, line.Quantity - line.ReceivedQuantity, target, ct) is { Count: > 0 } errors)
            {
                return new ReceiptScanResult(ReceiptScanOutcome.Refused) { Problem = errors[0] };
            }
        }

        dispatch.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0
            ? new ReceiptScanResult(ReceiptScanOutcome.Refused) { Problem = saved[0] }
            : new ReceiptScanResult(ReceiptScanOutcome.Received) { LineIds = [.. open.Select(l => l.Id)] };
    }

    /// <summary>签收: receives everything not yet received except the refusals, which go back as returns (one per reason).</summary>
    public async Task<WarehouseResult<IReadOnlyList<DepartmentReturn>>> SignAsync(SpdDbContext db, int dispatchId, IReadOnlyList<Refusal> refusals, int? departmentId, string userName, CancellationToken ct = default)
    {
        var (dispatch, problem) = await InTransitAsync(db, dispatchId, departmentId, ct);
        if (problem is not null)
        {
            return WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail([problem]);
        }

        foreach (var group in refusals.GroupBy(r => r.LineId))
        {
            var line = dispatch!.Lines.FirstOrDefault(l => l.Id == group.Key);
            var refused = group.Sum(r => r.Quantity);
            var left = line is null ? 0 : line.Quantity - line.ReceivedQuantity;
            if (line is null || group.Any(r => r.Quantity <= 0) || refused > left)
            {
                return WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail("Quantity", RefusalTooMuch, "At most {0} can be refused on this line.", left);
            }

            if (line.StockUnitId is not null && refused != left)
            {
                return WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail("Quantity", RefuseWholeUnit, "A coded piece or pack is refused whole ({0}).", left);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requisition = await db.Requisitions.Include(r => r.Lines).FirstAsync(r => r.Id == dispatch!.RequisitionId, ct);
        var ledger = new StockLedger(db, clock, userName);
        var returns = new List<DepartmentReturn>();
        foreach (var reason in refusals.GroupBy(r => r.Reason).OrderBy(g => g.Key))
        {
            var refund = new DepartmentReturn
            {
                No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DepartmentReturn, new BusinessCalendar(clock).Today, ct),
                DepartmentId = dispatch!.DepartmentId,
                WarehouseId = dispatch.ToWarehouseId,
                Reason = reason.Key,
                Destination = ReturnDestination.CentralWarehouse,
                Status = ReturnStatus.Submitted,
                DispatchId = dispatch.Id,
                CreatedBy = userName,
                CreatedUtc = now,
            };
            foreach (var refusal in reason)
            {
                var line = dispatch.Lines.First(l => l.Id == refusal.LineId);
                var posted = await ledger.PostAsync(new StockMove
                {
                    Kind = StockMovementKind.Return,
                    ItemId = line.ItemId,
                    LotNumber = line.LotNumber,
                    Quantity = refusal.Quantity,
                    From = new StockPosition(dispatch.ToWarehouseId, null, StockState.InTransit),
                    To = DepartmentReturns.SetApart(dispatch.ToWarehouseId),
                    OwnerSupplierId = line.OwnerSupplierId,
                    StockUnitId = line.StockUnitId,
                    DocumentType = StockDocumentType.Return,
                    DocumentNo = refund.No,
                }, ct);
                if (!posted.Succeeded)
                {
                    return WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail(posted.Errors);
                }

                refund.Lines.Add(new DepartmentReturnLine
                {
                    ItemId = line.ItemId, LotNumber = line.LotNumber, OwnerSupplierId = line.OwnerSupplierId, StockUnitId = line.StockUnitId, Quantity = refusal.Quantity,
                });
            }

            db.DepartmentReturns.Add(refund);
            returns.Add(refund);
        }

        var received = await ReceiveRestAsync(db, ledger, dispatch!, requisition, refusals, userName, now, ct);
        if (received.Count > 0)
        {
            return WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail(received);
        }

        await DispatchWorkflow.RefreshAsync(db, dispatch!, requisition, now, ct);
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<IReadOnlyList<DepartmentReturn>>.Fail(saved) : WarehouseResult<IReadOnlyList<DepartmentReturn>>.Done(returns);
    }

    /// <summary>Receives what is still in transit on the dispatch, less the refusals, and marks it received by the user now.</summary>
    internal static async Task<IReadOnlyList<ValidationError>> ReceiveRestAsync(
        SpdDbContext db, StockLedger ledger, Dispatch dispatch, Requisition requisition, IReadOnlyList<Refusal> refusals, string userName, DateTime now, CancellationToken ct)
    {
        var target = await ShelfAsync(db, dispatch.ToWarehouseId, ct);
        foreach (var line in dispatch.Lines.OrderBy(l => l.Id))
        {
            var quantity = line.Quantity - line.ReceivedQuantity - refusals.Where(r => r.LineId == line.Id).Sum(r => r.Quantity);
            if (quantity > 0 && await ReceiveAsync(ledger, dispatch, requisition, line, quantity, target, ct) is { Count: > 0 } errors)
            {
                return errors;
            }
        }

        dispatch.Status = DispatchStatus.Received;
        dispatch.ReceivedUtc = now;
        dispatch.ReceivedBy = userName;
        dispatch.Version++;
        return [];
    }

    private static async Task<IReadOnlyList<ValidationError>> ReceiveAsync(
        StockLedger ledger, Dispatch dispatch, Requisition requisition, DispatchLine line, int quantity, StockPosition target, CancellationToken ct)
    {
        var posted = await ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.DepartmentReceipt,
            ItemId = line.ItemId,
            LotNumber = line.LotNumber,
            Quantity = quantity,
            From = new StockPosition(dispatch.ToWarehouseId, null, StockState.InTransit),
            To = target,
            OwnerSupplierId = line.OwnerSupplierId,
            StockUnitId = line.StockUnitId,
            DocumentType = StockDocumentType.DepartmentReceipt,
            DocumentNo = dispatch.No,
        }, ct);
        if (!posted.Succeeded)
        {
            return posted.Errors;
        }

        line.ReceivedQuantity += quantity;
        requisition.Lines.First(l => l.Id == line.RequisitionLineId).ReceivedQuantity += quantity;
        return [];
    }

    /// <summary>Received goods go onto the department warehouse's first shelf (by code), or stay unplaced when it has none.</summary>
    private static async Task<StockPosition> ShelfAsync(SpdDbContext db, int warehouseId, CancellationToken ct) =>
        new(warehouseId, await db.Locations.Where(l => l.WarehouseId == warehouseId && l.IsActive).OrderBy(l => l.Code).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct));

    private static async Task<(Dispatch? Dispatch, ValidationError? Problem)> InTransitAsync(SpdDbContext db, int dispatchId, int? departmentId, CancellationToken ct)
    {
        var dispatch = await db.Dispatches.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == dispatchId, ct);
        if (dispatch is null)
        {
            return (null, new ValidationError("Dispatch", DispatchWorkflow.UnknownDispatch, "There is no such dispatch."));
        }

        if (departmentId is not null && dispatch.DepartmentId != departmentId)
        {
            return (null, new ValidationError("Dispatch", NotYourDepartment, "Dispatch {0} goes to another department.", dispatch.No));
        }

        return dispatch.Status == DispatchStatus.Dispatched
            ? (dispatch, null)
            : (null, new ValidationError("Dispatch", DispatchNotInTransit, "Dispatch {0} is not on its way.", dispatch.No));
    }
}
