using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Inventory;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Warehousing;

/// <summary>
/// <see cref="InventoryFixture"/>'s central warehouse plus a ward's secondary warehouse, a second stent of
/// the same model (XS-318) and a stent of another model, so that recalls by model, item and lot can be told apart.
/// </summary>
public sealed class WarehousingFixture : IDisposable
{
    private int nextCode = 1;

    private WarehousingFixture(InventoryFixture stock) => Stock = stock;

    public InventoryFixture Stock { get; }

    public TestDatabase Database => Stock.Database;

    public DateOnly Today => Stock.Today;

    public Warehouse Central => Stock.Central;

    public Warehouse Ward { get; private set; } = null!;

    public Location WardShelf { get; private set; } = null!;

    public Department Department { get; private set; } = null!;

    public Item Gauze => Stock.Gauze;

    /// <summary>Model XS-318, 3.0×18mm.</summary>
    public Item Stent => Stock.Stent;

    /// <summary>Model XS-318 too, another size.</summary>
    public Item StentLong { get; private set; } = null!;

    /// <summary>Same manufacturer, model XS-400.</summary>
    public Item OtherStent { get; private set; } = null!;

    public static async Task<WarehousingFixture> CreateAsync()
    {
        var fixture = new WarehousingFixture(await InventoryFixture.CreateAsync());
        await using var db = fixture.Database.CreateUnaudited();
        var department = await db.Departments.SingleAsync();
        var ward = new Warehouse
        {
            Code = "W101", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = fixture.Central.CampusId,
            OwnerDepartmentId = department.Id, SupplyingWarehouseId = fixture.Central.Id,
        };
        var shelf = new Location { Code = "A-01-01-01", Zone = "A", Warehouse = ward };
        var stentLong = Copy(fixture.Stent, "WZ0003", "3.0×28mm", "XS-318");
        var otherStent = Copy(fixture.Stent, "WZ0004", "3.5×18mm", "XS-400");
        db.AddRange(ward, shelf, stentLong, otherStent);
        await db.SaveChangesAsync();
        (fixture.Ward, fixture.WardShelf, fixture.Department, fixture.StentLong, fixture.OtherStent) = (ward, shelf, department, stentLong, otherStent);
        return fixture;
    }

    public StockLedger Ledger(Spd.Domain.Persistence.SpdDbContext db) => Stock.Ledger(db);

    /// <summary>Receives bulk stock (or the uncoded part of coded stock) straight to a location.</summary>
    public async Task ReceiveAsync(Item item, Location location, string lot, DateOnly? expiry, int quantity, decimal cost = 10m)
    {
        await using var db = Database.Create();
        var result = await Ledger(db).PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt,
            ItemId = item.Id,
            LotNumber = lot,
            ExpiryDate = expiry,
            Quantity = quantity,
            UnitCost = cost,
            To = new StockPosition(location.WarehouseId, location.Id),
            DocumentType = StockDocumentType.Receipt,
            DocumentNo = "RC202611220001",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    /// <summary>Receives coded pieces, one unit each, and returns their ids.</summary>
    public async Task<List<long>> ReceivePiecesAsync(Item item, Location location, string lot, DateOnly? expiry, int pieces)
    {
        await ReceiveAsync(item, location, lot, expiry, pieces, item.UnitPrice);
        await using var db = Database.CreateUnaudited();
        var units = Enumerable.Range(0, pieces).Select(_ => new StockUnit
        {
            Code = $"SU{nextCode++:0000000000}", Kind = StockUnitKind.Piece, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry,
            WarehouseId = location.WarehouseId, LocationId = location.Id,
        }).ToList();
        db.StockUnits.AddRange(units);
        await db.SaveChangesAsync();
        return [.. units.Select(u => u.Id)];
    }

    /// <summary>Consumes on a patient through the ledger: a coded piece by its unit, or bulk stock.</summary>
    public async Task ConsumeAsync(Item item, Location location, string lot, string patientId, long? unitId = null, int quantity = 1)
    {
        await using var db = Database.Create();
        var result = await Ledger(db).PostAsync(new StockMove
        {
            Kind = StockMovementKind.Consumption,
            ItemId = item.Id,
            LotNumber = lot,
            Quantity = quantity,
            From = new StockPosition(location.WarehouseId, location.Id),
            StockUnitId = unitId,
            PatientId = patientId,
            DocumentType = StockDocumentType.Consumption,
            DocumentNo = "XH202611220001",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    public StockMove Dispatch(Item item, Location location, string lot, int quantity = 1) => new()
    {
        Kind = StockMovementKind.Dispatch,
        ItemId = item.Id,
        LotNumber = lot,
        Quantity = quantity,
        From = new StockPosition(location.WarehouseId, location.Id),
        DocumentType = StockDocumentType.Dispatch,
        DocumentNo = "CK202611220001",
    };

    public void Dispose() => Stock.Dispose();

    private static Item Copy(Item stent, string code, string specification, string model) => new()
    {
        Code = code,
        Name = stent.Name,
        Specification = specification,
        Model = model,
        Unit = stent.Unit,
        UnitPrice = stent.UnitPrice,
        Category = stent.Category,
        TrackingMode = stent.TrackingMode,
        SupplierId = stent.SupplierId,
        ManufacturerId = stent.ManufacturerId,
    };
}
