using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): the distribution screens' first day, written through the domain services on a
/// simulated clock. Stock of two bulk items and a coded item in the central warehouse that supplies the demo
/// nurse's ward; a dispatch received three days ago whose signed note came back, with a return of part of it;
/// a dispatch on its way now, for the nurse to receive on the handheld; and one requisition waiting for a wave.
/// Runs once (marked by its ledger document).
/// </summary>
public static class DistributionDemoData
{
    /// <summary>The ledger document of this demo step.</summary>
    public const string DocumentNo = "DEMO-DISTRIBUTION";

    /// <summary>Who is bringing the dispatch that is on its way to the nurse's ward.</summary>
    public const string Courier = "李师傅";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited);
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.StockLedgerEntries.AnyAsync(e => e.DocumentType == StockDocumentType.Seed && e.DocumentNo == DocumentNo))
        {
            return;
        }

        var nurseDepartment = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).FirstOrDefaultAsync();
        var ward = await db.Warehouses.AsNoTracking()
            .FirstOrDefaultAsync(w => w.OwnerDepartmentId == nurseDepartment && w.Kind == WarehouseKind.Secondary && w.SupplyingWarehouseId != null);
        var shelves = ward is null ? [] : await db.Locations.AsNoTracking()
            .Where(l => l.WarehouseId == ward.SupplyingWarehouseId && l.IsActive && l.Zone != StocktakeDemoData.Zone)
            .OrderByDescending(l => l.Code).Take(3).ToListAsync();
        // Items the other demo steps do not stock, so that their screens and tests keep their own numbers.
        var bulk = await db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Bulk && i.ManagementMode == ManagementMode.StockManaged)
            .OrderBy(i => i.Code).Skip(5).Take(2).ToListAsync();
        var coded = await db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Unique && i.ManagementMode == ManagementMode.StockManaged)
            .OrderByDescending(i => i.Code).FirstOrDefaultAsync();
        if (ward is null || shelves.Count < 3 || bulk.Count < 2 || coded is null)
        {
            return;
        }

        var today = calendar.Today;
        var clock = new SimulatedClock(new DateTimeOffset(calendar.UtcNow.AddDays(-3).AddHours(-2), TimeSpan.Zero));
        var central = ward.SupplyingWarehouseId!.Value;
        await StockCentralAsync(db, clock, central, shelves, bulk, coded, today);

        // Three days ago: a normal requisition, picked, dispatched and signed for; its signed note came back the next day.
        var received = await RequisitionAsync(factory, clock, ward, [(bulk[0], 30), (bulk[1], 20), (coded, 1)], DispatchPriority.Normal);
        var done = await WaveAndDispatchAsync(factory, clock, central, received, "王师傅");
        clock.Advance(TimeSpan.FromHours(2));
        await using (var step = await factory.CreateDbContextAsync())
        {
            Check((await new DepartmentReceiving(clock).SignAsync(step, done.Id, [], nurseDepartment, "nurse")).Errors);
        }

        clock.Advance(TimeSpan.FromDays(1));
        await using (var step = await factory.CreateDbContextAsync())
        {
            Check((await new DispatchWorkflow(clock).ReturnSignedNoteAsync(step, done.No, "warehouse")).Errors);
        }

        // Part of it goes back: packaging damaged (质量问题), waiting for the central warehouse to collect it.
        await using (var step = await factory.CreateDbContextAsync())
        {
            var lot = await step.StockBalances.AsNoTracking()
                .Where(b => b.WarehouseId == ward.Id && b.ItemId == bulk[1].Id && b.State == StockState.Available && b.Quantity >= 5)
                .OrderBy(b => b.Id).FirstAsync();
            var draft = new ReturnDraft(ward.Id, ReturnReason.Quality, ReturnDestination.CentralWarehouse, "外包装破损，无菌屏障受损",
                [new ReturnDraftLine(bulk[1].Id, lot.LotNumber, lot.OwnerSupplierId, lot.LocationId, null, 5)]) { DispatchId = done.Id };
            Check((await new DepartmentReturns(clock).SubmitAsync(step, draft, nurseDepartment, "nurse")).Errors);
        }

        // Now: an emergency requisition on its way to the ward, for the nurse to receive; and one waiting for the next wave.
        clock.Set(calendar.UtcNow.AddHours(-1));
        var urgent = await RequisitionAsync(factory, clock, ward, [(bulk[0], 10), (coded, 2)], DispatchPriority.Emergency);
        await WaveAndDispatchAsync(factory, clock, central, urgent, Courier);
        clock.Advance(TimeSpan.FromMinutes(30));
        await RequisitionAsync(factory, clock, ward, [(bulk[1], 40)], DispatchPriority.Normal);
    }

    private static async Task StockCentralAsync(SpdDbContext db, TimeProvider clock, int central, IReadOnlyList<Location> shelves, IReadOnlyList<Item> bulk, Item coded, DateOnly today)
    {
        var ledger = new StockLedger(db, clock, "warehouse");
        var serial = await SerialNumbers.ReserveAsync(db, SerialNumbers.Piece, 5);
        var units = Enumerable.Range(0, 5).Select(i => new StockUnit
        {
            Code = InternalCode.Piece(serial + i).Text, Kind = StockUnitKind.Piece, ItemId = coded.Id, LotNumber = "D2409" + (i < 2 ? "A" : "B"),
            ExpiryDate = today.AddMonths(i < 2 ? 10 : 20), Serial = $"SN{serial + i:000000}", CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }).ToList();
        db.StockUnits.AddRange(units);
        await db.SaveChangesAsync();

        // Two lots of the first bulk item on different shelves, the nearer expiry on the later shelf: FEFO picks across them.
        (Item Item, Location Shelf, string Lot, DateOnly Expiry, int Quantity, StockUnit? Unit)[] stock =
        [
            (bulk[0], shelves[0], "D240811", today.AddYears(2), 120, null),
            (bulk[0], shelves[1], "D240503", today.AddMonths(7), 25, null),
            (bulk[1], shelves[1], "D240702", today.AddMonths(18), 150, null),
            .. units.Select(u => (coded, shelves[2], u.LotNumber, u.ExpiryDate!.Value, 1, (StockUnit?)u)),
        ];
        foreach (var (item, shelf, lot, expiry, quantity, unit) in stock)
        {
            Check((await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = item.Id, LotNumber = lot, ExpiryDate = expiry, Quantity = quantity, UnitCost = item.UnitPrice,
                To = new StockPosition(central, shelf.Id), StockUnitId = unit?.Id, DocumentType = StockDocumentType.Seed, DocumentNo = DocumentNo,
            })).Errors);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<Requisition> RequisitionAsync(IDbContextFactory<SpdDbContext> factory, TimeProvider clock, Warehouse ward,
        IReadOnlyList<(Item Item, int Quantity)> lines, DispatchPriority priority)
    {
        await using var db = await factory.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var requisition = new Requisition
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Requisition, new BusinessCalendar(clock).Today),
            Kind = RequisitionKind.Temporary,
            Status = RequisitionStatus.Submitted,
            Priority = priority,
            DepartmentId = ward.OwnerDepartmentId!.Value,
            WarehouseId = ward.Id,
            SupplyingWarehouseId = ward.SupplyingWarehouseId!.Value,
            Reason = priority == DispatchPriority.Emergency ? "急诊手术加台" : "病区临时补充",
            RequestedBy = "nurse",
            CreatedUtc = now,
            SubmittedUtc = now,
            Lines = [.. lines.Select(l => new RequisitionLine { ItemId = l.Item.Id, Quantity = l.Quantity, ApprovedQuantity = l.Quantity })],
        };
        db.Requisitions.Add(requisition);
        await db.SaveChangesAsync();
        return requisition;
    }

    /// <summary>A wave for the requisition, every line checked by its code, the note printed and the goods dispatched.</summary>
    private static async Task<Dispatch> WaveAndDispatchAsync(IDbContextFactory<SpdDbContext> factory, SimulatedClock clock, int central, Requisition requisition, string courier)
    {
        await using (var db = await factory.CreateDbContextAsync())
        {
            Check((await new WavePlanner(clock).CreateWavesAsync(db, central, "warehouse", [requisition.Id])).Errors);
        }

        Dispatch dispatch;
        await using (var db = await factory.CreateDbContextAsync())
        {
            dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Lines).ThenInclude(l => l.StockUnit).Include(d => d.Lines).ThenInclude(l => l.Item)
                .SingleAsync(d => d.RequisitionId == requisition.Id);
        }

        foreach (var line in dispatch.Lines)
        {
            clock.Advance(TimeSpan.FromMinutes(2));
            await using var db = await factory.CreateDbContextAsync();
            var result = await new PickCheck(clock).CheckAsync(db, dispatch.Id, line.StockUnit?.Code ?? line.Item!.Code, line.LocationId);
            Check(result.Problem is null ? [] : [result.Problem]);
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        await using (var db = await factory.CreateDbContextAsync())
        {
            await new DispatchWorkflow(clock).MarkPrintedAsync(db, dispatch.Id);
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Check((await new DispatchWorkflow(clock).DispatchAsync(db, dispatch.Id, courier, $"ZZX-{dispatch.Id:000}", "warehouse")).Errors);
        }

        return dispatch;
    }

    private static void Check(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Distribution demo data was refused: {errors[0].Code} {string.Format(System.Globalization.CultureInfo.InvariantCulture, errors[0].Message, errors[0].Arguments)}");
        }
    }
}
