using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Spd.Domain.Clinical;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Recall = Spd.Domain.Warehousing.Recall;
using RecallKind = Spd.Domain.Warehousing.RecallKind;
using RecallStatus = Spd.Domain.Warehousing.RecallStatus;

namespace Spd.Tests.Domain.Clinical;

public sealed class ConsumptionScanningTests
{
    [Fact]
    public async Task The_same_scan_id_twice_is_one_consumption_and_one_charge()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];

        var first = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan, scanId: "pda-07-0001");
        var again = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan, scanId: "pda-07-0001");

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Consumption, again.Consumption);
        await using var db = scenario.Fixture.Database.Create();
        Assert.Equal(1, await db.Consumptions.CountAsync());
        Assert.Equal(1, await db.Charges.CountAsync());
        Assert.Equal(1, await db.StockLedgerEntries.CountAsync(e => e.Kind == StockMovementKind.Consumption));
        Assert.Equal(1, await db.ScanEvents.CountAsync());
    }

    [Fact]
    public async Task A_resent_scan_racing_the_first_gets_the_first_answer_instead_of_a_second_consumption()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];
        var scan = new ConsumptionScan { ScanId = "pda-07-0002", Code = implant.Code, PatientNo = ClinicalScenario.ZhangSan };
        ScanReply? winner = null;

        // The copy that is slower to save finds the first copy committed just before its own save.
        await using var slower = Context(scenario, new BeforeFirstSave(async () =>
        {
            await using var faster = scenario.Fixture.Database.Create();
            winner = await scenario.Scanning.ScanAsync(faster, scenario.Actor, scan);
        }));
        var loser = await scenario.Scanning.ScanAsync(slower, scenario.Actor, scan);

        Assert.True(winner!.Succeeded);
        Assert.True(loser.Duplicate);
        Assert.Equal(winner.Consumption!.Id, loser.Consumption!.Id);
        await using var db = scenario.Fixture.Database.Create();
        Assert.Equal(1, await db.Consumptions.CountAsync());
        Assert.Equal(1, await db.Charges.CountAsync());
    }

    [Fact]
    public async Task A_pack_scan_uses_the_whole_pack_and_its_label_is_then_awaited_back()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var packs = await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InWard(), "SY01", fixture.Today.AddYears(2), 2, packSize: 20);

        var reply = await scenario.ScanAsync(packs[0].Code);

        Assert.True(reply.Succeeded);
        Assert.Equal(20, reply.Consumption!.Quantity);
        Assert.Equal(StockUnitKind.Pack, reply.Consumption.UnitKind);
        Assert.Null(reply.Consumption.ChargeId);
        Assert.Equal(20, await scenario.WardQuantityAsync(fixture.Syringe));
        await using var db = fixture.Database.Create();
        var pack = await db.StockUnits.SingleAsync(u => u.Id == packs[0].Id);
        Assert.Equal(StockUnitStatus.Consumed, pack.Status);
        Assert.Equal(LabelStatus.Awaiting, pack.LabelStatus);
        Assert.Equal(fixture.Database.Clock.GetUtcNow().UtcDateTime, pack.LabelChangedUtc);
        Assert.Equal(LabelStatus.None, (await db.StockUnits.SingleAsync(u => u.Id == packs[1].Id)).LabelStatus);
    }

    [Fact]
    public async Task Consignment_stock_becomes_the_hospitals_at_use_and_owes_the_supplier_a_settlement_line()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var implant = (await scenario.ImplantsInWardAsync(2))[0];

        var reply = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        Assert.True(reply.Consumption!.Consignment);
        await using var db = fixture.Database.Create();
        var line = await db.SettlementLines.SingleAsync();
        Assert.Equal((fixture.Supplier.Id, reply.Consumption.Id, fixture.Implant.Id, "IM2611", 1), (line.SupplierId, line.ConsumptionId, line.ItemId, line.LotNumber, line.Quantity));
        Assert.Equal((12800m, 12800m), (line.UnitPrice, line.Amount));
        var used = await db.StockLedgerEntries.SingleAsync(e => e.Kind == StockMovementKind.Consumption);
        Assert.Equal(fixture.Supplier.Id, used.OwnerSupplierId);
        Assert.Equal(ClinicalScenario.ZhangSan, used.PatientId);
        Assert.Equal(fixture.Supplier.Id, (await db.Consumptions.SingleAsync()).OwnerSupplierId);
        Assert.Equal(1, await scenario.WardQuantityAsync(fixture.Implant, fixture.Supplier.Id));
        Assert.False(await db.StockBalances.AnyAsync(b => b.ItemId == fixture.Implant.Id && b.OwnerSupplierId == null));
    }

    [Fact]
    public async Task An_order_linked_item_is_used_against_the_patients_order_line_with_everything_the_trace_needs()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];

        var reply = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        var used = reply.Consumption!;
        Assert.Equal((ClinicalScenario.HipOrder, "JZ001", "王建国", "全髋关节置换术", "IC29"), (used.OrderNo, used.EncounterNo, used.DoctorName, used.Operation, used.DrgGroup));
        Assert.Equal(("IM2611", implant.Serial, "PDA-07", ClinicalScenario.Nurse), (used.LotNumber, used.Serial, used.DeviceId, used.UserName));
        Assert.Equal((ChargeStatus.Ready, 13500m), (used.ChargeStatus, used.ChargeAmount));
        await using var db = scenario.Fixture.Database.Create();
        var order = await db.HisOrders.Include(o => o.Lines).SingleAsync(o => o.OrderNo == ClinicalScenario.HipOrder);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(1, order.Lines.Single().ConsumedQuantity);
        var charge = await db.Charges.SingleAsync();
        Assert.Equal((order.Lines.Single().Id, "C0310100100000000001", 1, 13500m), (charge.HisOrderLineId!.Value, charge.ChargeCode, charge.Quantity, charge.UnitPrice));
        Assert.Equal(scenario.Fixture.Database.Clock.GetUtcNow().UtcDateTime, charge.ReadyUtc);
        var consumption = await db.Consumptions.SingleAsync();
        Assert.Equal((scenario.Fixture.Ward.Id, scenario.Fixture.WardStore.Id, implant.Id), (consumption.DepartmentId, consumption.WarehouseId, consumption.StockUnitId!.Value));
        Assert.NotNull(consumption.ScanId);
    }

    [Fact]
    public async Task An_order_linked_scan_the_orders_do_not_cover_creates_the_patients_scan_order_and_its_line()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(3);
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan);

        var reply = await scenario.ScanAsync(implants[1].Code, ClinicalScenario.ZhangSan);
        var next = await scenario.ScanAsync(implants[2].Code, ClinicalScenario.ZhangSan);

        Assert.True(reply.Succeeded);
        Assert.Equal(reply.Consumption!.OrderNo, next.Consumption!.OrderNo);
        await using var db = scenario.Fixture.Database.Create();
        var order = await db.HisOrders.Include(o => o.Lines).SingleAsync(o => o.OrderNo == reply.Consumption!.OrderNo);
        Assert.Equal((OrderSource.Scan, "JZ001", scenario.Fixture.Ward.Id, OrderStatus.Completed), (order.Source, order.EncounterNo, order.DepartmentId, order.Status));
        Assert.Equal(("全髋关节置换术", "IC29", "王建国"), (reply.Consumption!.Operation, reply.Consumption.DrgGroup, reply.Consumption.DoctorName));
        Assert.StartsWith(ConsumptionScanning.ScanOrderPrefix + DocumentNumbers.Consumption, order.OrderNo);
        var line = Assert.Single(order.Lines);
        Assert.Equal((scenario.Fixture.Implant.Id, 2, 2), (line.ItemId, line.Quantity, line.ConsumedQuantity));
        Assert.Equal(line.Id, (await db.Charges.SingleAsync(c => c.ConsumptionId == reply.Consumption!.Id)).HisOrderLineId);
    }

    [Fact]
    public async Task Another_patients_order_for_the_same_item_is_never_used()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);

        var zhang = await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan);
        var mixed = await scenario.ScanAsync(implants[1].Code, ClinicalScenario.ZhangSan, orderNo: ClinicalScenario.LiSiOrder);

        Assert.Equal(ClinicalScenario.HipOrder, zhang.Consumption!.OrderNo);
        Assert.Equal(ConsumptionScanning.OrderOfAnotherPatient, Assert.Single(mixed.Errors).Code);
        await using var db = scenario.Fixture.Database.Create();
        Assert.Equal(0, (await db.HisOrderLines.SingleAsync(l => l.HisOrder!.OrderNo == ClinicalScenario.LiSiOrder)).ConsumedQuantity);
        Assert.Equal(1, await db.Charges.CountAsync());
    }

    [Fact]
    public async Task An_order_linked_item_needs_a_patient()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];

        var reply = await scenario.ScanAsync(implant.Code);

        Assert.Equal(ConsumptionScanning.PatientRequired, Assert.Single(reply.Errors).Code);
        Assert.Equal(1, await scenario.WardQuantityAsync(scenario.Fixture.Implant, scenario.Fixture.Supplier.Id));
    }

    [Fact]
    public async Task A_stock_managed_piece_is_used_without_a_patient_and_without_a_charge()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var catheter = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "CV01", fixture.Today.AddYears(1), 1))[0];

        var reply = await scenario.ScanAsync(catheter.Code);

        Assert.True(reply.Succeeded);
        Assert.Equal((1, (string?)null, (long?)null), (reply.Consumption!.Quantity, reply.Consumption.PatientNo, reply.Consumption.ChargeId));
        await using var db = fixture.Database.Create();
        Assert.False(await db.Charges.AnyAsync());
        Assert.False(await db.SettlementLines.AnyAsync());
    }

    [Fact]
    public async Task A_bulk_item_is_used_by_item_code_and_quantity_from_the_lot_that_expires_first()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        await scenario.ReceiveLooseInWardAsync(fixture.Gauze, "G-LATE", fixture.Today.AddYears(2), 50);
        await scenario.ReceiveLooseInWardAsync(fixture.Gauze, "G-SOON", fixture.Today.AddMonths(3), 10);

        var used = await scenario.ScanAsync(fixture.Gauze.Code, quantity: 6);
        var tooMany = await scenario.ScanAsync(fixture.Gauze.Code, quantity: 5);

        Assert.Equal(("G-SOON", 6), (used.Consumption!.LotNumber, used.Consumption.Quantity));
        var problem = Assert.Single(tooMany.Errors);
        Assert.Equal(ConsumptionScanning.LotShort, problem.Code);
        Assert.Equal("G-SOON", problem.Arguments[0]);
        Assert.Equal(54, await scenario.WardQuantityAsync(fixture.Gauze));
    }

    [Fact]
    public async Task A_code_used_before_is_refused_naming_when_and_by_whom()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];
        await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        var again = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        var problem = Assert.Single(again.Errors);
        Assert.Equal(ConsumptionScanning.AlreadyConsumed, problem.Code);
        Assert.Equal([implant.Code, "2026-11-22 10:00", ClinicalScenario.Nurse, "张三 " + ClinicalScenario.ZhangSan], problem.Arguments);
        Assert.False(again.Duplicate);
    }

    [Fact]
    public async Task Codes_that_cannot_be_used_here_are_refused_with_their_reason()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var inCentral = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "CV02", fixture.Today.AddYears(1), 1))[0];
        var inTransit = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(StockState.InTransit), "CV03", fixture.Today.AddYears(1), 1))[0];
        var quarantined = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(StockState.Quarantined), "CV04", fixture.Today.AddYears(1), 1))[0];
        var expired = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "CV05", fixture.Today.AddDays(-1), 1))[0];
        await scenario.ReceiveLooseInWardAsync(fixture.Gauze, "G-OLD", fixture.Today.AddDays(-3), 5);

        Assert.Equal(ConsumptionScanning.UnknownCode, await RefusalAsync(scenario, "SU999999999X"));
        Assert.Equal(ConsumptionScanning.NotInThisDepartment, await RefusalAsync(scenario, inCentral.Code));
        Assert.Equal(StockLedger.InTransitStock, await RefusalAsync(scenario, inTransit.Code));
        Assert.Equal(StockLedger.QuarantinedStock, await RefusalAsync(scenario, quarantined.Code));
        Assert.Equal(StockLedger.ExpiredStock, await RefusalAsync(scenario, expired.Code));
        Assert.Equal(StockLedger.ExpiredStock, await RefusalAsync(scenario, fixture.Gauze.Code));
        Assert.Equal(ConsumptionScanning.NoStockHere, await RefusalAsync(scenario, fixture.Syringe.Code));
        Assert.Equal(ConsumptionScanning.UnknownPatient, await RefusalAsync(scenario, expired.Code, "ZY00000000"));
        await using var db = fixture.Database.Create();
        Assert.False(await db.Consumptions.AnyAsync());
        Assert.Equal(8, await db.ScanEvents.CountAsync(s => s.Outcome == ScanOutcome.Refused));
    }

    [Fact]
    public async Task A_recalled_lot_is_refused()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var catheter = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "CV06", fixture.Today.AddYears(1), 1))[0];
        await using (var db = fixture.Database.Create())
        {
            db.Recalls.Add(new Recall
            {
                No = "RL202611220001", Kind = RecallKind.Recall, ItemId = fixture.Catheter.Id, LotNumber = "CV06", Reason = "厂家召回",
                Status = RecallStatus.Active, StartedBy = "equipment", StartedUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime,
                DeadlineUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime.AddHours(12),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(StockLedger.RecalledStock, await RefusalAsync(scenario, catheter.Code));
    }

    [Fact]
    public async Task A_refused_scan_sent_again_gets_the_same_refusal()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];

        var first = await scenario.ScanAsync(implant.Code, scanId: "pda-07-0009");
        var again = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan, scanId: "pda-07-0009");

        Assert.Equal(ConsumptionScanning.PatientRequired, Assert.Single(first.Errors).Code);
        Assert.True(again.Duplicate);
        Assert.Equal(ConsumptionScanning.PatientRequired, Assert.Single(again.Errors).Code);
        Assert.Contains("WZ1004", Assert.Single(again.Errors).Message);
    }

    [Fact]
    public async Task A_nurse_cannot_scan_in_another_departments_store()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];
        await using var db = scenario.Fixture.Database.Create();

        var elsewhere = await scenario.Scanning.ScanAsync(db, new ScanActor("nurse2", scenario.Fixture.Ward.Id + 100),
            new ConsumptionScan { ScanId = "x1", Code = implant.Code, PatientNo = ClinicalScenario.ZhangSan, Location = scenario.Fixture.WardStore.Code });
        var unplaced = await scenario.Scanning.ScanAsync(db, new ScanActor("api:relay", null), new ConsumptionScan { ScanId = "x2", Code = implant.Code });
        var central = await scenario.Scanning.ScanAsync(db, new ScanActor("api:relay", null),
            new ConsumptionScan { ScanId = "x3", Code = implant.Code, Location = scenario.Fixture.Central.Code });
        var relay = await scenario.Scanning.ScanAsync(db, new ScanActor("api:relay", null),
            new ConsumptionScan { ScanId = "x4", Code = implant.Code, PatientNo = ClinicalScenario.ZhangSan, Location = $"L:{scenario.Fixture.WardStore.Code}:E-01-01-01" });

        Assert.Equal(ConsumptionScanning.WarehouseOfOtherDepartment, Assert.Single(elsewhere.Errors).Code);
        Assert.Equal(ConsumptionScanning.LocationRequired, Assert.Single(unplaced.Errors).Code);
        Assert.Equal(ConsumptionScanning.NotADepartmentStore, Assert.Single(central.Errors).Code);
        Assert.True(relay.Succeeded);
    }

    [Fact]
    public async Task A_charge_of_an_operation_that_needs_the_double_sign_is_held_and_not_offered_to_his()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];

        var reply = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan, holdCharge: true);

        Assert.Equal(ChargeStatus.Held, reply.Consumption!.ChargeStatus);
        await using var db = scenario.Fixture.Database.Create();
        Assert.Null((await db.Charges.SingleAsync()).ReadyUtc);
        Assert.Empty(await ChargeFeed.ReadyAsync(db, null));
    }

    [Fact]
    public async Task Every_order_linked_consumption_has_exactly_one_charge_and_every_charge_a_consumption()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var implants = await scenario.ImplantsInWardAsync(4);
        var catheter = (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "CV07", fixture.Today.AddYears(1), 1))[0];
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan, scanId: "a");
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan, scanId: "a");
        await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi);
        await scenario.ScanAsync(implants[2].Code, ClinicalScenario.ZhangSan);
        await scenario.ScanAsync(implants[3].Code);
        await scenario.ScanAsync(catheter.Code, ClinicalScenario.LiSi);

        await using var db = fixture.Database.Create();
        var orderLinked = await db.Consumptions.Where(c => c.Item!.ManagementMode == Spd.Domain.Catalog.ManagementMode.OrderLinked)
            .Select(c => db.Charges.Count(h => h.ConsumptionId == c.Id)).ToListAsync();
        Assert.Equal([1, 1, 1], orderLinked);
        Assert.Equal(0, await db.Consumptions.CountAsync(c => c.Item!.ManagementMode != Spd.Domain.Catalog.ManagementMode.OrderLinked && db.Charges.Any(h => h.ConsumptionId == c.Id)));

        var consumptionId = await db.Consumptions.Where(c => db.Charges.Any(h => h.ConsumptionId == c.Id)).Select(c => c.Id).FirstAsync();
        db.Charges.Add(new Charge { ConsumptionId = consumptionId, PatientId = 1, EncounterNo = "JZ001", ChargeCode = "X", Quantity = 1 });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Charges.Add(new Charge { ConsumptionId = 999_999, PatientId = 1, EncounterNo = "JZ001", ChargeCode = "X", Quantity = 1 });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_same_day_reversal_puts_the_stock_back_cancels_the_charge_and_gives_the_order_line_back()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var implant = (await scenario.ImplantsInWardAsync())[0];
        var used = (await scenario.ScanAsync(implant.Code, ClinicalScenario.LiSi)).Consumption!;

        ScanReply reversed;
        await using (var db = fixture.Database.Create())
        {
            reversed = await scenario.Scanning.ReverseAsync(db, scenario.Actor, used.Id);
        }

        var again = await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        Assert.True(reversed.Succeeded, string.Join("; ", reversed.Errors.Select(e => e.Message)));
        Assert.Equal((ChargeStatus.Cancelled, true), (reversed.Consumption!.ChargeStatus, reversed.Consumption.ReversedUtc is not null));
        Assert.True(again.Succeeded);
        Assert.Equal(ClinicalScenario.HipOrder, again.Consumption!.OrderNo);
        await using var check = fixture.Database.Create();
        Assert.Equal(0, (await check.HisOrderLines.SingleAsync(l => l.HisOrder!.OrderNo == ClinicalScenario.LiSiOrder)).ConsumedQuantity);
        Assert.Equal([again.Consumption.Id], await check.SettlementLines.Select(s => s.ConsumptionId).ToListAsync());
        Assert.Equal([ChargeStatus.Cancelled, ChargeStatus.Ready], await check.Charges.OrderBy(c => c.Id).Select(c => c.Status).ToListAsync());
    }

    [Fact]
    public async Task A_pack_reversed_no_longer_awaits_its_label()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var pack = (await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InWard(), "SY02", fixture.Today.AddYears(2), 1, packSize: 20))[0];
        var used = (await scenario.ScanAsync(pack.Code)).Consumption!;

        await using var db = fixture.Database.Create();
        var reversed = await scenario.Scanning.ReverseAsync(db, scenario.Actor, used.Id);

        Assert.True(reversed.Succeeded);
        var unit = await db.StockUnits.AsNoTracking().SingleAsync();
        Assert.Equal((StockUnitStatus.InStock, LabelStatus.None, fixture.WardBin.Id), (unit.Status, unit.LabelStatus, unit.LocationId!.Value));
        Assert.Equal(20, await scenario.WardQuantityAsync(fixture.Syringe));
    }

    [Fact]
    public async Task A_reversal_is_refused_once_his_posted_the_charge_or_the_day_is_over()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        var posted = (await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan)).Consumption!;
        var yesterday = (await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi)).Consumption!;
        await using var db = scenario.Fixture.Database.Create();
        await ChargeFeed.AcknowledgeAsync(db, scenario.Fixture.Database.Clock, [posted.ChargeId!.Value]);

        var acknowledged = await scenario.Scanning.ReverseAsync(db, scenario.Actor, posted.Id);
        scenario.Fixture.Database.Clock.Advance(TimeSpan.FromDays(1));
        var late = await scenario.Scanning.ReverseAsync(db, scenario.Actor, yesterday.Id);

        Assert.Equal(ConsumptionScanning.ChargeAcknowledged, Assert.Single(acknowledged.Errors).Code);
        Assert.Equal(ConsumptionScanning.ReversalTooLate, Assert.Single(late.Errors).Code);
        Assert.Equal(0, await scenario.WardQuantityAsync(scenario.Fixture.Implant, scenario.Fixture.Supplier.Id));
    }

    private static async Task<string> RefusalAsync(ClinicalScenario scenario, string code, string? patientNo = null)
    {
        var reply = await scenario.ScanAsync(code, patientNo);
        Assert.False(reply.Succeeded, $"{code} was used");
        return Assert.Single(reply.Errors).Code;
    }

    private static SpdDbContext Context(ClinicalScenario scenario, IInterceptor interceptor) =>
        new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite(scenario.Fixture.Database.Connection)
            .AddInterceptors(new ChangeStampInterceptor(scenario.Fixture.Database.Clock), interceptor)
            .Options);

    /// <summary>Runs <paramref name="action"/> once, just before the context's first save writes anything.</summary>
    private sealed class BeforeFirstSave(Func<Task> action) : SaveChangesInterceptor
    {
        private bool done;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!done)
            {
                done = true;
                await action();
            }

            return result;
        }
    }
}
