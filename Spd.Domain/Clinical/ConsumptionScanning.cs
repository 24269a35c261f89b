using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Settlement;

namespace Spd.Domain.Clinical;

/// <summary>Who scans: the user (or API key) name and, for people, the one department whose stock they may use; devices and HIS have none and name the place.</summary>
public sealed record ScanActor(string UserName, int? DepartmentId);

/// <summary>One scan from a PDA, a scanner relay or HIS; <see cref="ScanId"/> is the client's id that makes a resent scan harmless.</summary>
public sealed record ConsumptionScan
{
    public required string ScanId { get; init; }

    public required string Code { get; init; }

    public string? DeviceId { get; init; }

    /// <summary>Where the scanner is: a department warehouse code or a scanned location label (<c>L:EJK001:E-01-01-01</c>).</summary>
    public string? Location { get; init; }

    /// <summary>The warehouse chosen on the PDA screen (instead of <see cref="Location"/>).</summary>
    public int? WarehouseId { get; init; }

    public string? PatientNo { get; init; }

    public string? EncounterNo { get; init; }

    public string? OrderNo { get; init; }

    /// <summary>For bulk items scanned by item code; a coded piece or pack is always used whole.</summary>
    public int? Quantity { get; init; }

    public int? SurgeryId { get; init; }

    /// <summary>双签: the charge waits as <see cref="ChargeStatus.Held"/> until surgeon and nurse have both signed.</summary>
    public bool HoldCharge { get; init; }
}

/// <summary>A consumption as screens and the API show it.</summary>
public sealed record ConsumptionView(
    long Id, string No, DateTime AtUtc, string DepartmentName, string WarehouseCode, int ItemId, string ItemCode, string ItemName, string Specification,
    string Unit, ManagementMode Management, string LotNumber, DateOnly? ExpiryDate, string? Serial, string? UnitCode, StockUnitKind? UnitKind,
    int Quantity, string? PatientNo, string? PatientName, string? EncounterNo, string? OrderNo, string? DoctorName, string? Operation,
    string? DrgGroup, long? ChargeId, ChargeStatus? ChargeStatus, decimal? ChargeAmount, bool Consignment, string UserName, string? DeviceId,
    string? ScanId, DateTime? ReversedUtc);

/// <summary>The answer to a scan: the consumption, or why not. <see cref="Duplicate"/>: the scan id was seen before and this is its first answer.</summary>
public sealed record ScanReply(ConsumptionView? Consumption, IReadOnlyList<ValidationError> Errors, bool Duplicate = false)
{
    public bool Succeeded => Errors.Count == 0;

    public static ScanReply Refused(ValidationError error) => new(null, [error]);
}

/// <summary>
/// 扫码消耗 (DOMAIN.md §4.7): one scan is one transaction. The code is resolved in the department's stock: a
/// pack (SK…) is used whole and its label is then awaited back; a coded piece is used; a bulk item is used by
/// item code and quantity from one lot, first to expire first. An order-linked item (医嘱管理类) is used on a
/// patient against their order line — a scan the orders do not cover goes to an order Spd creates for the patient's
/// scans (<see cref="OrderSource.Scan"/>, 扫码生成医嘱) — and gets exactly one
/// <see cref="Charge"/>; consignment stock becomes the hospital's at use and owes the supplier a
/// <see cref="SettlementLine"/> (即入即出). The client's scan id is the idempotency key: a scan seen before
/// gets its first answer back from its <see cref="ScanEvent"/>, and two copies racing each other collide on
/// the unique scan id (or the stock row versions), after which the loser reads the winner's answer.
/// </summary>
public sealed class ConsumptionScanning(TimeProvider clock)
{
    public const string ScanIdRequired = nameof(ScanIdRequired);
    public const string CodeRequired = nameof(CodeRequired);
    public const string UnknownStore = nameof(UnknownStore);
    public const string NotADepartmentStore = nameof(NotADepartmentStore);
    public const string WarehouseOfOtherDepartment = nameof(WarehouseOfOtherDepartment);
    public const string LocationRequired = nameof(LocationRequired);
    public const string NoDepartmentStore = nameof(NoDepartmentStore);
    public const string UnknownCode = nameof(UnknownCode);
    public const string NotAnItem = nameof(NotAnItem);
    public const string AlreadyConsumed = nameof(AlreadyConsumed);
    public const string NotInThisDepartment = nameof(NotInThisDepartment);
    public const string NoStockHere = nameof(NoStockHere);
    public const string LotShort = nameof(LotShort);
    public const string QuantityOutOfRange = nameof(QuantityOutOfRange);
    public const string PatientRequired = nameof(PatientRequired);
    public const string UnknownPatient = nameof(UnknownPatient);
    public const string UnknownOrder = nameof(UnknownOrder);
    public const string OrderCancelled = nameof(OrderCancelled);
    public const string OrderOfAnotherPatient = nameof(OrderOfAnotherPatient);
    public const string EncounterRequired = nameof(EncounterRequired);
    public const string NoChargeCode = nameof(NoChargeCode);
    public const string ConsumptionNotFound = nameof(ConsumptionNotFound);
    public const string AlreadyReversed = nameof(AlreadyReversed);
    public const string ReversalTooLate = nameof(ReversalTooLate);
    public const string ChargeAcknowledged = nameof(ChargeAcknowledged);
    public const string ReversalOtherDepartment = nameof(ReversalOtherDepartment);

