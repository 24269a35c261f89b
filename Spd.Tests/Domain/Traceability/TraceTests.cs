using Spd.Domain.Clinical;
using Spd.Domain.Inventory;
using Spd.Domain.Traceability;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Traceability;

public sealed class TraceTests : IAsyncLifetime
{
    private DepartmentFixture f = null!;
    private TraceJourney journey = null!;

    public async Task InitializeAsync()
    {
        f = await DepartmentFixture.CreateAsync();
        journey = await TraceJourney.CreateAsync(f);
    }

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private static DateTime Local(int hour, int minute = 0) => new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc).AddHours(hour - 8).AddMinutes(minute);

    private async Task<UnitTrace> TraceAsync(string code)
    {
        await using var db = f.Database.Create();
        var target = await TraceSearch.FindAsync(db, code, f.Today);
        Assert.Null(target.Error);
        Assert.Equal(TraceTargetKind.Unit, target.Kind);
        return (await UnitTrace.LoadAsync(db, target.UnitId!.Value))!;
    }

    [Fact]
    public async Task A_scanned_code_shows_the_units_life_from_the_suppliers_note_to_the_patient_in_order()
    {
        var trace = await TraceAsync(journey.Units[0].Code);

        Assert.Equal(
            [
                (TraceEvent.Shipped, Local(8), TraceJourney.NoteNo),
                (TraceEvent.Received, Local(9), TraceJourney.ReceiptNo),
                (TraceEvent.Labelled, Local(9, 10), TraceJourney.ReceiptNo),
                (TraceEvent.PutAway, Local(9, 30), TraceJourney.ReceiptNo),
                (TraceEvent.Dispatched, Local(11), TraceJourney.DispatchNo),
                (TraceEvent.DepartmentReceived, Local(11, 40), TraceJourney.DispatchNo),
                (TraceEvent.Consumed, Local(14), "XH202611220001"),
            ],
            trace.Steps.Select(s => (s.Event, s.AtUtc, s.DocumentNo)));
        Assert.Equal((f.Supplier.Name, TraceJourney.NoteNo, "warehouse"), (trace.Origin!.SupplierName, trace.Origin.DeliveryNoteNo, trace.Origin.ReceivedBy));
        Assert.Equal(("A-01-01-01", "关节外科二级库"), (trace.Steps[3].To!.LocationCode, trace.Steps[4].To!.WarehouseName));

        var dispatch = trace.Steps[4].Dispatch!;
        Assert.Equal(("关节外科", Local(10, 30), Local(11, 40), "nurse"), (dispatch.DepartmentName, dispatch.OpenedUtc, dispatch.ReceivedUtc, dispatch.ReceivedBy));
        Assert.Equal("nurse", trace.Steps[5].UserName);

        var use = trace.Steps[6].Use!;
        Assert.Equal(
            ("P0001", "张三", "ZYP0001", "赵明", "中心静脉置管术", "PDA-07", "nurse", "关节外科", ChargeStatus.Ready),
            (use.PatientId, use.PatientName, use.EncounterNo, use.DoctorName, use.Operation, use.DeviceId, use.UserName, use.DepartmentName, use.ChargeStatus));
        Assert.Equal((StockUnitStatus.Consumed, "CT-001"), (trace.Unit.Status, trace.Unit.Serial));
        Assert.Null(trace.Unit.Place);
    }

    [Fact]
    public async Task A_unit_still_on_the_shelf_ends_at_its_put_away_and_shows_where_it_is()
    {
        var trace = await TraceAsync(journey.Units[2].Code);

        Assert.Equal([TraceEvent.Shipped, TraceEvent.Received, TraceEvent.Labelled, TraceEvent.PutAway], trace.Steps.Select(s => s.Event));
        Assert.Equal(("中心库", "A-01-01-01"), (trace.Unit.Place!.WarehouseName, trace.Unit.Place.LocationCode));
    }

    [Fact]
    public async Task A_patient_number_lists_every_consumable_used_on_the_patient_with_lot_serial_doctor_and_charge()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "G7", f.Today.AddYears(1), 10);
        await using (var db = f.Database.Create())
        {
            f.Database.Clock.Advance(TimeSpan.FromHours(1));
            Assert.True((await f.Ledger(db, "nurse").PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = f.Gauze.Id, LotNumber = "G7", Quantity = 4, From = f.InCentral(f.A1), PatientId = "P0001",
                DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220003",
            })).Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var read = f.Database.Create();
        var target = await TraceSearch.FindAsync(read, "P0001", f.Today);
        var patient = (await PatientTrace.LoadAsync(read, target.PatientNo!))!;

        Assert.Equal(TraceTargetKind.Patient, target.Kind);
        Assert.Equal("张三", patient.Name);
        Assert.Equal(
            [("WZ1003", "L1", "CT-001", 1, "赵明", (ChargeStatus?)ChargeStatus.Ready), ("WZ1001", "G7", null, 4, null, null)],
            patient.Uses.Select(u => (u.ItemCode, u.LotNumber, u.Serial, u.Quantity, u.DoctorName, u.ChargeStatus)));
        Assert.Equal(journey.Units[0].Code, patient.Uses[0].UnitCode);
    }

    [Fact]
    public async Task A_lot_lists_the_patients_it_was_used_on_and_where_the_rest_of_it_is()
    {
        await using var db = f.Database.Create();
        var target = await TraceSearch.FindAsync(db, $"{f.Catheter.Code} {TraceJourney.Lot}", f.Today);
        var lot = (await LotTrace.LoadAsync(db, target.Lot!))!;

        Assert.Equal(TraceTargetKind.Lot, target.Kind);
        Assert.Equal(["P0001", "P0002"], lot.Uses.Select(u => u.PatientId));
        Assert.Equal((2, 2, 1), (lot.Patients, lot.UsedQuantity, lot.StockQuantity));
        var stock = Assert.Single(lot.Stock);
        Assert.Equal(("中心库", "A-01-01-01", 1, StockState.Available), (stock.WarehouseName, stock.LocationCode, stock.Quantity, stock.State));
        Assert.Equal([(journey.Units[2].Code, StockUnitStatus.InStock)], lot.Units.Where(u => u.Status == StockUnitStatus.InStock).Select(u => (u.Code, u.Status)));
    }

    [Fact]
    public async Task A_lot_by_model_covers_every_item_of_the_model()
    {
        await using var db = f.Database.Create();
        (await db.Items.FindAsync(f.Catheter.Id))!.Model = "CVC-7F";
        await db.SaveChangesAsync();

        var target = await TraceSearch.FindAsync(db, $"CVC-7F/{TraceJourney.Lot}", f.Today);
        var lot = (await LotTrace.LoadAsync(db, target.Lot!))!;

        Assert.Contains(lot.Items, i => i.Code == f.Catheter.Code);
        Assert.Equal(2, lot.Patients);
    }

    [Fact]
    public async Task An_item_code_without_a_lot_and_an_unknown_text_say_what_is_missing()
    {
        await using var db = f.Database.Create();

        Assert.Equal(TraceSearch.TraceLotRequired, (await TraceSearch.FindAsync(db, f.Catheter.Code, f.Today)).Error!.Code);
        Assert.Equal(TraceSearch.TraceNotFound, (await TraceSearch.FindAsync(db, "nothing-like-this", f.Today)).Error!.Code);
    }
}
