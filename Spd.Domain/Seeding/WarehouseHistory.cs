using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Seeding;

/// <param name="Months">How far back the history starts; it ends the day before <c>end</c>.</param>
/// <param name="ItemsPerCentral">Items each central warehouse stocks (a couple of them coded per piece).</param>
public sealed record WarehouseHistoryOptions(int Months = 12, int ItemsPerCentral = 24, int Seed = 20261122);

/// <summary>What a history run wrote.</summary>
public sealed record WarehouseHistoryReport(
    int Days, int StockedItems, int Plans, int Orders, int DeliveryNotes, int Receipts, int RefusedLines, int ShortLines, int Dispatches, int Stocktakes, int Recalls);

/// <summary>
/// Months of central-warehouse life written by the same domain services people use: each morning the
/// planner raises purchase plans and the equipment department approves them; suppliers confirm and
/// deliver through their ERP (a few lines short, a few lots too close to expiry, completed later);
/// the keeper receives, labels and puts away; departments draw stock several times a week and use it,
/// coded implants on named patients. Two zone stocktakes are counted and approved, and one lot is
/// recalled near the end. So the ledger, balances, orders and KPIs all agree, as they would in use.
/// </summary>
public sealed class WarehouseHistory(Func<SpdDbContext> contexts, WarehouseHistoryOptions options)
{
    private const string Planner = "system";
    private const string Keeper = "warehouse";
    private const string SupplierUser = "supplier-erp";

    private static readonly WorkflowActor Equipment = new("equipment", new HashSet<string> { Roles.EquipmentDept });
    private static readonly WorkflowActor KeeperActor = new(Keeper, new HashSet<string> { Roles.WarehouseKeeper });
    private static readonly WorkflowActor Finance = new("finance", new HashSet<string> { Roles.Finance });

    private readonly Random random = new(options.Seed);
    private readonly List<Stocked> stocked = [];
    private readonly Dictionary<int, List<int>> wardsOf = [];
    private readonly List<(int WarehouseId, int ItemId, long UnitId)> wardUnits = [];
    private SimulatedClock clock = null!;
    private int plans;
    private int orders;
    private int notes;
    private int receipts;
    private int refused;
    private int shorts;
    private int dispatches;
    private int stocktakes;
    private int recalls;
    private int patient;

    private sealed record Stocked(int WarehouseId, int ItemId, TrackingMode Tracking, int WeeklyDemand, int ShelfLifeMonths);

    /// <param name="end">The history stops the evening before this day (hospital time).</param>
    public async Task<WarehouseHistoryReport> RunAsync(DateOnly end, CancellationToken ct = default)
    {
        var start = end.AddMonths(-options.Months);
        clock = new SimulatedClock(At(start, 7));
        await RenewedCertificatesAsync(start, ct);
        await ChooseStockAsync(ct);
        var days = end.DayNumber - start.DayNumber;
        var stocktakeDays = new[] { days * 5 / 12, days * 11 / 12 };
        for (var day = 0; day < days; day++)
        {
            var date = start.AddDays(day);
            clock.Set(At(date, 7));
            await DispatchAsync(date, day, ct);
            clock.Set(At(date, 8));
            await PlanAsync(ct);
            clock.Set(At(date, 10));
            await DeliverAsync(date, ct);
            clock.Set(At(date, 14));
            await ReceiveAsync(date, ct);
            if (stocktakeDays.Contains(day))
            {
                clock.Set(At(date, 18));
                await StocktakeAsync(ct);
            }

            if (day == days - 3)
            {
                clock.Set(At(date, 19));
                await RecallAsync(ct);
            }
        }

        return new(days, stocked.Count, plans, orders, notes, receipts, refused, shorts, dispatches, stocktakes, recalls);
    }

    private static DateTimeOffset At(DateOnly date, int hour) =>
        new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private DateOnly Today => new BusinessCalendar(clock).Today;

