using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Inventory;

/// <summary>A central warehouse with two zones, a bulk item and a uniquely coded item, on a real SQLite database.</summary>
public sealed class InventoryFixture : IDisposable
{
    private InventoryFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public Warehouse Central { get; private set; } = null!;

    public Location A1 { get; private set; } = null!;

    public Location A2 { get; private set; } = null!;

    public Location B1 { get; private set; } = null!;

    public Item Gauze { get; private set; } = null!;

    public Item Stent { get; private set; } = null!;

    public Supplier Supplier { get; private set; } = null!;

    public DateOnly Today => new(2026, 11, 22);

    public static async Task<InventoryFixture> CreateAsync()
    {
        var fixture = new InventoryFixture(new TestDatabase());
        await using var db = fixture.Database.CreateUnaudited();
        var (_, _, central) = await MasterDataBuilder.AddOrganisationAsync(db);
        var (supplier, manufacturer) = await MasterDataBuilder.AddSupplierAsync(db);
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        var stent = MasterDataBuilder.NewItem("WZ0002", "冠脉支架", "3.0×18mm", 6800m, supplier, manufacturer, ItemCategory.HighValue);
        stent.TrackingMode = TrackingMode.Unique;
        stent.Model = "XS-318";
        var a1 = new Location { Code = "A-01-01-01", Zone = "A", WarehouseId = central.Id };
        var a2 = new Location { Code = "A-01-01-02", Zone = "A", WarehouseId = central.Id };
        var b1 = new Location { Code = "B-01-01-01", Zone = "B", WarehouseId = central.Id };
        db.AddRange(gauze, stent, a1, a2, b1);
        await db.SaveChangesAsync();
        (fixture.Central, fixture.A1, fixture.A2, fixture.B1, fixture.Gauze, fixture.Stent, fixture.Supplier) = (central, a1, a2, b1, gauze, stent, supplier);
        return fixture;
    }

    public StockLedger Ledger(SpdDbContext db) => new(db, Database.Clock, "keeper");

    public StockPosition At(Location location, StockState state = StockState.Available) => new(Central.Id, location.Id, state);

    /// <summary>Receives stock straight to a location and saves.</summary>
    public async Task ReceiveAsync(Item item, Location location, string lot, DateOnly? expiry, int quantity, decimal cost = 1m)
    {
        await using var db = Database.Create();
        var result = await Ledger(db).PostAsync(Receipt(item, location, lot, expiry, quantity, cost));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        Assert.Empty(await StockLedger.SaveAsync(db));
    }

    public StockMove Receipt(Item item, Location location, string lot, DateOnly? expiry, int quantity, decimal cost = 1m) => new()
    {
        Kind = StockMovementKind.Receipt,
        ItemId = item.Id,
        LotNumber = lot,
        ExpiryDate = expiry,
        Quantity = quantity,
        UnitCost = cost,
        To = At(location),
        DocumentType = StockDocumentType.Receipt,
        DocumentNo = "RC202611220001",
    };

    public StockMove Take(Item item, Location location, string lot, int quantity, StockMovementKind kind = StockMovementKind.Dispatch, StockState state = StockState.Available) => new()
    {
        Kind = kind,
        ItemId = item.Id,
        LotNumber = lot,
        Quantity = quantity,
        From = At(location, state),
        DocumentType = StockDocumentType.Dispatch,
        DocumentNo = "CK202611220001",
    };

    public void Dispose() => Database.Dispose();
}
