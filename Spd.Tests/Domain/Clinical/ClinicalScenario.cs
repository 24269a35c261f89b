using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Inventory;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Clinical;

/// <summary>
/// The ward of <see cref="DepartmentFixture"/> with HIS patients and orders, and a nurse who scans there:
/// 张三's hip replacement order binds one implant; 李四 has been admitted (an order for another item).
/// </summary>
public sealed class ClinicalScenario : IDisposable
{
    public const string Nurse = "nurse";
    public const string ZhangSan = "ZY20261122001";
    public const string LiSi = "ZY20261122002";
    public const string HipOrder = "YZ20261122001";
    public const string LiSiOrder = "YZ20261122002";

    private int scans;

    private ClinicalScenario(DepartmentFixture fixture) => Fixture = fixture;

    public DepartmentFixture Fixture { get; }

    public ScanActor Actor => new(Nurse, Fixture.Ward.Id);

    public ConsumptionScanning Scanning => new(Fixture.Database.Clock);

    public static async Task<ClinicalScenario> CreateAsync()
    {
        var scenario = new ClinicalScenario(await DepartmentFixture.CreateAsync());
        await scenario.ReceiveOrderAsync(Order(HipOrder, ZhangSan, "张三", "JZ001", ("WZ1004", 1)));
        await scenario.ReceiveOrderAsync(Order(LiSiOrder, LiSi, "李四", "JZ002") with { Lines = [new HisOrderLineMessage(null, "C0310100100000000001", 2)] });
        return scenario;
    }

    public static HisOrderMessage Order(string orderNo, string patientNo, string name, string encounter, params (string Item, int Quantity)[] lines) => new()
    {
        OrderNo = orderNo,
        Patient = new HisPatientMessage(patientNo, name),
        EncounterNo = encounter,
        DepartmentCode = "K001",
        Doctor = new HisDoctorMessage("D001", "王建国"),
        Operation = "全髋关节置换术",
        DrgGroup = "IC29",
        Lines = [.. lines.Select(l => new HisOrderLineMessage(l.Item, null, l.Quantity))],
    };

    public async Task<HisOrderIntakeResult> ReceiveOrderAsync(HisOrderMessage message)
    {
        await using var db = Fixture.Database.Create();
        return await HisOrderIntake.ReceiveAsync(db, Fixture.Database.Clock, message);
    }

    /// <summary>A scan with a fresh scan id unless one is given.</summary>
    public async Task<ScanReply> ScanAsync(string code, string? patientNo = null, string? orderNo = null, string? scanId = null, int? quantity = null,
        bool holdCharge = false, ScanActor? actor = null)
    {
        await using var db = Fixture.Database.Create();
        return await Scanning.ScanAsync(db, actor ?? Actor, new ConsumptionScan
        {
            ScanId = scanId ?? $"scan-{++scans}",
            Code = code,
            DeviceId = "PDA-07",
            PatientNo = patientNo,
            OrderNo = orderNo,
            Quantity = quantity,
            HoldCharge = holdCharge,
        });
    }

    public async Task<IReadOnlyList<StockUnit>> ImplantsInWardAsync(int count = 1, string lot = "IM2611") =>
        await Fixture.ReceiveUnitsAsync(Fixture.Implant, Fixture.InWard(), lot, Fixture.Today.AddYears(2), count, owner: Fixture.Supplier.Id);

    /// <summary>Loose (uncoded) stock received straight into the ward's bin.</summary>
    public async Task ReceiveLooseInWardAsync(Item item, string lot, DateOnly? expiry, int quantity, StockState state = StockState.Available)
    {
        await using var db = Fixture.Database.Create();
        var result = await Fixture.Ledger(db).PostAsync(new StockMove
        {
            Kind = StockMovementKind.DepartmentReceipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = quantity,
            UnitCost = item.UnitPrice, To = Fixture.InWard(state), DocumentType = StockDocumentType.DepartmentReceipt, DocumentNo = "CK202611220001",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    public async Task<int> WardQuantityAsync(Item item, int? owner = null)
    {
        await using var db = Fixture.Database.Create();
        return await db.StockBalances.Where(b => b.WarehouseId == Fixture.WardStore.Id && b.ItemId == item.Id && b.OwnerSupplierId == owner && b.State == StockState.Available)
            .SumAsync(b => b.Quantity);
    }

    public void Dispose() => Fixture.Dispose();
}
