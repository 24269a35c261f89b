using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Traceability;

/// <summary>What happened to a coded unit, in the order of its life. The names are those of the steps on screen.</summary>
public enum TraceEvent
{
    /// <summary>The supplier sent the delivery note (随货同行单).</summary>
    Shipped,

    /// <summary>Checked and accepted at the warehouse (验收入库).</summary>
    Received,

    /// <summary>Coded as a piece or made into a department's fixed-quantity pack (赋码 / 打包).</summary>
    Labelled,

    /// <summary>Came with a supplier's loaner set for an operation (跟台).</summary>
    LoanerDelivered,

    PutAway,
    Moved,
    Dispatched,
    DepartmentReceived,
    Consumed,
    Returned,
    Quarantined,
    Released,
    Scrapped,
    Adjusted,

    /// <summary>The consumed pack's label came back (标签回收).</summary>
    LabelRecovered,

    /// <summary>The department confirmed the label lost at a label stocktake.</summary>
    LabelLost,
}

/// <summary>A warehouse position: warehouse, location (none in a receiving area or in transit) and the department owning it.</summary>
public sealed record TracePlace(string WarehouseName, string? LocationCode, string? DepartmentName);

public sealed record TraceUnit(
    long Id,
    string Code,
    StockUnitKind Kind,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    string? Model,
    string SupplierName,
    string LotNumber,
    DateOnly? ExpiryDate,
    string? Serial,
    string? Udi,
    string? Epc,
    int Quantity,
    StockUnitStatus Status,
    StockState State,
    TracePlace? Place,
    string? PackDepartmentName,
    string? OwnerSupplierName,
    LabelStatus LabelStatus);

/// <summary>Where the unit came from: the supplier's delivery note and the receipt that accepted it.</summary>
public sealed record TraceOrigin(
    string SupplierName, string DeliveryNoteNo, string PurchaseOrderNo, DateTime? ShippedUtc, string ReceiptNo, string ReceivedBy, DateTime ReceivedUtc, string WarehouseName);

/// <summary>The dispatch note (出库单) a unit left with, with the times the SLA and delivery KPIs use.</summary>
public sealed record TraceDispatch(
    string No,
    string DepartmentName,
    string ToWarehouseName,
    DispatchPriority Priority,
    DispatchStatus Status,
    DateTime OpenedUtc,
    DateTime? PrintedUtc,
    DateTime? DispatchedUtc,
    string? Courier,
    DateTime? ReceivedUtc,
    string? ReceivedBy,
    bool ReceivedAtDispatch);

public sealed record TraceReturn(string No, ReturnReason Reason, ReturnDestination Destination, string DepartmentName);

/// <summary>One step of the timeline; the detail that belongs to its kind is filled in.</summary>
public sealed record TraceStep
{
    public required DateTime AtUtc { get; init; }

    public required TraceEvent Event { get; init; }

    public string? DocumentNo { get; init; }

    public string? UserName { get; init; }

    public TracePlace? From { get; init; }

    public TracePlace? To { get; init; }

    /// <summary>Why (a quarantine, a stocktake variance, a FEFO override), as written with the movement.</summary>
    public string? Reason { get; init; }

    public string? SupplierName { get; init; }

    public TraceDispatch? Dispatch { get; init; }

    public UseRow? Use { get; init; }

    public TraceReturn? Return { get; init; }
}