    /// <summary>The most base units one bulk scan may use.</summary>
    public const int MaxQuantity = 9999;

    /// <summary>Prefix of the order a scan creates for an order-linked item used without an order (扫码生成医嘱).</summary>
    public const string ScanOrderPrefix = "S";

    private const int MaxAttempts = 5;

    private BusinessCalendar Calendar => new(clock);

    public async Task<ScanReply> ScanAsync(SpdDbContext db, ScanActor actor, ConsumptionScan scan, CancellationToken ct = default)
    {
        if (scan.ScanId?.Trim() is not { Length: > 0 and <= 64 })
        {
            return ScanReply.Refused(new ValidationError("ScanId", ScanIdRequired, "Every scan needs the client's scan id (1 to 64 characters)."));
        }

        if (string.IsNullOrWhiteSpace(scan.Code))
        {
            return ScanReply.Refused(new ValidationError("Code", CodeRequired, "Nothing was scanned."));
        }

        var normalised = scan with { ScanId = scan.ScanId.Trim(), Code = scan.Code.Trim() };
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await ReplayAsync(db, normalised.ScanId, ct) is { } replay)
            {
                return replay;
            }

            var reply = await TryScanAsync(db, actor, normalised, ct);
            if (!IsConflict(reply))
            {
                return reply;
            }

