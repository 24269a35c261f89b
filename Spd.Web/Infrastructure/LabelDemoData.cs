using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Security;
using Spd.Domain.Traceability;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): pack labels of the demo nurse's department to recover and count. Twelve packs of a packed
/// item are used on the ward over the last three weeks; a label stocktake ten days ago found three of the first four
/// labels and the nurse confirmed one lost; three later labels came back yesterday; five are still awaited — all
/// through the ledger, <see cref="LabelRecovery"/> and <see cref="LabelStocktakes"/> on a simulated clock, once.
/// </summary>
public static class LabelDemoData
{
    public const string DocumentNo = "DEMO-LABELS";

    private const int Packs = 12;
    private const int PackSize = 10;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.StockLedgerEntries.AnyAsync(e => e.DocumentType == StockDocumentType.Seed && e.DocumentNo == DocumentNo))
        {
            return;
        }

        var department = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).FirstOrDefaultAsync();
        var ward = await db.Warehouses.Include(w => w.Locations).Where(w => w.OwnerDepartmentId == department && w.Locations.Count > 0).OrderBy(w => w.Code).FirstOrDefaultAsync();
        var item = await db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Pack).OrderBy(i => i.Code).FirstOrDefaultAsync();
        if (department is not { } departmentId || ward is null || item is null)
        {
            return;
        }

        var shelf = new StockPosition(ward.Id, ward.Locations.OrderBy(l => l.Code).First().Id);
        var clock = new SimulatedClock(calendar.UtcNow.AddDays(-21));
        var lot = $"{calendar.Today.AddDays(-40):yyMMdd}";
        var first = await SerialNumbers.ReserveAsync(db, SerialNumbers.Pack, Packs);
        var units = Enumerable.Range(0, Packs).Select(i => new StockUnit
        {
            Code = InternalCode.FixedPack(first + i).Text, Kind = StockUnitKind.Pack, ItemId = item.Id, LotNumber = lot, ExpiryDate = calendar.Today.AddYears(2),
            Quantity = PackSize, DepartmentId = departmentId, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }).ToList();
        db.StockUnits.AddRange(units);
        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            await PostAsync(db, clock, "warehouse", new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = unit.ExpiryDate, Quantity = PackSize, UnitCost = item.UnitPrice,
                To = shelf, StockUnitId = unit.Id, DocumentType = StockDocumentType.Seed, DocumentNo = DocumentNo,
            });
        }

        await db.SaveChangesAsync();
        await ConsumeAsync(db, clock, shelf, units.Take(4), TimeSpan.FromDays(1));

        var keeper = new WorkflowActor("warehouse", new HashSet<string> { Roles.WarehouseKeeper });
        var nurse = new WorkflowActor("nurse", new HashSet<string> { Roles.DepartmentKeeper }, departmentId);
        clock.Set(calendar.UtcNow.AddDays(-10));
        var stocktakes = new LabelStocktakes(clock);
        var stocktake = (await stocktakes.OpenAsync(db, keeper, departmentId)).Stocktake!;
        foreach (var unit in units.Take(3))
        {
            await stocktakes.ScanAsync(db, keeper, stocktake.Id, unit.Code);
        }

        clock.Advance(TimeSpan.FromHours(2));
        await stocktakes.ConfirmAsync(db, nurse, stocktake.Id);

        clock.Set(calendar.UtcNow.AddDays(-8));
        await ConsumeAsync(db, clock, shelf, units.Skip(4), TimeSpan.FromHours(20));
        clock.Set(calendar.UtcNow.AddDays(-1));
        foreach (var unit in units.Skip(4).Take(3))
        {
            await new LabelRecovery(clock).RecoverAsync(db, keeper, unit.Code);
        }
    }

    /// <summary>Uses the packs one after another on the ward, as the consumption scan leaves them: gone, with the label awaited.</summary>
    private static async Task ConsumeAsync(SpdDbContext db, SimulatedClock clock, StockPosition shelf, IEnumerable<StockUnit> units, TimeSpan apart)
    {
        foreach (var unit in units)
        {
            clock.Advance(apart);
            await PostAsync(db, clock, "nurse", new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = unit.ItemId, LotNumber = unit.LotNumber, Quantity = unit.Quantity, From = shelf, StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Seed, DocumentNo = DocumentNo,
            });
            unit.LabelStatus = LabelStatus.Awaiting;
            unit.LabelChangedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
    }

    private static async Task PostAsync(SpdDbContext db, TimeProvider clock, string user, StockMove move)
    {
        var result = await new StockLedger(db, clock, user).PostAsync(move);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo pack movement was refused: {result.Errors[0].Message}");
        }
    }
}
