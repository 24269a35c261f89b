using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Departments;

/// <summary>
/// A central warehouse supplying one ward (关节外科) and its secondary warehouse, on a real SQLite
/// database, with one item of each kind the department flows treat differently: bulk gauze, syringes
/// packed in fixed-quantity packs, a uniquely coded stock-managed catheter, and an order-linked
/// consignment implant.
/// </summary>
public sealed class DepartmentFixture : IDisposable
{
    private DepartmentFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public DateOnly Today => new(2026, 11, 22);

    public Department Ward { get; private set; } = null!;

    public Warehouse Central { get; private set; } = null!;

    public Warehouse WardStore { get; private set; } = null!;

    public Location A1 { get; private set; } = null!;

    public Location A2 { get; private set; } = null!;

    public Location WardBin { get; private set; } = null!;

    public Supplier Supplier { get; private set; } = null!;

    /// <summary>Bulk, stock-managed, low-value charged.</summary>
    public Item Gauze { get; private set; } = null!;

    /// <summary>Stock-managed, packed for the ward in packs of 20 (<see cref="Packs"/>).</summary>
    public Item Syringe { get; private set; } = null!;

    /// <summary>Stock-managed, one code per piece, high value.</summary>
    public Item Catheter { get; private set; } = null!;

    /// <summary>Order-linked, one code per piece, consignment implant with a charge code.</summary>
    public Item Implant { get; private set; } = null!;

    public PackDefinition Packs { get; private set; } = null!;

    public DepartmentSupply Supply { get; private set; } = null!;

    /// <param name="database">An existing database to seed (a bUnit context's); a new one by default.</param>
    public static async Task<DepartmentFixture> CreateAsync(TestDatabase? database = null)
    {
        var fixture = new DepartmentFixture(database ?? new TestDatabase());
        await fixture.SeedAsync();
        return fixture;
    }

    public StockLedger Ledger(SpdDbContext db, string user = "keeper") => new(db, Database.Clock, user);

    public StockPosition InCentral(Location location) => new(Central.Id, location.Id);

    public StockPosition InWard(StockState state = StockState.Available) => new(WardStore.Id, WardBin.Id, state);

    /// <summary>Receives loose stock into the central warehouse and saves.</summary>
    public async Task ReceiveAsync(Item item, Location location, string lot, DateOnly? expiry, int quantity, int? owner = null)
    {
        await using var db = Database.Create();
        var result = await Ledger(db).PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = quantity,
            UnitCost = item.UnitPrice, To = InCentral(location), OwnerSupplierId = owner,
            DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220001",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    /// <summary>Receives coded units (pieces, or packs of <paramref name="packSize"/>) at a position and saves; returns them.</summary>
    public async Task<IReadOnlyList<StockUnit>> ReceiveUnitsAsync(Item item, StockPosition at, string lot, DateOnly? expiry, int count, int packSize = 1, int? owner = null)
    {
        await using var db = Database.Create();
        var ledger = Ledger(db);
        var units = new List<StockUnit>();
        var first = await Spd.Domain.Common.SerialNumbers.ReserveAsync(db, packSize == 1 ? Spd.Domain.Common.SerialNumbers.Piece : Spd.Domain.Common.SerialNumbers.Pack, count);
        for (var i = 0; i < count; i++)
        {
            var number = first + i;
            var unit = new StockUnit
            {
                Code = packSize == 1 ? Spd.Domain.Codes.InternalCode.Piece(number).Text : Spd.Domain.Codes.InternalCode.FixedPack(number).Text,
                Kind = packSize == 1 ? StockUnitKind.Piece : StockUnitKind.Pack,
                ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = packSize,
                Serial = packSize == 1 ? $"SN{number:000000}" : null,
                DepartmentId = packSize == 1 ? null : Ward.Id,
                OwnerSupplierId = owner, CreatedUtc = Database.Clock.GetUtcNow().UtcDateTime,
            };
            db.StockUnits.Add(unit);
            units.Add(unit);
        }

        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            var result = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = unit.Quantity,
                UnitCost = item.UnitPrice, To = at, OwnerSupplierId = owner, StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220002",
            });
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        Assert.Empty(await StockLedger.SaveAsync(db));
        return units;
    }

    public void Dispose() => Database.Dispose();

    private async Task SeedAsync()
    {
        await using var db = Database.CreateUnaudited();
        var (campus, ward, central) = await MasterDataBuilder.AddOrganisationAsync(db);
        var (supplier, manufacturer) = await MasterDataBuilder.AddEligibleSupplierAsync(db, "GYS901", "华东医疗供应链有限公司", Today);
        var wardStore = new Warehouse
        {
            Code = "EJK001", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id,
            OwnerDepartmentId = ward.Id, SupplyingWarehouseId = central.Id,
        };
        var gauze = Stocked(MasterDataBuilder.NewItem("WZ1001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer), TrackingMode.Bulk);
        var syringe = Stocked(MasterDataBuilder.NewItem("WZ1002", "一次性使用无菌注射器", "5ml", 0.8m, supplier, manufacturer), TrackingMode.Pack);
        var catheter = Stocked(MasterDataBuilder.NewItem("WZ1003", "中心静脉导管", "双腔 7Fr", 260m, supplier, manufacturer, ItemCategory.HighValue), TrackingMode.Unique);
        var implant = MasterDataBuilder.Registered(MasterDataBuilder.NewItem("WZ1004", "髋关节股骨柄", "Size 3", 12800m, supplier, manufacturer, ItemCategory.HighValue), Today);
        implant.TrackingMode = TrackingMode.Unique;
        implant.ManagementMode = ManagementMode.OrderLinked;
        implant.IsConsignment = true;
        implant.IsImplant = true;
        implant.ChargeCode = "C0310100100000000001";
        implant.ChargePrice = 13500m;
        implant.UdiDi = "06901234567892";
        db.AddRange(wardStore, gauze, syringe, catheter, implant);
        await db.SaveChangesAsync();
        var a1 = new Location { Code = "A-01-01-01", Zone = "A", WarehouseId = central.Id };
        var a2 = new Location { Code = "A-01-01-02", Zone = "A", WarehouseId = central.Id };
        var wardBin = new Location { Code = "E-01-01-01", Zone = "E", WarehouseId = wardStore.Id };
        var packs = new PackDefinition { DepartmentId = ward.Id, ItemId = syringe.Id, PackSize = 20 };
        var supply = new DepartmentSupply { DepartmentId = ward.Id, Route = "R1", DeliveryDay = DayOfWeek.Monday };
        db.AddRange(a1, a2, wardBin, packs, supply);
        await db.SaveChangesAsync();
        (Ward, Central, WardStore, A1, A2, WardBin, Supplier) = (ward, central, wardStore, a1, a2, wardBin, supplier);
        (Gauze, Syringe, Catheter, Implant, Packs, Supply) = (gauze, syringe, catheter, implant, packs, supply);
    }

    private Item Stocked(Item item, TrackingMode tracking)
    {
        item.TrackingMode = tracking;
        item.ManagementMode = ManagementMode.StockManaged;
        item.ChargeCode = item.Category == ItemCategory.LowValueUncharged ? null : "C03" + item.Code;
        item.ChargePrice = item.Category == ItemCategory.LowValueUncharged ? null : item.UnitPrice;
        return MasterDataBuilder.Registered(item, Today);
    }
}
