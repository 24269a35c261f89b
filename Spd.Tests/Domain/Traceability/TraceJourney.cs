using Spd.Domain.Clinical;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Departments;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Traceability;

/// <summary>
/// The documents and movements of three catheters (lot L1), written straight into the database as the receiving,
/// dispatch and consumption services leave them: shipped by the supplier at 08:00, received at 09:00, coded at 09:10,
/// put away at 09:30, two of them dispatched to the ward at 11:00 and signed for at 11:40; the first used on patient
/// P0001 at 14:00, the second on P0002 at 15:00; the third still on shelf A1 of the central warehouse.
/// </summary>
public sealed class TraceJourney
{
    public const string NoteNo = "DN202611220001";
    public const string ReceiptNo = "RC202611220001";
    public const string DispatchNo = "CK202611220001";
    public const string Lot = "L1";

    private TraceJourney(DepartmentFixture fixture) => F = fixture;

    public DepartmentFixture F { get; }

    public IReadOnlyList<StockUnit> Units { get; private set; } = [];

    public Patient First { get; private set; } = null!;

    public Patient Second { get; private set; } = null!;

    public Doctor Surgeon { get; private set; } = null!;

    private ManualClock Clock => F.Database.Clock;

    private static DateTime At(int hour, int minute = 0) => new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc).AddHours(hour - 8).AddMinutes(minute);

    public static async Task<TraceJourney> CreateAsync(DepartmentFixture fixture)
    {
        var journey = new TraceJourney(fixture);
        await journey.WriteAsync();
        return journey;
    }

    private void SetClock(int hour, int minute = 0) => Clock.Advance(new DateTimeOffset(At(hour, minute)) - Clock.GetUtcNow());

    private async Task WriteAsync()
    {
        SetClock(7);
        await using var db = F.Database.Create();
        var order = await PurchaseOrderBuilder.AddPublishedAsync(db, F.Supplier.Id, F.Central.Id, At(7), (F.Catheter, 3));
        var note = new DeliveryNote
        {
            No = NoteNo, SupplierId = F.Supplier.Id, PurchaseOrderId = order.Id, Status = DeliveryNoteStatus.Received, DeliveryDate = F.Today,
            CreatedUtc = At(7, 30), SubmittedUtc = At(8), SubmittedBy = "supplier",
            Lines = [new DeliveryNoteLine { PurchaseOrderLineId = order.Lines[0].Id, ItemId = F.Catheter.Id, Quantity = 3, LotNumber = Lot, ExpiryDate = F.Today.AddYears(2) }],
        };
        db.DeliveryNotes.Add(note);
        await db.SaveChangesAsync();
        var receipt = new Receipt
        {
            No = ReceiptNo, DeliveryNoteId = note.Id, WarehouseId = F.Central.Id, Status = ReceiptStatus.Completed, UserName = "warehouse",
            StartedUtc = At(9), AcceptedUtc = At(9, 10), CompletedUtc = At(9, 30),
            Lines = [new ReceiptLine
            {
                DeliveryNoteLineId = note.Lines[0].Id, ItemId = F.Catheter.Id, LotNumber = Lot, ExpiryDate = F.Today.AddYears(2), AcceptedQuantity = 3,
                UnitCost = F.Catheter.UnitPrice, PutAwayQuantity = 3,
            }],
        };
        db.Receipts.Add(receipt);
        SetClock(9);
        await PostAsync(db, StockMovementKind.Receipt, null, new StockPosition(F.Central.Id, null), 3, null, StockDocumentType.Receipt, ReceiptNo);
        await db.SaveChangesAsync();

        var units = Enumerable.Range(1, 3).Select(i => new StockUnit
        {
            Code = Spd.Domain.Codes.InternalCode.Piece(900 + i).Text, Kind = StockUnitKind.Piece, ItemId = F.Catheter.Id, LotNumber = Lot,
            ExpiryDate = F.Today.AddYears(2), Serial = $"CT-{i:000}", WarehouseId = F.Central.Id, ReceiptLineId = receipt.Lines[0].Id, CreatedUtc = At(9, 10),
        }).ToList();
        db.StockUnits.AddRange(units);
        await db.SaveChangesAsync();
        Units = units;

        SetClock(9, 30);
        foreach (var unit in units)
        {
            await PostAsync(db, StockMovementKind.PutAway, new StockPosition(F.Central.Id, null), F.InCentral(F.A1), 1, unit.Id, StockDocumentType.PutAway, ReceiptNo);
        }

        var requisition = new Requisition
        {
            No = "SL202611220001", DepartmentId = F.Ward.Id, WarehouseId = F.WardStore.Id, SupplyingWarehouseId = F.Central.Id, RequestedBy = "nurse",
            Status = RequisitionStatus.Received, CreatedUtc = At(10), SubmittedUtc = At(10),
        };
        db.Requisitions.Add(requisition);
        await db.SaveChangesAsync();
        db.Dispatches.Add(new Dispatch
        {
            No = DispatchNo, RequisitionId = requisition.Id, DepartmentId = F.Ward.Id, FromWarehouseId = F.Central.Id, ToWarehouseId = F.WardStore.Id,
            Status = DispatchStatus.Received, Priority = DispatchPriority.Normal, OpenedUtc = At(10, 30), DueUtc = At(10, 30).AddHours(24),
            CheckedUtc = At(10, 50), PrintedUtc = At(10, 55), DispatchedUtc = At(11), Courier = "配送员 小王", ReceivedUtc = At(11, 40), ReceivedBy = "nurse",
        });
        SetClock(11);
        foreach (var unit in units.Take(2))
        {
            await PostAsync(db, StockMovementKind.Dispatch, F.InCentral(F.A1), F.InWard(StockState.InTransit), 1, unit.Id, StockDocumentType.Dispatch, DispatchNo);
        }

        SetClock(11, 40);
        foreach (var unit in units.Take(2))
        {
            await PostAsync(db, StockMovementKind.DepartmentReceipt, F.InWard(StockState.InTransit), F.InWard(), 1, unit.Id, StockDocumentType.DepartmentReceipt, DispatchNo,
                user: "nurse");
        }

        First = new Patient { PatientNo = "P0001", Name = "张三", ChangedUtc = At(7) };
        Second = new Patient { PatientNo = "P0002", Name = "李四", ChangedUtc = At(7) };
        Surgeon = new Doctor { Code = "D001", Name = "赵明", DepartmentId = F.Ward.Id, UserName = "doctor" };
        db.AddRange(First, Second, Surgeon);
        await db.SaveChangesAsync();
        await ConsumeAsync(db, units[0], First, "XH202611220001", 14, withCharge: true);
        await ConsumeAsync(db, units[1], Second, "XH202611220002", 15, withCharge: false);
    }

    private async Task ConsumeAsync(Spd.Domain.Persistence.SpdDbContext db, StockUnit unit, Patient patient, string no, int hour, bool withCharge)
    {
        SetClock(hour);
        var consumption = new Consumption
        {
            No = no, AtUtc = At(hour), DepartmentId = F.Ward.Id, WarehouseId = F.WardStore.Id, ItemId = F.Catheter.Id, LotNumber = Lot, ExpiryDate = unit.ExpiryDate,
            Serial = unit.Serial, StockUnitId = unit.Id, Quantity = 1, UnitCost = F.Catheter.UnitPrice, PatientId = patient.Id, EncounterNo = "ZY" + patient.PatientNo,
            DoctorId = Surgeon.Id, Operation = "中心静脉置管术", UserName = "nurse", DeviceId = "PDA-07", ScanId = "scan-" + no,
        };
        db.Consumptions.Add(consumption);
        await PostAsync(db, StockMovementKind.Consumption, F.InWard(), null, 1, unit.Id, StockDocumentType.Consumption, no, patient.PatientNo, "nurse");
        await db.SaveChangesAsync();
        if (withCharge)
        {
            db.Charges.Add(new Charge
            {
                ConsumptionId = consumption.Id, PatientId = patient.Id, EncounterNo = consumption.EncounterNo!, ChargeCode = F.Catheter.ChargeCode!, Quantity = 1,
                UnitPrice = F.Catheter.ChargePrice!.Value, Amount = F.Catheter.ChargePrice!.Value, Status = ChargeStatus.Ready, CreatedUtc = At(hour), ReadyUtc = At(hour),
            });
            await db.SaveChangesAsync();
        }
    }

    private async Task PostAsync(
        Spd.Domain.Persistence.SpdDbContext db, StockMovementKind kind, StockPosition? from, StockPosition? to, int quantity, long? unitId, StockDocumentType type, string no,
        string? patient = null, string user = "warehouse")
    {
        var result = await F.Ledger(db, user).PostAsync(new StockMove
        {
            Kind = kind, ItemId = F.Catheter.Id, LotNumber = Lot, ExpiryDate = F.Today.AddYears(2), Quantity = quantity, UnitCost = F.Catheter.UnitPrice,
            From = from, To = to, StockUnitId = unitId, DocumentType = type, DocumentNo = no, PatientId = patient,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
