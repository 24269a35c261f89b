using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): a little bulk stock in the cool zone (阴凉区) of the first central
/// warehouse, received through the stock ledger, so that a stocktake of that zone has something to
/// count. Does nothing when the zone already holds stock (e.g. from a fuller demo stock history).
/// </summary>
public static class StocktakeDemoData
{
    public const string Zone = "阴凉区";
    public const string DocumentNo = "SEED-STOCKTAKE";

    private static readonly int[] Quantities = [40, 25, 60];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var today = new BusinessCalendar(clock).Today;
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        var warehouse = await db.Warehouses.AsNoTracking().Where(w => w.Kind == WarehouseKind.Central && w.IsActive).OrderBy(w => w.Code).FirstOrDefaultAsync();
        if (warehouse is null || await db.StockBalances.AnyAsync(b => b.WarehouseId == warehouse.Id && b.Quantity > 0 && b.Location!.Zone == Zone))
        {
            return;
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.WarehouseId == warehouse.Id && l.Zone == Zone).OrderBy(l => l.Code).Take(Quantities.Length).ToListAsync();
        var items = await db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Bulk)
            .OrderBy(i => i.Code).Take(Quantities.Length).ToListAsync();
        var ledger = new StockLedger(db, clock, FixedAuditActor.System.UserName!);
        for (var i = 0; i < Math.Min(locations.Count, items.Count); i++)
        {
            var result = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt,
                ItemId = items[i].Id,
                LotNumber = $"{today:yyMMdd}{i + 1:00}",
                ExpiryDate = today.AddYears(2),
                Quantity = Quantities[i],
                UnitCost = items[i].UnitPrice,
                To = new StockPosition(warehouse.Id, locations[i].Id),
                DocumentType = StockDocumentType.Seed,
                DocumentNo = DocumentNo,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo stock for the stocktake could not be received: {string.Join(" ", result.Errors.Select(e => e.Message))}");
            }
        }

        await db.SaveChangesAsync();
    }
}