/// <summary>
/// 一物一码追溯 (来源可查、去向可追): a piece or pack from the supplier's delivery note to the patient — the
/// documents around it (delivery note, receipt, dispatch note, consumption, return, label stocktake) and
/// every ledger movement of the unit, as one ordered timeline. A fixed number of queries per unit.
/// </summary>
public sealed record UnitTrace(TraceUnit Unit, TraceOrigin? Origin, IReadOnlyList<TraceStep> Steps)
{
    public static async Task<UnitTrace?> LoadAsync(SpdDbContext db, long unitId, CancellationToken ct = default)
    {
        var unit = await UnitAsync(db, unitId, ct);
        if (unit is null)
        {
            return null;
        }

        var origin = unit.ReceiptLineId is { } lineId ? await OriginAsync(db, lineId, ct) : null;
        var entries = await EntriesAsync(db, unitId, ct);
        var documents = entries.Select(e => e.DocumentNo).Distinct().ToList();
        var dispatches = await db.Dispatches.AsNoTracking()
            .Where(d => documents.Contains(d.No))
            .Select(d => new TraceDispatch(
                d.No, d.Department!.Name, d.ToWarehouse!.Name, d.Priority, d.Status, d.OpenedUtc, d.PrintedUtc, d.DispatchedUtc, d.Courier, d.ReceivedUtc,
                d.ReceivedBy, d.ReceivedAtDispatch))
            .ToDictionaryAsync(d => d.No, ct);
        var returns = await db.DepartmentReturns.AsNoTracking()
            .Where(r => documents.Contains(r.No))
            .Select(r => new TraceReturn(r.No, r.Reason, r.Destination, r.Department!.Name))
            .ToDictionaryAsync(r => r.No, ct);
        var uses = (await Usage.OfUnitAsync(db, unitId, ct)).ToLookup(u => u.DocumentNo);
        var loaner = await db.LoanerSetLines.AsNoTracking()
            .Where(l => l.StockUnitId == unitId)
            .Select(l => new { l.Surgery!.No, l.Surgery.DeliveredUtc, SupplierName = l.Surgery.Supplier == null ? null : l.Surgery.Supplier.Name })
            .FirstOrDefaultAsync(ct);
        var labelStocktake = await db.LabelStocktakeLines.AsNoTracking()
            .Where(l => l.StockUnitId == unitId && (l.Found || l.LabelStocktake!.ConfirmedUtc != null))
            .OrderByDescending(l => l.Id)
            .Select(l => new { l.LabelStocktake!.No, l.LabelStocktake.ConfirmedBy })
            .FirstOrDefaultAsync(ct);

        // At one moment: the documents of arrival in their natural order, then the movements in ledger order, then the label.
        var steps = new List<(TraceStep Step, long Order)>();
        if (origin is not null)
        {
            if (origin.ShippedUtc is { } shipped)
            {
                steps.Add((new TraceStep { AtUtc = shipped, Event = TraceEvent.Shipped, DocumentNo = origin.DeliveryNoteNo, SupplierName = origin.SupplierName }, (long)TraceEvent.Shipped));
            }

            steps.Add((new TraceStep
            {
                AtUtc = origin.ReceivedUtc, Event = TraceEvent.Received, DocumentNo = origin.ReceiptNo, UserName = origin.ReceivedBy,
                To = new TracePlace(origin.WarehouseName, null, null), SupplierName = origin.SupplierName,
            }, (long)TraceEvent.Received));
        }

        if (loaner is not null)
        {
            steps.Add((new TraceStep
            {
                AtUtc = loaner.DeliveredUtc ?? unit.CreatedUtc, Event = TraceEvent.LoanerDelivered, DocumentNo = loaner.No, SupplierName = loaner.SupplierName,
            }, (long)TraceEvent.LoanerDelivered));
        }

        // Without a receipt document the ledger's receipt movement is the arrival, and the label comes after it.
        steps.Add((new TraceStep { AtUtc = unit.CreatedUtc, Event = TraceEvent.Labelled, DocumentNo = origin?.ReceiptNo }, origin is null ? long.MaxValue - 1 : (long)TraceEvent.Labelled));
        foreach (var entry in entries)
        {
            // The receipt document is the unit's arrival; a receipt movement of the unit itself only says it again.
            if (entry.Kind == StockMovementKind.Receipt && origin is not null)
            {
                continue;
            }

            steps.Add((new TraceStep
            {
                AtUtc = entry.AtUtc,
                Event = Event(entry.Kind),
                DocumentNo = entry.DocumentNo,
                UserName = entry.UserName,
                From = entry.From,
                To = entry.To,
                Reason = entry.Reason,
                Dispatch = entry.Kind is StockMovementKind.Dispatch or StockMovementKind.DepartmentReceipt ? dispatches.GetValueOrDefault(entry.DocumentNo) : null,
                Use = entry.Kind == StockMovementKind.Consumption ? uses[entry.DocumentNo].FirstOrDefault() : null,
                Return = entry.Kind == StockMovementKind.Return ? returns.GetValueOrDefault(entry.DocumentNo) : null,
            }, LedgerOrder + entry.Id));
        }

        if (unit.Header.LabelStatus is LabelStatus.Recovered or LabelStatus.Lost && unit.LabelChangedUtc is { } changed)
        {
            var lost = unit.Header.LabelStatus == LabelStatus.Lost;
            steps.Add((new TraceStep
            {
                AtUtc = changed,
                Event = lost ? TraceEvent.LabelLost : TraceEvent.LabelRecovered,
                DocumentNo = labelStocktake?.No,
                UserName = lost ? labelStocktake?.ConfirmedBy : null,
            }, long.MaxValue));
        }

        return new UnitTrace(unit.Header, origin, [.. steps.OrderBy(s => s.Step.AtUtc).ThenBy(s => s.Order).Select(s => s.Step)]);
    }