    /// <summary>
    /// The generated hospital holds each supplier's current licences and yearly authorisation letters only; the
    /// history needs the ones they renewed, so each certificate that started after the history's first day
    /// gets its predecessor (superseded by it, as a renewal through the portal leaves it).
    /// </summary>
    private async Task RenewedCertificatesAsync(DateOnly start, CancellationToken ct)
    {
        await using var db = contexts();
        var renewed = await db.Certificates.Where(c => c.Status == CertificateStatus.Approved && c.ValidFrom > start && c.ReplacesCertificateId == null).ToListAsync(ct);
        var predecessors = renewed.Select(current => new Certificate
        {
            Type = current.Type,
            Number = current.Number + "-" + (current.ValidFrom!.Value.Year - 1),
            Issuer = current.Issuer,
            ValidFrom = start.AddYears(-1),
            ValidUntil = current.ValidFrom.Value.AddDays(-1),
            SupplierId = current.SupplierId,
            ManufacturerId = current.ManufacturerId,
            AuthorizingManufacturerId = current.AuthorizingManufacturerId,
            Status = CertificateStatus.Superseded,
        }).ToList();
        db.Certificates.AddRange(predecessors);
        await db.SaveChangesAsync(ct);
        foreach (var (current, previous) in renewed.Zip(predecessors))
        {
            current.ReplacesCertificateId = previous.Id;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Items every central warehouse keeps, with their levels and fixed locations: orderable today, most bulk, two coded per piece.</summary>
    private async Task ChooseStockAsync(CancellationToken ct)
    {
        await using var db = contexts();
        var centrals = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central && w.IsActive).OrderBy(w => w.Id).ToListAsync(ct);
        var candidates = await db.Items.AsNoTracking()
            .Include(i => i.Supplier!).ThenInclude(s => s.Certificates)
            .Include(i => i.Manufacturer!).ThenInclude(m => m.Certificates)
            .Where(i => i.Status == ItemStatus.Active && !i.IsConsignment && i.TrackingMode != TrackingMode.Pack)
            .OrderBy(i => i.Id)
            .ToListAsync(ct);
        var today = Today;
        var later = today.AddMonths(options.Months);
        var orderable = candidates.Where(i => CertificateCheck.ItemProblems(i, today).Count == 0 && CertificateCheck.ItemProblems(i, later).Count == 0).ToList();
        var bulk = orderable.Where(i => i.TrackingMode == TrackingMode.Bulk).ToList();
        var coded = orderable.Where(i => i.TrackingMode == TrackingMode.Unique).ToList();
        foreach (var (central, index) in centrals.Select((c, i) => (c, i)))
        {
            wardsOf[central.Id] = await db.Warehouses.Where(w => w.SupplyingWarehouseId == central.Id && w.Kind == WarehouseKind.Secondary)
                .OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(ct);
            var locations = await db.Locations.Where(l => l.WarehouseId == central.Id && l.IsActive).OrderBy(l => l.Code).ToListAsync(ct);
            var items = bulk.Skip(index * options.ItemsPerCentral).Take(options.ItemsPerCentral - 2)
                .Concat(coded.Skip(index * 2).Take(2))
                .ToList();
            foreach (var (item, position) in items.Select((item, i) => (item, i)))
            {
                var weekly = item.TrackingMode == TrackingMode.Unique ? random.Next(2, 5) : random.Next(3, 30) * Math.Max(1, item.PackQuantity);
                db.ReplenishmentSettings.Add(new ReplenishmentSetting
                {
                    WarehouseId = central.Id,
                    ItemId = item.Id,
                    FixedLocationId = locations[position % locations.Count].Id,
                    SafetyStock = weekly / 2,
                    MinLevel = weekly / 2,
                    ReorderPoint = weekly,
                    MaxLevel = weekly * 2,
                });
                stocked.Add(new(central.Id, item.Id, item.TrackingMode, weekly, item.ShelfLifeMonths ?? 60));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Each stocked item goes to a ward about twice a week, first expiry first out; coded pieces are used on patients.</summary>
    private async Task DispatchAsync(DateOnly date, int day, CancellationToken ct)
    {
        foreach (var (item, index) in stocked.Select((s, i) => (s, i)).Where(p => (day + p.i) % 3 == 0))
        {
            var wards = wardsOf[item.WarehouseId];
            if (wards.Count == 0)
            {
                continue;
            }

            var ward = wards[random.Next(wards.Count)];
            var quantity = Math.Max(1, (int)Math.Round(item.WeeklyDemand * (0.25 + random.NextDouble() * 0.35)));
            await using var db = contexts();
            var ledger = new StockLedger(db, clock, Keeper);
            var number = $"CK{date:yyyyMMdd}{index:0000}";
            if (item.Tracking == TrackingMode.Unique)
            {
                var units = await db.StockUnits
                    .Where(u => u.ItemId == item.ItemId && u.WarehouseId == item.WarehouseId && u.LocationId != null && u.Status == StockUnitStatus.InStock && u.State == StockState.Available)
                    .OrderBy(u => u.ExpiryDate).ThenBy(u => u.Id).Take(quantity).ToListAsync(ct);
                foreach (var unit in units)
                {
                    var moved = await ledger.PostAsync(new StockMove
                    {
                        Kind = StockMovementKind.Dispatch, ItemId = unit.ItemId, LotNumber = unit.LotNumber, Quantity = unit.Quantity,
                        From = new StockPosition(item.WarehouseId, unit.LocationId), To = new StockPosition(ward, null),
                        StockUnitId = unit.Id, DocumentType = StockDocumentType.Dispatch, DocumentNo = number,
                    }, ct);
                    if (moved.Succeeded)
                    {
                        wardUnits.Add((ward, unit.ItemId, unit.Id));
                    }
                }
            }
            else
            {
                var available = (await ledger.TakeableAsync(item.WarehouseId, item.ItemId, ct)).Where(l => l.Balance.LocationId != null).Sum(l => l.Takeable);
                if (available == 0)
                {
                    continue;
                }

                await ledger.TakeAsync(new TakeRequest
                {
                    Kind = StockMovementKind.Dispatch, WarehouseId = item.WarehouseId, ItemId = item.ItemId, Quantity = Math.Min(quantity, available),
                    To = new StockPosition(ward, null), DocumentType = StockDocumentType.Dispatch, DocumentNo = number,
                }, ct);
                await ledger.TakeAsync(new TakeRequest
                {
                    Kind = StockMovementKind.Consumption, WarehouseId = ward, ItemId = item.ItemId, Quantity = Math.Min(quantity, available),
                    DocumentType = StockDocumentType.Consumption, DocumentNo = number,
                }, ct);
            }

            if ((await StockLedger.SaveAsync(db, ct)).Count == 0)
            {
                dispatches++;
            }
        }

        await UseCodedPiecesAsync(date, ct);
    }

    /// <summary>Implants dispatched to a ward are used within days, each on a named patient (the trace a recall follows).</summary>
    private async Task UseCodedPiecesAsync(DateOnly date, CancellationToken ct)
    {
        if (wardUnits.Count == 0)
        {
            return;
        }

        await using var db = contexts();
        var ledger = new StockLedger(db, clock, "nurse");
        foreach (var (ward, itemId, unitId) in wardUnits.ToList())
        {
            var unit = await db.StockUnits.FirstAsync(u => u.Id == unitId, ct);
            var used = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = itemId, LotNumber = unit.LotNumber, Quantity = unit.Quantity,
                From = new StockPosition(ward, null), StockUnitId = unitId, DocumentType = StockDocumentType.Consumption,
                DocumentNo = $"XH{date:yyyyMMdd}{unitId % 10000:0000}", PatientId = $"P{date:yyMM}{++patient:00000}",
            }, ct);
            if (used.Succeeded)
            {
                wardUnits.Remove((ward, itemId, unitId));
            }
        }

        await StockLedger.SaveAsync(db, ct);
    }

    private async Task PlanAsync(CancellationToken ct)
    {
        IReadOnlyList<PurchasePlan> raised;
        await using (var db = contexts())
        {
            raised = await PurchasePlanner.GenerateAsync(db, clock, Planner, ct);
        }

        foreach (var plan in raised)
        {
            plans++;
            await using var db = contexts();
            orders += (await new PurchasePlanWorkflow(clock).ApproveAsync(db, plan.Id, plan.Version, Equipment, "按补货点自动生成，同意采购", ct)).Count;
        }
    }

    /// <summary>Suppliers confirm new orders and deliver what is still open; one line in twenty arrives short, one in forty with too little shelf life.</summary>
    private async Task DeliverAsync(DateOnly date, CancellationToken ct)
    {
        await using var read = contexts();
        var open = await read.PurchaseOrders.AsNoTracking().Include(o => o.Lines).ThenInclude(l => l.Item)
            .Where(o => o.Status == PurchaseOrderStatus.Published || o.Status == PurchaseOrderStatus.Confirmed || o.Status == PurchaseOrderStatus.PartiallyReceived)
            .Where(o => !read.DeliveryNotes.Any(n => n.PurchaseOrderId == o.Id && n.Status != DeliveryNoteStatus.Received))
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        var calendar = new BusinessCalendar(clock);
        foreach (var order in open)
        {
            if (order.Status == PurchaseOrderStatus.Published)
            {
                await using var db = contexts();
                await new SupplierOrders(calendar).ConfirmDeliveryDateAsync(db, order.SupplierId, order.Id, order.Version, date, SupplierUser, ct);
            }

            var lines = order.Lines.Where(l => l.ReceivedQuantity < l.Quantity)
                .Select(l => Line(l, date))
                .ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            await using var submit = contexts();
            var result = await new DeliveryNotes(calendar).SubmitFromErpAsync(submit, order.SupplierId,
                new DeliveryNoteSubmission(order.No, $"ERP-{order.No}-{date:MMdd}", date, "配送员 王师傅 13800000000", lines), SupplierUser, ct);
            if (result.Errors.Count == 0)
            {
                notes++;
            }
        }
    }

    private DeliveryNoteSubmissionLine Line(PurchaseOrderLine line, DateOnly date)
    {
        var shelfLife = stocked.FirstOrDefault(s => s.ItemId == line.ItemId)?.ShelfLifeMonths ?? 60;
        var produced = date.AddDays(-random.Next(20, 120));
        var expiry = random.Next(40) == 0 && shelfLife > 12 ? date.AddMonths(6) : produced.AddMonths(shelfLife);
        return new DeliveryNoteSubmissionLine(line.Id, null, line.Quantity - line.ReceivedQuantity, $"{produced:yyMMdd}{line.ItemId % 1000:000}", produced, expiry, line.Item!.RegistrationCertificateNo);
    }

    /// <summary>The keeper checks every submitted note (the label is read as printed), labels what is coded and puts everything away at its fixed location.</summary>
    private async Task ReceiveAsync(DateOnly date, CancellationToken ct)
    {
        await using var read = contexts();
        var submitted = await read.DeliveryNotes.AsNoTracking().Include(n => n.Lines)
            .Where(n => n.Status == DeliveryNoteStatus.Submitted).OrderBy(n => n.Id).ToListAsync(ct);
        foreach (var note in submitted)
        {
            int receiptId;
            await using (var db = contexts())
            {
                var started = await new Receiving(clock, new ReceivingOptions()).StartAsync(db, note.No, Keeper, ct);
                if (started.Value is null)
                {
                    continue;
                }

                receiptId = started.Value.Id;
                receipts++;
            }

            foreach (var line in note.Lines)
            {
                var arrived = random.Next(20) == 0 && line.Quantity > 1 ? line.Quantity * 2 / 3 : line.Quantity;
                await using var db = contexts();
                var verdict = await new Receiving(clock, new ReceivingOptions()).CheckLineAsync(db, receiptId,
                    new LineCheck { DeliveryNoteLineId = line.Id, LotNumber = line.LotNumber, ExpiryDate = line.ExpiryDate, ArrivedQuantity = arrived }, Keeper, ct);
                refused += verdict.Value is { RefusalCode: not null } ? 1 : 0;
                shorts += verdict.Value is { Short: true } ? 1 : 0;
            }

            await using (var db = contexts())
            {
                await new Labeling(clock).FinishAsync(db, receiptId, [], ct);
            }

            await PutAwayAsync(receiptId, ct);
        }
    }

    private async Task PutAwayAsync(int receiptId, CancellationToken ct)
    {
        IReadOnlyList<PutAwayReceipt> pending;
        await using (var db = contexts())
        {
            pending = await PutAway.PendingAsync(db, receiptId, ct);
        }

        foreach (var line in pending.SelectMany(r => r.Lines).Where(l => l.Left > 0 && l.Suggested is not null))
        {
            if (line.CodedLeft > 0)
            {
                List<string> codes;
                await using (var db = contexts())
                {
                    codes = await db.StockUnits.Where(u => u.ReceiptLineId == line.ReceiptLineId && u.LocationId == null && u.Status == StockUnitStatus.InStock)
                        .Select(u => u.Code).ToListAsync(ct);
                }

                foreach (var code in codes)
                {
                    await using var db = contexts();
                    await new PutAway(clock).PutUnitAsync(db, receiptId, line.Suggested!.Id, code, true, Keeper, ct);
                }
            }

            if (line.LooseLeft > 0)
            {
                await using var db = contexts();
                await new PutAway(clock).PutQuantityAsync(db, receiptId, line.ReceiptLineId, line.Suggested!.Id, line.LooseLeft, true, Keeper, ct);
            }
        }
    }

    /// <summary>A zone count of the first central warehouse: the keeper counts, two lines differ, the equipment department and finance approve.</summary>
    private async Task StocktakeAsync(CancellationToken ct)
    {
        var centralId = stocked[0].WarehouseId;
        string? zone;
        await using (var db = contexts())
        {
            zone = await db.StockBalances.Where(b => b.WarehouseId == centralId && b.Quantity > 0 && b.LocationId != null)
                .Select(b => b.Location!.Zone).OrderBy(z => z).FirstOrDefaultAsync(ct);
        }

        if (zone is null)
        {
            return;
        }

        var workflow = new StocktakeWorkflow(clock);
        Stocktake stocktake;
        await using (var db = contexts())
        {
            stocktake = await workflow.OpenAsync(db, centralId, zone, KeeperActor, ct);
        }

        List<StocktakeLine> lines;
        await using (var db = contexts())
        {
            lines = await db.StocktakeLines.AsNoTracking().Where(l => l.StocktakeId == stocktake.Id).OrderBy(l => l.Id).ToListAsync(ct);
        }

        var counting = new StocktakeCounting(clock);
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var counted = index == 1 ? Math.Max(0, line.BookQuantity - 2) : index == 3 ? line.BookQuantity + 1 : line.BookQuantity;
            await using var db = contexts();
            await counting.SetCountAsync(db, stocktake.Id, line.Id, counted, KeeperActor, ct);
        }

        foreach (var step in new Func<SpdDbContext, int, Task>[]
        {
            (db, version) => workflow.SubmitAsync(db, stocktake.Id, version, KeeperActor, "盘点完成", ct),
            (db, version) => workflow.EquipmentApproveAsync(db, stocktake.Id, version, Equipment, "差异已核实", ct),
            (db, version) => workflow.FinanceApproveAsync(db, stocktake.Id, version, Finance, "同意调账", ct),
        })
        {
            await using var db = contexts();
            var version = await db.Stocktakes.Where(s => s.Id == stocktake.Id).Select(s => s.Version).FirstAsync(ct);
            await step(db, version);
        }

        stocktakes++;
    }

    /// <summary>The manufacturer recalls the oldest lot of a coded item that patients have already received.</summary>
    private async Task RecallAsync(CancellationToken ct)
    {
        await using var db = contexts();
        var used = await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.Kind == StockMovementKind.Consumption && e.PatientId != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.ItemId, e.LotNumber })
            .FirstOrDefaultAsync(ct);
        if (used is null)
        {
            return;
        }

        var result = await Recalls.StartAsync(db, clock, "equipment",
            new RecallDraft(RecallKind.Recall, used.ItemId, null, null, used.LotNumber, "生产企业主动召回：部分产品包装密封不良（二级召回）"), ct);
        recalls += result.Succeeded ? 1 : 0;
    }
}
