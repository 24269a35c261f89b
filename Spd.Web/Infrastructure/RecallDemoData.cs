using Spd.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): a little stock for the stock-control screens, independent of the demo
/// stock history — a coded high-value item in a central warehouse and on the demo nurse's ward, two
/// pieces of it used on patients, bulk lots near or past their expiry, and 30 days of temperature and
/// humidity readings — all posted through the ledger under its own document number, once.
/// </summary>
public static class RecallDemoData
{
    /// <summary>The ledger document of this demo step.</summary>
    public const string DocumentNo = "DEMO-STOCK-CONTROL";

    /// <summary>The coded item's lot that is in both warehouses and was used on patients: the one to recall.</summary>
    public const string RecallLot = "24091701";

    private const int ClimateDays = 30;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.StockLedgerEntries.AnyAsync(e => e.DocumentType == StockDocumentType.Seed && e.DocumentNo == DocumentNo))
        {
            return;
        }

        var nurseDepartment = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).FirstOrDefaultAsync();
        var central = await db.Warehouses.Include(w => w.Locations).Where(w => w.Kind == WarehouseKind.Central && w.Locations.Count >= 4).OrderBy(w => w.Code).FirstOrDefaultAsync();
        var ward = await db.Warehouses.Include(w => w.Locations).Where(w => w.Kind == WarehouseKind.Secondary && w.Locations.Count > 0)
            .OrderBy(w => w.OwnerDepartmentId == nurseDepartment ? 0 : 1).ThenBy(w => w.Code).FirstOrDefaultAsync();
        var coded = await db.Items.Where(i => i.Status == ItemStatus.Active && i.Category == ItemCategory.HighValue && i.TrackingMode == TrackingMode.Unique && i.Model != null)
            .OrderBy(i => i.Code).FirstOrDefaultAsync();
        var bulk = await db.Items.Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Bulk).OrderBy(i => i.Code).Take(2).ToListAsync();
        if (central is null || ward is null || coded is null || bulk.Count < 2)
        {
            return;
        }

        var today = calendar.Today;
        var shelves = central.Locations.OrderBy(l => l.Code).Take(4).ToList();
        var wardShelf = ward.Locations.OrderBy(l => l.Code).First();
        var clock = new SimulatedClock(calendar.UtcNow.AddDays(-20));
        var receiving = new StockLedger(db, clock, "warehouse");
        var units = new List<StockUnit>();
        var serial = 0;

        async Task ReceiveAsync(Item item, Location location, string lot, DateOnly expiry, int quantity, bool withUnits = false)
        {
            var result = await receiving.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt,
                ItemId = item.Id,
                LotNumber = lot,
                ExpiryDate = expiry,
                Quantity = quantity,
                UnitCost = item.UnitPrice,
                To = new StockPosition(location.WarehouseId, location.Id),
                DocumentType = StockDocumentType.Seed,
                DocumentNo = DocumentNo,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo stock for {item.Code} lot {lot} was refused: {result.Errors[0].Message}");
            }

            if (withUnits)
            {
                units.AddRange(Enumerable.Range(0, quantity).Select(_ => new StockUnit
                {
                    Code = $"SU9{++serial:00000000000}", Kind = StockUnitKind.Piece, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry,
                    Serial = $"{lot}{serial:0000}", WarehouseId = location.WarehouseId, LocationId = location.Id, CreatedUtc = clock.GetUtcNow().UtcDateTime,
                }));
            }
        }

        await ReceiveAsync(coded, shelves[0], RecallLot, today.AddDays(75), 4, withUnits: true);
        await ReceiveAsync(coded, wardShelf, RecallLot, today.AddDays(75), 3, withUnits: true);
        await ReceiveAsync(coded, shelves[0], "24121503", today.AddDays(400), 5, withUnits: true);
        await ReceiveAsync(bulk[0], shelves[1], "2408A12", today.AddDays(18), 120);
        await ReceiveAsync(bulk[0], shelves[2], "2402C07", today.AddDays(-6), 30);
        await ReceiveAsync(bulk[1], shelves[3], "2311D02", today.AddDays(25), 40);
        await ReceiveAsync(bulk[1], wardShelf, "2410B33", today.AddDays(52), 60);
        db.StockUnits.AddRange(units);
        await db.SaveChangesAsync();

        // Two pieces of the lot used on the ward's patients, a week apart.
        string[] patients = ["ZY20261107", "ZY20261112"];
        var wardUnits = units.Where(u => u.WarehouseId == ward.Id).ToList();
        for (var i = 0; i < patients.Length; i++)
        {
            clock.Advance(TimeSpan.FromDays(6));
            var result = await new StockLedger(db, clock, "nurse").PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption,
                ItemId = coded.Id,
                LotNumber = RecallLot,
                Quantity = 1,
                From = new StockPosition(ward.Id, wardShelf.Id),
                StockUnitId = wardUnits[i].Id,
                PatientId = patients[i],
                DocumentType = StockDocumentType.Seed,
                DocumentNo = DocumentNo,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo consumption was refused: {result.Errors[0].Message}");
            }
        }

        AddClimateReadings(db, calendar, central, ward);
        await db.SaveChangesAsync();
        await NearExpiryAlerts.RaiseAsync(db, services.GetRequiredService<IOptions<ExpiryOptions>>().Value, today, calendar.UtcNow);
    }

    /// <summary>Readings at 09:00 and 15:00 for the last 30 days, a little noise around mid-range, and two excursions.</summary>
    private static void AddClimateReadings(SpdDbContext db, BusinessCalendar calendar, params Warehouse[] warehouses)
    {
        foreach (var warehouse in warehouses)
        {
            var random = new Random(warehouse.Id);
            var range = ClimateRange.Of(warehouse);
            var midTemperature = (range.TemperatureMinC + range.TemperatureMaxC) / 2;
            var midHumidity = (range.HumidityMinPercent + range.HumidityMaxPercent) / 2;
            for (var day = ClimateDays; day >= 1; day--)
            {
                foreach (var hour in new[] { 9, 15 })
                {
                    var local = calendar.Today.AddDays(-day).ToDateTime(new TimeOnly(hour, 0));
                    var temperature = Math.Round(midTemperature + (decimal)(random.NextDouble() * 8 - 4) + (hour == 15 ? 1.5m : 0), 1);
                    var humidity = Math.Round(midHumidity + (decimal)(random.NextDouble() * 16 - 8), 0);
                    if (day == 12 && hour == 15 && warehouse == warehouses[0])
                    {
                        temperature = range.TemperatureMaxC + 1.6m;
                    }

                    if (day == 4 && hour == 9 && warehouse == warehouses[^1])
                    {
                        humidity = range.HumidityMaxPercent + 4;
                    }

                    db.ClimateReadings.Add(new ClimateReading
                    {
                        WarehouseId = warehouse.Id,
                        TakenUtc = calendar.ToUtc(local),
                        TemperatureC = temperature,
                        HumidityPercent = humidity,
                        Source = ClimateSource.Manual,
                        RecordedBy = "warehouse",
                        OutOfRange = !range.Contains(temperature, humidity),
                    });
                }
            }
        }
    }
}