    private static async Task<UnitRow?> UnitAsync(SpdDbContext db, long unitId, CancellationToken ct)
    {
        var row = await db.StockUnits.AsNoTracking()
            .Where(u => u.Id == unitId)
            .Select(u => new
            {
                u.Id, u.Code, u.Kind, u.ItemId, ItemCode = u.Item!.Code, ItemName = u.Item.Name, u.Item.Specification, u.Item.Unit, u.Item.Model,
                SupplierName = u.Item.Supplier!.Name, u.LotNumber, u.ExpiryDate, u.Serial, u.Udi, u.Epc, u.Quantity, u.Status, u.State,
                WarehouseName = db.Warehouses.Where(w => w.Id == u.WarehouseId).Select(w => w.Name).FirstOrDefault(),
                WarehouseDepartment = db.Warehouses.Where(w => w.Id == u.WarehouseId).Select(w => w.OwnerDepartment!.Name).FirstOrDefault(),
                LocationCode = db.Locations.Where(l => l.Id == u.LocationId).Select(l => l.Code).FirstOrDefault(),
                PackDepartment = db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                OwnerName = db.Suppliers.Where(s => s.Id == u.OwnerSupplierId).Select(s => s.Name).FirstOrDefault(),
                u.LabelStatus, u.ReceiptLineId, u.CreatedUtc, u.LabelChangedUtc,
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : new UnitRow(
                new TraceUnit(
                    row.Id, row.Code, row.Kind, row.ItemId, row.ItemCode, row.ItemName, row.Specification, row.Unit, row.Model, row.SupplierName, row.LotNumber,
                    row.ExpiryDate, row.Serial, row.Udi, row.Epc, row.Quantity, row.Status, row.State,
                    row.WarehouseName is null ? null : new TracePlace(row.WarehouseName, row.LocationCode, row.WarehouseDepartment),
                    row.PackDepartment, row.OwnerName, row.LabelStatus),
                row.ReceiptLineId, row.CreatedUtc, row.LabelChangedUtc);
    }

    private static Task<TraceOrigin?> OriginAsync(SpdDbContext db, long receiptLineId, CancellationToken ct) =>
        db.ReceiptLines.AsNoTracking()
            .Where(l => l.Id == receiptLineId)
            .Select(l => new TraceOrigin(
                l.Receipt!.DeliveryNote!.Supplier!.Name, l.Receipt.DeliveryNote.No, l.Receipt.DeliveryNote.PurchaseOrder!.No, l.Receipt.DeliveryNote.SubmittedUtc,
                l.Receipt.No, l.Receipt.UserName, l.Receipt.StartedUtc, l.Receipt.Warehouse!.Name))
            .FirstOrDefaultAsync(ct);

    private static async Task<List<LedgerStep>> EntriesAsync(SpdDbContext db, long unitId, CancellationToken ct)
    {
        var rows = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.StockUnitId == unitId)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.AtUtc, e.Kind, e.DocumentNo, e.UserName, e.Reason,
                FromWarehouse = db.Warehouses.Where(w => w.Id == e.FromWarehouseId).Select(w => w.Name).FirstOrDefault(),
                FromDepartment = db.Warehouses.Where(w => w.Id == e.FromWarehouseId).Select(w => w.OwnerDepartment!.Name).FirstOrDefault(),
                FromLocation = db.Locations.Where(l => l.Id == e.FromLocationId).Select(l => l.Code).FirstOrDefault(),
                ToWarehouse = db.Warehouses.Where(w => w.Id == e.ToWarehouseId).Select(w => w.Name).FirstOrDefault(),
                ToDepartment = db.Warehouses.Where(w => w.Id == e.ToWarehouseId).Select(w => w.OwnerDepartment!.Name).FirstOrDefault(),
                ToLocation = db.Locations.Where(l => l.Id == e.ToLocationId).Select(l => l.Code).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new LedgerStep(
            r.Id, r.AtUtc, r.Kind, r.DocumentNo, r.UserName, r.Reason,
            r.FromWarehouse is null ? null : new TracePlace(r.FromWarehouse, r.FromLocation, r.FromDepartment),
            r.ToWarehouse is null ? null : new TracePlace(r.ToWarehouse, r.ToLocation, r.ToDepartment)))];
    }

    private const long LedgerOrder = 100;

    private static TraceEvent Event(StockMovementKind kind) => kind switch
    {
        StockMovementKind.Receipt => TraceEvent.Received,
        StockMovementKind.PutAway => TraceEvent.PutAway,
        StockMovementKind.Transfer => TraceEvent.Moved,
        StockMovementKind.Dispatch => TraceEvent.Dispatched,
        StockMovementKind.DepartmentReceipt => TraceEvent.DepartmentReceived,
        StockMovementKind.Consumption => TraceEvent.Consumed,
        StockMovementKind.Return => TraceEvent.Returned,
        StockMovementKind.Quarantine => TraceEvent.Quarantined,
        StockMovementKind.Release => TraceEvent.Released,
        StockMovementKind.Scrap => TraceEvent.Scrapped,
        _ => TraceEvent.Adjusted,
    };

    private sealed record UnitRow(TraceUnit Header, long? ReceiptLineId, DateTime CreatedUtc, DateTime? LabelChangedUtc);

    private sealed record LedgerStep(long Id, DateTime AtUtc, StockMovementKind Kind, string DocumentNo, string UserName, string? Reason, TracePlace? From, TracePlace? To);
}
