using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Purchasing;

/// <summary>
/// A central warehouse supplying two ward warehouses, two suppliers whose licences, authorisations and
/// registrations are all in date, and three active items: syringes (packs of 10) and gauze from
/// supplier A, bone screws from supplier B. Today is 2026-11-22, 10:00 in Shanghai.
/// </summary>
public abstract class PurchasingFixture : IDisposable
{
    protected static readonly DateOnly Today = new(2026, 11, 22);

    protected PurchasingFixture()
    {
        using var db = Database.CreateUnaudited();
        (_, _, Central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        Ward = new Warehouse { Code = "W101", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = Central.CampusId, SupplyingWarehouseId = Central.Id };
        Ward2 = new Warehouse { Code = "W102", Name = "脊柱外科二级库", Kind = WarehouseKind.Secondary, CampusId = Central.CampusId, SupplyingWarehouseId = Central.Id };
        CentralBin = new Location { Code = "A-01-01-01", Warehouse = Central };
        WardBin = new Location { Code = "A-01-01-01", Warehouse = Ward };
        db.AddRange(Ward, Ward2, CentralBin, WardBin);
        db.SaveChanges();

        (SupplierA, var makerA) = MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS901", "国药控股测试分公司", Today).GetAwaiter().GetResult();
        (SupplierB, var makerB) = MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS902", "骨科耗材测试公司", Today).GetAwaiter().GetResult();
        Syringe = Registered(MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.8m, SupplierA, makerA));
        Syringe.PackUnit = "盒";
        Syringe.PackQuantity = 10;
        Gauze = Registered(MasterDataBuilder.NewItem("WZ002", "医用脱脂纱布", "8层", 1.5m, SupplierA, makerA));
        Screw = Registered(MasterDataBuilder.NewItem("WZ003", "皮质骨螺钉", "3.5×30mm", 260m, SupplierB, makerB));
        db.AddRange(Syringe, Gauze, Screw);
        db.SaveChanges();
    }

    protected TestDatabase Database { get; } = new();

    protected Warehouse Central { get; }

    protected Warehouse Ward { get; }

    protected Warehouse Ward2 { get; }

    protected Location CentralBin { get; }

    protected Location WardBin { get; }

    protected Supplier SupplierA { get; }

    protected Supplier SupplierB { get; }

    protected Item Syringe { get; }

    protected Item Gauze { get; }

    protected Item Screw { get; }

    protected WorkflowActor Equipment => new("equipment", new HashSet<string> { Roles.EquipmentDept });

    protected SpdDbContext Db() => Database.Create();

    protected async Task SetAsync(Warehouse warehouse, Item item, int safety, int reorder, int max)
    {
        await using var db = Database.CreateUnaudited();
        db.ReplenishmentSettings.Add(new ReplenishmentSetting
        {
            WarehouseId = warehouse.Id, ItemId = item.Id, SafetyStock = safety, ReorderPoint = reorder, MinLevel = safety, MaxLevel = max,
        });
        await db.SaveChangesAsync();
    }

    protected async Task StockAsync(Warehouse warehouse, Item item, int quantity, string lot = "L1", int? owner = null, StockState state = StockState.Available)
    {
        await using var db = Database.CreateUnaudited();
        var balance = StockBalance.At(new StockPosition(warehouse.Id, null, state), item.Id, lot, Today.AddYears(2), owner, item.UnitPrice);
        balance.Quantity = quantity;
        db.StockBalances.Add(balance);
        await db.SaveChangesAsync();
    }

    protected async Task<IReadOnlyList<PurchasePlan>> GenerateAsync()
    {
        await using var db = Db();
        return await PurchasePlanner.GenerateAsync(db, Database.Clock, "equipment");
    }

    protected async Task<PurchasePlan> SinglePlanAsync() => Assert.Single(await GenerateAsync());

    protected async Task<PurchasePlanView> ReadPlanAsync(int id)
    {
        await using var db = Db();
        return (await PurchasePlanList.FindAsync(db, id))!;
    }

    private static Item Registered(Item item) => MasterDataBuilder.Registered(item, Today);

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