            db.ChangeTracker.Clear();
        }

        return ScanReply.Refused(Conflict());
    }

    /// <summary>
    /// Undoes a consumption scanned by mistake (wrong patient, not used after all) on the day it was scanned:
    /// the stock goes back where it was taken from, the charge is cancelled and the order line given back. Once
    /// HIS has acknowledged the charge it is refused: HIS posts the refund and the department returns the item.
    /// </summary>
    public async Task<ScanReply> ReverseAsync(SpdDbContext db, ScanActor actor, long consumptionId, CancellationToken ct = default)
    {
        var consumption = await db.Consumptions
            .Include(c => c.Item).Include(c => c.StockUnit).Include(c => c.HisOrderLine).ThenInclude(l => l!.HisOrder).ThenInclude(o => o!.Lines)
            .FirstOrDefaultAsync(c => c.Id == consumptionId, ct);
        if (consumption is null)
        {
            return ScanReply.Refused(new ValidationError("Consumption", ConsumptionNotFound, "There is no consumption {0}.", consumptionId));
        }

        if (actor.DepartmentId is { } department && department != consumption.DepartmentId)
        {
            return ScanReply.Refused(new ValidationError("Consumption", ReversalOtherDepartment, "{0} was used from another department's stock.", consumption.No));
        }

        if (consumption.ReversedUtc is { } reversed)
        {
            return ScanReply.Refused(new ValidationError("Consumption", AlreadyReversed, "{0} was already reversed at {1}.", consumption.No, Local(reversed)));
        }

        if (DateOnly.FromDateTime(Calendar.ToLocal(consumption.AtUtc)) != Calendar.Today)
        {
            return ScanReply.Refused(new ValidationError("Consumption", ReversalTooLate, "{0} was scanned on {1}: only the same day's scans can be undone; return the item instead.",
                consumption.No, Local(consumption.AtUtc)));
        }

        var charge = await db.Charges.FirstOrDefaultAsync(c => c.ConsumptionId == consumption.Id, ct);
        if (charge is { Status: ChargeStatus.Acknowledged })
        {
            return ScanReply.Refused(new ValidationError("Consumption", ChargeAcknowledged, "HIS has already posted charge {0} of {1}: HIS must post the refund first.",
                charge.Id, consumption.No));
        }

        var now = Calendar.UtcNow;
        var ledger = new StockLedger(db, clock, actor.UserName);
        var entries = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.DocumentType == StockDocumentType.Consumption && e.DocumentNo == consumption.No && e.Kind == StockMovementKind.Consumption)
            .ToListAsync(ct);
        foreach (var entry in entries)
        {
            var posted = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Adjustment,
                ItemId = entry.ItemId,
                LotNumber = entry.LotNumber,
                ExpiryDate = entry.ExpiryDate,
                Quantity = entry.Quantity,
                UnitCost = entry.UnitCost,
                To = new StockPosition(entry.FromWarehouseId!.Value, entry.FromLocationId, entry.FromState ?? StockState.Available),
                OwnerSupplierId = entry.OwnerSupplierId,
                StockUnitId = entry.StockUnitId,
                DocumentType = StockDocumentType.Consumption,
                DocumentNo = consumption.No,
                Reason = $"冲销 {consumption.No}",
                PatientId = entry.PatientId,
            }, ct);
            if (!posted.Succeeded)
            {
                return new ScanReply(null, posted.Errors);
            }
        }

        if (consumption.StockUnit is { Kind: StockUnitKind.Pack } pack)
        {
            pack.LabelStatus = LabelStatus.None;
            pack.LabelChangedUtc = now;
        }

        await MarkLoanerAsync(db, consumption, LoanerLineStatus.Used, LoanerLineStatus.Delivered, now, ct);

        if (charge is not null)
        {
            charge.Status = ChargeStatus.Cancelled;
            charge.Version++;
        }

        if (consumption.HisOrderLine is { HisOrder: { } order } line)
        {
            line.ConsumedQuantity -= consumption.Quantity;
            order.Status = order.Source == OrderSource.Scan && order.Lines.All(l => l.ConsumedQuantity == 0) ? OrderStatus.Cancelled : HisOrderIntake.StatusOf(order);
            order.ChangedUtc = now;
            order.Version++;
        }

        db.SettlementLines.RemoveRange(await db.SettlementLines.Where(s => s.ConsumptionId == consumption.Id).ToListAsync(ct));
        consumption.ReversedUtc = now;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? new ScanReply(null, saved) : new ScanReply(await LoadAsync(db, consumption.Id, ct), []);
    }

    /// <summary>One consumption as screens show it, or null.</summary>
    public static Task<ConsumptionView?> LoadAsync(SpdDbContext db, long consumptionId, CancellationToken ct = default) =>
        db.Consumptions.AsNoTracking().Where(c => c.Id == consumptionId).Select(c => new ConsumptionView(
                c.Id, c.No, c.AtUtc, c.Department!.Name, c.Warehouse!.Code, c.ItemId, c.Item!.Code, c.Item.Name, c.Item.Specification, c.Item.Unit,
                c.Item.ManagementMode, c.LotNumber, c.ExpiryDate, c.Serial,
                c.StockUnit == null ? null : c.StockUnit.Code,
                c.StockUnit == null ? null : c.StockUnit.Kind,
                c.Quantity,
                c.Patient == null ? null : c.Patient.PatientNo,
                c.Patient == null ? null : c.Patient.Name,
                c.EncounterNo,
                c.HisOrderLine == null ? null : c.HisOrderLine.HisOrder!.OrderNo,
                c.Doctor == null ? null : c.Doctor.Name,
                c.Operation, c.DrgGroup,
                db.Charges.Where(h => h.ConsumptionId == c.Id).Select(h => (long?)h.Id).FirstOrDefault(),
                db.Charges.Where(h => h.ConsumptionId == c.Id).Select(h => (ChargeStatus?)h.Status).FirstOrDefault(),
                db.Charges.Where(h => h.ConsumptionId == c.Id).Select(h => (decimal?)h.Amount).FirstOrDefault(),
                c.OwnerSupplierId != null, c.UserName, c.DeviceId, c.ScanId, c.ReversedUtc))
            .FirstOrDefaultAsync(ct);

    private static bool IsConflict(ScanReply reply) => reply.Errors is [{ Code: StockLedger.StockChanged }];

    private static ValidationError Conflict() =>
        new("Stock", StockLedger.StockChanged, "Someone else moved this stock at the same moment; nothing was saved. Look again and retry.");

    private static async Task<ScanReply?> ReplayAsync(SpdDbContext db, string scanId, CancellationToken ct)
    {
        var seen = await db.ScanEvents.AsNoTracking().Where(s => s.ScanId == scanId)
            .Select(s => new { s.Outcome, s.ConsumptionId, s.ErrorCode, s.ErrorMessage })
            .FirstOrDefaultAsync(ct);
        if (seen is null)
        {
            return null;
        }

        return seen is { Outcome: ScanOutcome.Consumed, ConsumptionId: { } id }
            ? new ScanReply(await LoadAsync(db, id, ct), [], Duplicate: true)
            : new ScanReply(null, [new ValidationError("Code", seen.ErrorCode ?? UnknownCode, seen.ErrorMessage ?? "")], Duplicate: true);
    }

    private sealed record Store(int Id, string Code, string Name, int DepartmentId, string DepartmentName);

    /// <summary>One take of stock: a coded unit, or part of a lot's balance.</summary>
    private sealed record Take(StockPosition From, string LotNumber, int? Owner, int Quantity, long? UnitId);

    private async Task<ScanReply> TryScanAsync(SpdDbContext db, ScanActor actor, ConsumptionScan scan, CancellationToken ct)
    {
        var (stores, chosen, placeProblem) = await PlaceAsync(db, actor, scan, ct);
        if (placeProblem is not null)
        {
            return await RefuseAsync(db, actor, scan, placeProblem, ct);
        }

        var today = Calendar.Today;
        var match = await ScanLookup.ResolveAsync(db, scan.Code, today, chosen?.Id ?? (stores.Count == 1 ? stores[0].Id : null), ct);
        if (!match.Found)
        {
            return await RefuseAsync(db, actor, scan, new ValidationError("Code", UnknownCode, "Nothing in Spd has the code {0}.", scan.Code), ct);
        }

        if (match.Item is not { } item)
        {
            return await RefuseAsync(db, actor, scan, new ValidationError("Code", NotAnItem, "{0} is not an item, piece or pack label.", scan.Code), ct);
        }

        var ledger = new StockLedger(db, clock, actor.UserName);
        var (takes, takeProblem) = match.Unit is { } unit
            ? await UnitTakeAsync(db, unit, stores, ct)
            : await ItemTakeAsync(db, ledger, item, match.Lot, scan.Quantity ?? 1, chosen is null ? stores : [chosen], ct);
        if (takeProblem is not null)
        {
            return await RefuseAsync(db, actor, scan, takeProblem, ct);
        }

        var quantity = takes.Sum(t => t.Quantity);
        var store = stores.First(s => s.Id == takes[0].From.WarehouseId);
        var no = await DocumentNumbers.NextAsync(db, DocumentNumbers.Consumption, today, ct);
        var (context, contextProblem) = await PatientContextAsync(db, actor, scan, item, quantity, store, no, ct);
        if (contextProblem is not null)
        {
            return await RefuseAsync(db, actor, scan, contextProblem, ct);
        }

        foreach (var take in takes)
        {
            var posted = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption,
                ItemId = item.Id,
                LotNumber = take.LotNumber,
                Quantity = take.Quantity,
                From = take.From,
                OwnerSupplierId = take.Owner,
                StockUnitId = take.UnitId,
                DocumentType = StockDocumentType.Consumption,
                DocumentNo = no,
                PatientId = context.Patient?.PatientNo,
            }, ct);
            if (!posted.Succeeded)
            {
                return await RefuseAsync(db, actor, scan, posted.Errors[0], ct);
            }
        }

        return await RecordAsync(db, actor, scan, item, match, takes, store, no, context, ct);
    }

    /// <summary>The department stores the scan may use, and the one named by the scan (or the PDA's choice).</summary>
    private static async Task<(IReadOnlyList<Store> Stores, Store? Chosen, ValidationError? Problem)> PlaceAsync(
        SpdDbContext db, ScanActor actor, ConsumptionScan scan, CancellationToken ct)
    {
        int? departmentId = actor.DepartmentId;
        Store? chosen = null;
        if (scan.WarehouseId is not null || !string.IsNullOrWhiteSpace(scan.Location))
        {
            var text = scan.Location?.Trim() ?? "";
            var code = InternalCode.Parse(text) is { Succeeded: true, Code: InternalCode { InternalKind: InternalKind.Location } label } ? label.WarehouseCode : text;
            var warehouse = await db.Warehouses.AsNoTracking()
                .Where(w => scan.WarehouseId != null ? w.Id == scan.WarehouseId : w.Code == code)
                .Select(w => new { w.Id, w.Code, w.Name, w.OwnerDepartmentId, DepartmentName = w.OwnerDepartment == null ? "" : w.OwnerDepartment.Name })
                .FirstOrDefaultAsync(ct);
            if (warehouse is null)
            {
                return ([], null, new ValidationError("Location", UnknownStore, "There is no warehouse or location {0}.", scan.WarehouseId?.ToString(CultureInfo.InvariantCulture) ?? text));
            }

            if (warehouse.OwnerDepartmentId is not { } owner)
            {
                return ([], null, new ValidationError("Location", NotADepartmentStore, "{0} {1} is not a department's store: consumption is scanned where departments keep their stock.", warehouse.Code, warehouse.Name));
            }

            if (departmentId is { } own && own != owner)
            {
                return ([], null, new ValidationError("Location", WarehouseOfOtherDepartment, "{0} {1} belongs to {2}, not to your department.", warehouse.Code, warehouse.Name, warehouse.DepartmentName));
            }

            departmentId = owner;
            chosen = new Store(warehouse.Id, warehouse.Code, warehouse.Name, owner, warehouse.DepartmentName);
        }

        if (departmentId is not { } department)
        {
            return ([], null, new ValidationError("Location", LocationRequired, "Name the department store the scan is made in."));
        }

        var stores = await db.Warehouses.AsNoTracking()
            .Where(w => w.OwnerDepartmentId == department && w.IsActive)
            .OrderBy(w => w.Code)
            .Select(w => new Store(w.Id, w.Code, w.Name, department, w.OwnerDepartment!.Name))
            .ToListAsync(ct);
        if (chosen is not null && stores.All(s => s.Id != chosen.Id))
        {
            stores.Add(chosen);
        }

        return stores.Count == 0
            ? ([], null, new ValidationError("Location", NoDepartmentStore, "Your department has no store of its own to use stock from."))
            : (stores, chosen, null);
    }

    private async Task<(IReadOnlyList<Take> Takes, ValidationError? Problem)> UnitTakeAsync(SpdDbContext db, StockUnit unit, IReadOnlyList<Store> stores, CancellationToken ct)
    {
        if (unit.Status == StockUnitStatus.Consumed)
        {
            var last = await db.Consumptions.AsNoTracking()
                .Where(c => c.StockUnitId == unit.Id && c.ReversedUtc == null)
                .OrderByDescending(c => c.AtUtc)
                .Select(c => new
                {
                    c.No,
                    c.AtUtc,
                    UserName = db.Users.Where(u => u.UserName == c.UserName).Select(u => u.DisplayName).FirstOrDefault() ?? c.UserName,
                    Patient = c.Patient == null ? "—" : c.Patient.Name + " " + c.Patient.PatientNo,
                })
                .FirstOrDefaultAsync(ct);
            return ([], new ValidationError("Code", AlreadyConsumed, "{0} was already used at {1} by {2} (patient: {3}).",
                unit.Code, last is null ? "—" : Local(last.AtUtc), last?.UserName ?? "—", last?.Patient ?? "—"));
        }

        if (unit.Status == StockUnitStatus.InTransit || (unit.Status == StockUnitStatus.InStock && unit.State == StockState.InTransit))
        {
            return ([], new ValidationError("Code", StockLedger.InTransitStock, "Lot {0} of {1} is still in transit: the department signs for it before it can be used.",
                unit.LotNumber, unit.Item!.Name));
        }

        if (unit.Status != StockUnitStatus.InStock)
        {
            return ([], new ValidationError("Code", StockLedger.UnitGone, "{0} has already left stock ({1}).", unit.Code, unit.Status));
        }

        if (stores.All(s => s.Id != unit.WarehouseId))
        {
            var where = await db.Warehouses.Where(w => w.Id == unit.WarehouseId).Select(w => w.Name).FirstOrDefaultAsync(ct);
            return ([], new ValidationError("Code", NotInThisDepartment, "{0} is not in this department's stock: the book has it in {1}.", unit.Code, where ?? "—"));
        }

        return ([new Take(new StockPosition(unit.WarehouseId!.Value, unit.LocationId, unit.State), unit.LotNumber, unit.OwnerSupplierId, unit.Quantity, unit.Id)], null);
    }

    /// <summary>
    /// A bulk use by item code: from one lot and owner, the first to expire (or the lot the label names), so that
    /// the consumption names the lot that reached the patient. With nothing usable, the ledger is asked to take
    /// the stock there is anyway, so that its refusal says why (expired, recalled, in transit, being counted…).
    /// </summary>
    private static async Task<(IReadOnlyList<Take> Takes, ValidationError? Problem)> ItemTakeAsync(
        SpdDbContext db, StockLedger ledger, Item item, string? lot, int quantity, IReadOnlyList<Store> stores, CancellationToken ct)
    {
        if (quantity is < 1 or > MaxQuantity)
        {
            return ([], new ValidationError("Quantity", QuantityOutOfRange, "The quantity must be between 1 and {0}.", MaxQuantity));
        }

        foreach (var store in stores)
        {
            var lots = (await ledger.TakeableAsync(store.Id, item.Id, ct))
                .Where(l => l.Takeable > 0 && (lot is null || l.Balance.LotNumber == lot))
                .ToList();
            if (lots.Count == 0)
            {
                continue;
            }

            var first = lots[0].Balance;
            var group = lots.Where(l => l.Balance.LotNumber == first.LotNumber && l.Balance.OwnerSupplierId == first.OwnerSupplierId).ToList();
            var available = group.Sum(l => l.Takeable);
            if (available < quantity)
            {
                return ([], lots.Count > group.Count
                    ? new ValidationError("Quantity", LotShort, "Lot {0} of {1} expires first and has {2} {3} left: use those first, then scan the rest.",
                        first.LotNumber, item.Name, available, item.Unit)
                    : new ValidationError("Quantity", StockLedger.InsufficientStock, "Only {0} {1} of {2} lot {3} here; {4} asked.", available, item.Unit, item.Name, first.LotNumber, quantity));
            }

            var takes = new List<Take>();
            var left = quantity;
            foreach (var part in group.TakeWhile(_ => left > 0))
            {
                var taken = Math.Min(left, part.Takeable);
                takes.Add(new Take(part.Balance.Position, part.Balance.LotNumber, part.Balance.OwnerSupplierId, taken, null));
                left -= taken;
            }

            return (takes, null);
        }

        var storeIds = stores.Select(s => s.Id).ToList();
        var blocked = await db.StockBalances.AsNoTracking()
            .Where(b => storeIds.Contains(b.WarehouseId) && b.ItemId == item.Id && b.Quantity > 0 && (lot == null || b.LotNumber == lot))
            .OrderBy(b => b.State).ThenBy(b => b.ExpiryDate)
            .FirstOrDefaultAsync(ct);
        return blocked is null
            ? ([], new ValidationError("Code", NoStockHere, "There is no {0} {1} in this department's stock.", item.Code, item.Name))
            : ([new Take(blocked.Position, blocked.LotNumber, blocked.OwnerSupplierId, Math.Min(quantity, blocked.Quantity), null)], null);
    }

    /// <summary>Who the item is used on and, for an order-linked item, the order line it is used against.</summary>
    private sealed record PatientContext(Patient? Patient, string? EncounterNo, HisOrder? Order, HisOrderLine? Line);

    private async Task<(PatientContext Context, ValidationError? Problem)> PatientContextAsync(
        SpdDbContext db, ScanActor actor, ConsumptionScan scan, Item item, int quantity, Store store, string no, CancellationToken ct)
    {
        var empty = new PatientContext(null, null, null, null);
        var orderLinked = item.ManagementMode == ManagementMode.OrderLinked;
        if (orderLinked && (item.ChargeCode is null || item.ChargePrice is null))
        {
            return (empty, new ValidationError("Code", NoChargeCode, "{0} {1} is order-linked but has no charge code and price: the price office completes it before it can be used.",
                item.Code, item.Name));
        }

        var patientNo = Clean(scan.PatientNo);
        var orderNo = Clean(scan.OrderNo);
        HisOrder? named = null;
        if (orderNo is not null)
        {
            named = await db.HisOrders.Include(o => o.Patient).Include(o => o.Doctor).Include(o => o.Lines)
                .FirstOrDefaultAsync(o => o.OrderNo == orderNo, ct);
            if (named is null)
            {
                return (empty, new ValidationError("OrderNo", UnknownOrder, "There is no order {0}.", orderNo));
            }

            if (patientNo is not null && named.Patient!.PatientNo != patientNo)
            {
                return (empty, new ValidationError("OrderNo", OrderOfAnotherPatient, "Order {0} is patient {1}'s ({2}), not patient {3}'s.",
                    orderNo, named.Patient.Name, named.Patient.PatientNo, patientNo));
            }

            if (named.Status == OrderStatus.Cancelled && orderLinked)
            {
                return (empty, new ValidationError("OrderNo", OrderCancelled, "Order {0} was cancelled in HIS.", orderNo));
            }
        }

        var patient = named?.Patient;
        if (patient is null && patientNo is not null)
        {
            patient = await db.Patients.FirstOrDefaultAsync(p => p.PatientNo == patientNo, ct);
            if (patient is null)
            {
                return (empty, new ValidationError("PatientNo", UnknownPatient, "HIS has sent no patient {0}.", patientNo));
            }
        }

        if (!orderLinked)
        {
            return (new PatientContext(patient, named?.EncounterNo ?? Clean(scan.EncounterNo), named, null), null);
        }

        if (patient is null)
        {
            return (empty, new ValidationError("PatientNo", PatientRequired, "{0} {1} is charged to a patient: choose the patient (scan the wristband) first.", item.Code, item.Name));
        }

        var encounter = named?.EncounterNo ?? Clean(scan.EncounterNo);
        var orders = await db.HisOrders.Include(o => o.Doctor).Include(o => o.Lines)
            .Where(o => o.PatientId == patient.Id && o.Status != OrderStatus.Cancelled && (encounter == null || o.EncounterNo == encounter))
            .OrderByDescending(o => o.OrderedUtc).ThenByDescending(o => o.Id)
            .Take(20)
            .ToListAsync(ct);
        encounter ??= orders.FirstOrDefault()?.EncounterNo;
        orders = [.. orders.Where(o => o.EncounterNo == encounter)];

        // The line still waiting for this item: on the named order, else on the patient's orders of the encounter (this
        // department's first, then the oldest). Anything beyond what HIS bound goes to the order Spd keeps for the
        // patient's scans in this department, so that HIS's own lines only ever carry what HIS ordered.
        var waiting = (named is null ? orders : [named])
            .SelectMany(o => o.Lines.Where(l => l.ItemId == item.Id && l.Quantity - l.ConsumedQuantity >= quantity).Select(l => new { Order = o, Line = l }))
            .OrderBy(x => x.Order.DepartmentId == store.DepartmentId ? 0 : 1).ThenBy(x => x.Order.OrderedUtc)
            .FirstOrDefault();
        var order = waiting?.Order ?? orders.FirstOrDefault(o => o.Source == OrderSource.Scan && o.DepartmentId == store.DepartmentId);
        if (order is null)
        {
            if (encounter is null)
            {
                return (empty, new ValidationError("EncounterNo", EncounterRequired, "Patient {0} has no order in Spd yet: give the encounter number.", patient.PatientNo));
            }

            var template = named ?? orders.FirstOrDefault(o => o.DepartmentId == store.DepartmentId) ?? orders.FirstOrDefault();
            order = new HisOrder
            {
                OrderNo = ScanOrderPrefix + no,
                Patient = patient,
                EncounterNo = encounter,
                DepartmentId = store.DepartmentId,
                Doctor = template?.Doctor ?? await db.Doctors.FirstOrDefaultAsync(d => d.UserName == actor.UserName && d.IsActive, ct),
                SurgeryId = template?.SurgeryId ?? scan.SurgeryId,
                Operation = template?.Operation,
                DrgGroup = template?.DrgGroup,
                Source = OrderSource.Scan,
                OrderedUtc = Calendar.UtcNow,
            };
            db.HisOrders.Add(order);
        }

        var line = waiting?.Line ?? order.Lines.FirstOrDefault(l => l.ItemId == item.Id);
        if (line is null)
        {
            line = new HisOrderLine { ItemId = item.Id };
            order.Lines.Add(line);
        }

        line.ConsumedQuantity += quantity;
        line.Quantity = Math.Max(line.Quantity, line.ConsumedQuantity);
        order.Status = HisOrderIntake.StatusOf(order);
        order.ChangedUtc = Calendar.UtcNow;
        if (order.Id != 0)
        {
            // The order is the unit two nurses' scans of the same line conflict on.
            order.Version++;
        }

        return (new PatientContext(patient, encounter, order, line), null);
    }

    /// <summary>A loaner piece used in its operation is no longer the supplier's to take back (and is again when the use is undone).</summary>
    private static async Task MarkLoanerAsync(SpdDbContext db, Consumption consumption, LoanerLineStatus from, LoanerLineStatus to, DateTime now, CancellationToken ct)
    {
        if (consumption is { SurgeryId: { } surgeryId, StockUnitId: { } unitId }
            && await db.LoanerSetLines.FirstOrDefaultAsync(l => l.SurgeryId == surgeryId && l.StockUnitId == unitId && l.Status == from, ct) is { } line)
        {
            line.Status = to;
            line.ChangedUtc = now;
        }
    }

    private async Task<ScanReply> RecordAsync(
        SpdDbContext db, ScanActor actor, ConsumptionScan scan, Item item, ScanMatch match, IReadOnlyList<Take> takes, Store store, string no,
        PatientContext context, CancellationToken ct)
    {
        var now = Calendar.UtcNow;
        var quantity = takes.Sum(t => t.Quantity);
        var entries = db.StockLedgerEntries.Local.Where(e => e.DocumentNo == no).ToList();
        var unitCost = entries.Count == 0 ? item.UnitPrice : decimal.Round(entries.Sum(e => e.UnitCost * e.Quantity) / quantity, 4);
        var unit = match.Unit;
        var order = context.Order;
        var consumption = new Consumption
        {
            No = no,
            AtUtc = now,
            DepartmentId = store.DepartmentId,
            WarehouseId = store.Id,
            ItemId = item.Id,
            LotNumber = takes[0].LotNumber,
            ExpiryDate = unit?.ExpiryDate ?? entries.Select(e => e.ExpiryDate).FirstOrDefault(),
            Serial = unit?.Serial ?? match.Serial,
            StockUnitId = unit?.Id,
            Quantity = quantity,
            UnitCost = unitCost,
            OwnerSupplierId = takes[0].Owner,
            Patient = context.Patient,
            EncounterNo = context.EncounterNo,
            HisOrderLine = context.Line,
            Doctor = order?.Doctor,
            SurgeryId = order?.SurgeryId ?? scan.SurgeryId,
            Operation = order?.Operation,
            DrgGroup = order?.DrgGroup,
            UserName = actor.UserName,
            DeviceId = Truncate(scan.DeviceId, 64),
            ScanId = scan.ScanId,
        };
        db.Consumptions.Add(consumption);
        await MarkLoanerAsync(db, consumption, LoanerLineStatus.Delivered, LoanerLineStatus.Used, now, ct);
        if (unit is { Kind: StockUnitKind.Pack })
        {
            unit.LabelStatus = LabelStatus.Awaiting;
            unit.LabelChangedUtc = now;
        }

        Charge? charge = null;
        if (context.Line is not null)
        {
            var held = scan.HoldCharge;
            charge = new Charge
            {
                Consumption = consumption,
                Patient = context.Patient,
                EncounterNo = context.EncounterNo!,
                HisOrderLineId = context.Line.Id == 0 ? null : context.Line.Id,
                ChargeCode = item.ChargeCode!,
                Quantity = quantity,
                UnitPrice = item.ChargePrice!.Value,
                Amount = item.ChargePrice.Value * quantity,
                Status = held ? ChargeStatus.Held : ChargeStatus.Ready,
                CreatedUtc = now,
                ReadyUtc = held ? null : now,
            };
            db.Charges.Add(charge);
        }

        if (consumption.OwnerSupplierId is { } supplier)
        {
            db.SettlementLines.Add(new SettlementLine
            {
                SupplierId = supplier,
                Consumption = consumption,
                ItemId = item.Id,
                LotNumber = consumption.LotNumber,
                Quantity = quantity,
                UnitPrice = unitCost,
                Amount = decimal.Round(unitCost * quantity, 2),
                AtUtc = now,
            });
        }

        var recorded = Event(actor, scan, ScanOutcome.Consumed, null);
        recorded.Consumption = consumption;
        db.ScanEvents.Add(recorded);

        // A line this scan adds has no id before the save, and the charge names its line by id alone: both saves in one transaction.
        var newLine = charge is not null && context.Line!.Id == 0;
        await using var transaction = newLine ? await db.Database.BeginTransactionAsync(ct) : null;
        var saved = await StockLedger.SaveAsync(db, ct);
        if (saved.Count == 0 && transaction is not null)
        {
            charge!.HisOrderLineId = context.Line!.Id;
            saved = await StockLedger.SaveAsync(db, ct);
            if (saved.Count == 0)
            {
                await transaction.CommitAsync(ct);
            }
        }

        if (saved.Count > 0)
        {
            return new ScanReply(null, saved);
        }

        return new ScanReply(new ConsumptionView(
            consumption.Id, no, now, store.DepartmentName, store.Code, item.Id, item.Code, item.Name, item.Specification, item.Unit, item.ManagementMode,
            consumption.LotNumber, consumption.ExpiryDate, consumption.Serial, unit?.Code, unit?.Kind, quantity,
            context.Patient?.PatientNo, context.Patient?.Name, context.EncounterNo, context.Line is null ? null : order?.OrderNo, order?.Doctor?.Name,
            consumption.Operation, consumption.DrgGroup, charge?.Id, charge?.Status, charge?.Amount, consumption.OwnerSupplierId is not null,
            actor.UserName, consumption.DeviceId, scan.ScanId, null), []);
    }

    /// <summary>A refused scan is kept too, so that the same scan sent again gets the same refusal; nothing else of the attempt is saved.</summary>
    private async Task<ScanReply> RefuseAsync(SpdDbContext db, ScanActor actor, ConsumptionScan scan, ValidationError error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.ScanEvents.Add(Event(actor, scan, ScanOutcome.Refused, error));
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? new ScanReply(null, saved) : ScanReply.Refused(error);
    }

    private ScanEvent Event(ScanActor actor, ConsumptionScan scan, ScanOutcome outcome, ValidationError? error) => new()
    {
        ScanId = scan.ScanId,
        DeviceId = Truncate(scan.DeviceId, 64),
        Code = Truncate(scan.Code, 200)!,
        LocationCode = Truncate(scan.Location, 80),
        PatientNo = Truncate(Clean(scan.PatientNo), 40),
        OrderNo = Truncate(Clean(scan.OrderNo), 40),
        UserName = actor.UserName,
        ReceivedUtc = Calendar.UtcNow,
        Outcome = outcome,
        ErrorCode = error?.Code,
        ErrorMessage = error is null ? null : Truncate(string.Format(CultureInfo.InvariantCulture, error.Message, error.Arguments), 500),
    };

    private string Local(DateTime utc) => Calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
