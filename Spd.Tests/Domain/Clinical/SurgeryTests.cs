using Microsoft.EntityFrameworkCore;
using Spd.Domain.Clinical;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Clinical;

public sealed class SurgeryTests
{
    private static readonly string[] Surgeon = [Roles.Clinician];
    private static readonly string[] Nurse = [Roles.DepartmentKeeper];

    [Fact]
    public async Task Schedule_resent_by_HIS_updates_the_operation_until_the_kit_is_requested()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddSurgeonAsync(fixture);
        var surgeries = new Surgeries(fixture.Database.Clock);

        await using (var db = fixture.Database.Create())
        {
            Assert.True((await surgeries.ScheduleAsync(db, Input(fixture) with { Operation = "全髋关节置换术" })).Succeeded);
        }

        await using (var db = fixture.Database.Create())
        {
            var resent = await surgeries.ScheduleAsync(db, Input(fixture) with { Operation = "左侧全髋关节置换术" });
            Assert.True(resent.Succeeded);
            await RequestKitAsync(fixture, surgeries, resent.Value!.Id);
        }

        await using (var db = fixture.Database.Create())
        {
            var late = await surgeries.ScheduleAsync(db, Input(fixture));
            Assert.Equal(Surgeries.StepOutOfOrder, Assert.Single(late.Errors).Code);
            var surgery = await db.Surgeries.Include(s => s.Patient).SingleAsync();
            Assert.Equal("左侧全髋关节置换术", surgery.Operation);
            Assert.Equal("张三", surgery.Patient!.Name);
        }
    }

    [Fact]
    public async Task Loaner_set_is_received_as_the_suppliers_stock_piece_by_piece()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await RequestedAsync(fixture);

        await using var db = fixture.Database.Create();
        var received = await surgeries.ReceiveSetAsync(db, id, [Udi("SN001"), Udi("SN002")], "supplier-rep");

        Assert.True(received.Succeeded, string.Join("; ", received.Errors.Select(e => e.Code)));
        var units = await db.StockUnits.OrderBy(u => u.Serial).ToListAsync();
        Assert.All(units, u =>
        {
            Assert.Equal(fixture.Supplier.Id, u.OwnerSupplierId);
            Assert.Equal(fixture.WardStore.Id, u.WarehouseId);
            Assert.Equal(StockUnitStatus.InStock, u.Status);
        });
        Assert.Equal(["SN001", "SN002"], units.Select(u => u.Serial));
        var balance = await db.StockBalances.SingleAsync();
        Assert.Equal((2, fixture.Supplier.Id), (balance.Quantity, balance.OwnerSupplierId));
        Assert.Equal(SurgeryStatus.SetDelivered, (await db.Surgeries.SingleAsync()).Status);
    }

    [Fact]
    public async Task Loaner_set_refuses_a_piece_that_was_not_requested_or_is_already_known()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await RequestedAsync(fixture);

        await using (var db = fixture.Database.Create())
        {
            var other = await surgeries.ReceiveSetAsync(db, id, ["(01)06901234567908(17)281231(10)L1(21)SN9"], "rep");
            Assert.Equal(Surgeries.NotInKit, Assert.Single(other.Errors).Code);
            var twice = await surgeries.ReceiveSetAsync(db, id, [Udi("SN001"), Udi("SN001")], "rep");
            Assert.Equal(Surgeries.PieceAlreadyKnown, Assert.Single(twice.Errors).Code);
        }

        await using (var db = fixture.Database.Create())
        {
            Assert.True((await surgeries.ReceiveSetAsync(db, id, [Udi("SN001")], "rep")).Succeeded);
        }

        await using (var db = fixture.Database.Create())
        {
            var again = await surgeries.ReceiveSetAsync(db, id, [Udi("SN001")], "rep");
            Assert.Equal(Surgeries.PieceAlreadyKnown, Assert.Single(again.Errors).Code);
            Assert.Equal(1, await db.StockUnits.CountAsync());
        }
    }

    [Fact]
    public async Task Operation_is_not_confirmed_while_an_implant_certificate_is_missing()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await DeliveredAsync(fixture);
        await using (var db = fixture.Database.CreateUnaudited())
        {
            var implant = await db.Items.SingleAsync(i => i.Id == fixture.Implant.Id);
            implant.RegistrationCertificateExpiry = fixture.Today.AddDays(-1);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.Database.Create();
        var refused = await surgeries.ConfirmAsync(check, id);

        Assert.Equal(Surgeries.CertificatesIncomplete, Assert.Single(refused.Errors).Code);
        Assert.Equal(SurgeryStatus.SetDelivered, (await check.Surgeries.AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task Double_sign_needs_both_surgeon_and_nurse_before_the_held_charges_go_to_HIS()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await ConfirmedAsync(fixture);
        await UseOnePieceWithHeldChargeAsync(fixture, id);

        await using (var db = fixture.Database.Create())
        {
            Assert.True((await surgeries.SignAsync(db, id, SignatureRole.Surgeon, "doctor", Surgeon)).Succeeded);
        }

        await using (var db = fixture.Database.Create())
        {
            Assert.Equal(ChargeStatus.Held, (await db.Charges.SingleAsync()).Status);
            Assert.Equal(SurgeryStatus.Confirmed, (await db.Surgeries.SingleAsync()).Status);
            Assert.True((await surgeries.SignAsync(db, id, SignatureRole.Nurse, "nurse", Nurse)).Succeeded);
        }

        await using (var db = fixture.Database.Create())
        {
            var charge = await db.Charges.SingleAsync();
            Assert.Equal(ChargeStatus.Ready, charge.Status);
            Assert.NotNull(charge.ReadyUtc);
            Assert.Equal(SurgeryStatus.Signed, (await db.Surgeries.SingleAsync()).Status);
        }
    }

    [Fact]
    public async Task The_same_person_cannot_give_both_signatures()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await ConfirmedAsync(fixture);
        string[] both = [Roles.Clinician, Roles.DepartmentKeeper];

        await using var db = fixture.Database.Create();
        Assert.True((await surgeries.SignAsync(db, id, SignatureRole.Surgeon, "doctor", both)).Succeeded);
        var second = await surgeries.SignAsync(db, id, SignatureRole.Nurse, "DOCTOR", both);

        Assert.Equal(Surgeries.SameSigner, Assert.Single(second.Errors).Code);
        Assert.Null((await db.Surgeries.AsNoTracking().SingleAsync()).NurseSignedBy);
    }

    [Fact]
    public async Task A_signature_needs_the_right_role_the_operating_surgeon_and_is_given_once()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await ConfirmedAsync(fixture);

        await using var db = fixture.Database.Create();
        Assert.Equal(Surgeries.SignerNotAllowed, Assert.Single((await surgeries.SignAsync(db, id, SignatureRole.Surgeon, "nurse", Nurse)).Errors).Code);
        Assert.Equal(Surgeries.SignerNotAllowed, Assert.Single((await surgeries.SignAsync(db, id, SignatureRole.Nurse, "doctor", Surgeon)).Errors).Code);
        Assert.Equal(Surgeries.NotTheSurgeon, Assert.Single((await surgeries.SignAsync(db, id, SignatureRole.Surgeon, "other-doctor", Surgeon)).Errors).Code);
        Assert.True((await surgeries.SignAsync(db, id, SignatureRole.Nurse, "nurse", Nurse)).Succeeded);
        Assert.Equal(Surgeries.AlreadySigned, Assert.Single((await surgeries.SignAsync(db, id, SignatureRole.Nurse, "nurse2", Nurse)).Errors).Code);
    }

    [Fact]
    public async Task Closing_returns_the_unused_pieces_to_the_supplier_the_same_day()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await ConfirmedAsync(fixture);
        await UseOnePieceWithHeldChargeAsync(fixture, id);
        await using (var db = fixture.Database.Create())
        {
            Assert.Equal(Surgeries.StepOutOfOrder, Assert.Single((await surgeries.CloseAsync(db, id, "nurse")).Errors).Code);
            await surgeries.SignAsync(db, id, SignatureRole.Surgeon, "doctor", Surgeon);
            await surgeries.SignAsync(db, id, SignatureRole.Nurse, "nurse", Nurse);
        }

        await using (var db = fixture.Database.Create())
        {
            Assert.True((await surgeries.CloseAsync(db, id, "nurse")).Succeeded);
        }

        await using (var check = fixture.Database.Create())
        {
            var lines = await check.LoanerSetLines.Include(l => l.StockUnit).OrderBy(l => l.StockUnit!.Serial).ToListAsync();
            Assert.Equal([LoanerLineStatus.Used, LoanerLineStatus.Returned], lines.Select(l => l.Status));
            Assert.Equal(StockUnitStatus.Returned, lines[1].StockUnit!.Status);
            Assert.Equal(0, await check.StockBalances.SumAsync(b => b.Quantity));
            Assert.Equal(SurgeryStatus.Closed, (await check.Surgeries.SingleAsync()).Status);
        }
    }

    [Fact]
    public async Task A_piece_used_in_the_operation_is_consumed_on_the_patient_with_its_charge_held_and_settled_with_the_supplier()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await ConfirmedAsync(fixture);

        await UseOnePieceWithHeldChargeAsync(fixture, id);

        await using var db = fixture.Database.Create();
        var consumption = await db.Consumptions.Include(c => c.Patient).SingleAsync();
        Assert.Equal((id, "P0001", "SN001"), (consumption.SurgeryId!.Value, consumption.Patient!.PatientNo, consumption.Serial));
        Assert.Equal(ChargeStatus.Held, (await db.Charges.SingleAsync()).Status);
        Assert.Equal(fixture.Supplier.Id, (await db.SettlementLines.SingleAsync()).SupplierId);
        Assert.Equal(LoanerLineStatus.Used, (await db.LoanerSetLines.Include(l => l.StockUnit).OrderBy(l => l.StockUnit!.Serial).FirstAsync()).Status);
    }

    [Fact]
    public async Task Only_pieces_of_the_set_are_used_and_only_once_the_operation_is_confirmed()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (surgeries, id) = await DeliveredAsync(fixture);
        var other = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "C1", fixture.Today.AddYears(1), 1);
        var scanning = new ConsumptionScanning(fixture.Database.Clock);
        var nurse = new ScanActor("nurse", fixture.Ward.Id);

        await using var db = fixture.Database.Create();
        var early = await surgeries.UseAsync(db, scanning, id, Udi("SN001"), "s1", nurse);
        Assert.Equal(Surgeries.StepOutOfOrder, Assert.Single(early.Errors).Code);
        Assert.True((await surgeries.ConfirmAsync(db, id)).Succeeded);
        var stranger = await surgeries.UseAsync(db, scanning, id, other[0].Code, "s2", nurse);
        Assert.Equal(Surgeries.NotInSet, Assert.Single(stranger.Errors).Code);
        Assert.Equal(0, await db.Consumptions.CountAsync());
    }

    [Fact]
    public async Task A_supplier_sees_its_own_kit_requests_only()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await RequestedAsync(fixture);

        await using var db = fixture.Database.Create();
        var own = await KitRequestList.QueryAsync(db, fixture.Supplier.Id, openOnly: true, new PageRequest());
        var other = await KitRequestList.QueryAsync(db, fixture.Supplier.Id + 1, openOnly: false, new PageRequest());

        var request = Assert.Single(own.Items);
        Assert.Equal(("WZ1004", 2), (Assert.Single(request.Lines).ItemCode, request.Lines[0].Quantity));
        Assert.Empty(other.Items);
    }

    private static string Udi(string serial) => $"(01)06901234567892(17)281231(10)LOT88(21){serial}";

    private static SurgeryInput Input(DepartmentFixture fixture) => new()
    {
        No = "HIS-SS-0001",
        PatientNo = "P0001",
        PatientName = "张三",
        EncounterNo = "ZY0001",
        DepartmentCode = fixture.Ward.Code,
        WarehouseCode = fixture.WardStore.Code,
        SurgeonCode = "D001",
        Operation = "全髋关节置换术",
        DrgGroup = "IC29",
        ScheduledUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime.AddHours(4),
    };

    private static async Task AddSurgeonAsync(DepartmentFixture fixture)
    {
        await using var db = fixture.Database.CreateUnaudited();
        db.Doctors.Add(new Doctor { Code = "D001", Name = "赵明", DepartmentId = fixture.Ward.Id, UserName = "doctor" });
        await db.SaveChangesAsync();
    }

    private static async Task RequestKitAsync(DepartmentFixture fixture, Surgeries surgeries, int id)
    {
        await using var db = fixture.Database.Create();
        var requested = await surgeries.RequestKitAsync(db, id, fixture.Supplier.Id, [new KitRequestLine(fixture.Implant.Id, 2)], "doctor");
        Assert.True(requested.Succeeded, string.Join("; ", requested.Errors.Select(e => e.Code)));
    }

    private static async Task<(Surgeries, int)> RequestedAsync(DepartmentFixture fixture)
    {
        await AddSurgeonAsync(fixture);
        var surgeries = new Surgeries(fixture.Database.Clock);
        await using var db = fixture.Database.Create();
        var id = (await surgeries.ScheduleAsync(db, Input(fixture))).Value!.Id;
        await RequestKitAsync(fixture, surgeries, id);
        return (surgeries, id);
    }

    private static async Task<(Surgeries, int)> DeliveredAsync(DepartmentFixture fixture)
    {
        var (surgeries, id) = await RequestedAsync(fixture);
        await using var db = fixture.Database.Create();
        Assert.True((await surgeries.ReceiveSetAsync(db, id, [Udi("SN001"), Udi("SN002")], "rep")).Succeeded);
        return (surgeries, id);
    }

    private static async Task<(Surgeries, int)> ConfirmedAsync(DepartmentFixture fixture)
    {
        var (surgeries, id) = await DeliveredAsync(fixture);
        await using var db = fixture.Database.Create();
        var confirmed = await surgeries.ConfirmAsync(db, id);
        Assert.True(confirmed.Succeeded, string.Join("; ", confirmed.Errors.Select(e => $"{e.Code} {string.Join(',', e.Arguments)}")));
        return (surgeries, id);
    }

    /// <summary>The nurse scans the first piece of the set as used on the patient.</summary>
    private static async Task UseOnePieceWithHeldChargeAsync(DepartmentFixture fixture, int surgeryId)
    {
        await using var db = fixture.Database.Create();
        var udi = await db.LoanerSetLines.Where(l => l.SurgeryId == surgeryId).Select(l => l.StockUnit!).OrderBy(u => u.Serial).Select(u => u.Udi!).FirstAsync();
        var used = await new Surgeries(fixture.Database.Clock).UseAsync(db, new ConsumptionScanning(fixture.Database.Clock), surgeryId, udi, "scan-1", new ScanActor("nurse", fixture.Ward.Id));
        Assert.True(used.Succeeded, string.Join("; ", used.Errors.Select(e => e.Code)));
    }
}
