using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): one submitted delivery note for the central warehouse to receive, from a
/// supplier whose certificates are all in date (not the demo portal users' companies, whose orders are
/// theirs to play with). Its three lines show the receiving rules: a uniquely coded item that passes, a
/// lot that expires too soon, and packed goods that the keeper will find short; the packed item gets
/// pack definitions for two departments. Written once, recognised by its courier line.
/// </summary>
public static class ReceivingDemoData
{
    public const string Courier = "验收演示 · 王师傅 139 0000 1234";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.DeliveryNotes.AnyAsync(n => n.Courier == Courier))
        {
            return;
        }

        var warehouse = await db.Warehouses.AsNoTracking().Where(w => w.Kind == WarehouseKind.Central && w.IsActive).OrderBy(w => w.Id).FirstOrDefaultAsync();
        var today = calendar.Today;
        var lines = warehouse is null ? null : await PickItemsAsync(db, today);
        if (warehouse is null || lines is null)
        {
            return;
        }

        var (coded, tooSoon, packed) = lines.Value;
        var created = calendar.UtcNow.AddHours(-20);
        var order = new PurchaseOrder
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchaseOrder, DateOnly.FromDateTime(calendar.ToLocal(created))),
            SupplierId = coded.SupplierId,
            WarehouseId = warehouse.Id,
            Urgency = Urgency.Normal,
            Status = PurchaseOrderStatus.Confirmed,
            CreatedUtc = created,
            DueUtc = created.AddHours(24),
            ConfirmedDeliveryDate = today,
            ConfirmedUtc = created.AddHours(2),
            ConfirmedBy = "supplier-demo",
            ChangedUtc = created.AddHours(2),
            Lines =
            [
                new PurchaseOrderLine { ItemId = coded.Id, Quantity = 3, DeliveredQuantity = 3, UnitPrice = coded.UnitPrice },
                new PurchaseOrderLine { ItemId = tooSoon.Id, Quantity = 100, DeliveredQuantity = 100, UnitPrice = tooSoon.UnitPrice },
                new PurchaseOrderLine { ItemId = packed.Id, Quantity = 200, DeliveredQuantity = 200, UnitPrice = packed.UnitPrice },
            ],
        };
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();

        var submitted = calendar.UtcNow.AddHours(-1);
        var soon = tooSoon.ShelfLifeMonths > 12 ? today.AddMonths(6) : today.AddDays(10);
        db.DeliveryNotes.Add(new DeliveryNote
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DeliveryNote, today),
            SupplierId = order.SupplierId,
            PurchaseOrderId = order.Id,
            Status = DeliveryNoteStatus.Submitted,
            Source = DeliveryNoteSource.Portal,
            DeliveryDate = today,
            Courier = Courier,
            CreatedUtc = submitted.AddMinutes(-30),
            SubmittedUtc = submitted,
            SubmittedBy = "supplier-demo",
            Lines =
            [
                Line(order.Lines[0], coded, 3, $"{today:yyMMdd}A1", today.AddYears(2)),
                Line(order.Lines[1], tooSoon, 100, $"{today.AddMonths(-18):yyMMdd}B7", soon),
                Line(order.Lines[2], packed, 200, $"{today:yyMMdd}C3", today.AddYears(2)),
            ],
        });
        await AddPackDefinitionsAsync(db, packed, warehouse.CampusId, calendar.UtcNow);
        await db.SaveChangesAsync();
    }

    private static DeliveryNoteLine Line(PurchaseOrderLine orderLine, Item item, int quantity, string lot, DateOnly expiry) => new()
    {
        PurchaseOrderLineId = orderLine.Id,
        ItemId = item.Id,
        Quantity = quantity,
        LotNumber = lot,
        ProductionDate = item.ShelfLifeMonths is { } months ? expiry.AddMonths(-months) : null,
        ExpiryDate = expiry,
        RegistrationCertificateNo = item.RegistrationCertificateNo,
    };

    /// <summary>
    /// Three eligible items of the supplier offering the most tracking modes: one coded per piece if it has
    /// one, one with a shelf life (its lot will be too short), one packed if it has one.
    /// </summary>
    private static async Task<(Item Coded, Item TooSoon, Item Packed)?> PickItemsAsync(SpdDbContext db, DateOnly today)
    {
        var portalSuppliers = await db.Users.Where(u => u.SupplierId != null).Select(u => u.SupplierId!.Value).ToListAsync();
        var suppliers = (await db.Suppliers.AsNoTracking()
                .Include(s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
                .Where(s => s.IsActive && !portalSuppliers.Contains(s.Id))
                .OrderBy(s => s.Id)
                .ToListAsync())
            .Where(s => CertificateCheck.SupplierProblems(s, today).Count == 0)
            .ToDictionary(s => s.Id);
        var ids = suppliers.Keys.ToList();
        var items = await db.Items.AsNoTracking()
            .Include(i => i.Manufacturer!).ThenInclude(m => m.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .Where(i => i.Status == ItemStatus.Active && ids.Contains(i.SupplierId))
            .OrderBy(i => i.Id)
            .ToListAsync();
        foreach (var item in items)
        {
            item.Supplier = suppliers[item.SupplierId];
        }

        var best = items.Where(i => CertificateCheck.ItemProblems(i, today).Count == 0)
            .GroupBy(i => i.SupplierId)
            .Where(g => g.Count() >= 3 && g.Any(i => i.ShelfLifeMonths is not null))
            .OrderByDescending(g => g.Select(i => i.TrackingMode).Distinct().Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault()?.ToList();
        if (best is null)
        {
            return null;
        }

        var coded = best.FirstOrDefault(i => i.TrackingMode == TrackingMode.Unique) ?? best[0];
        var tooSoon = best.FirstOrDefault(i => i.ShelfLifeMonths is not null && i != coded && i.TrackingMode != TrackingMode.Pack)
            ?? best.FirstOrDefault(i => i.ShelfLifeMonths is not null && i != coded)
            ?? best.First(i => i != coded);
        var packed = best.FirstOrDefault(i => i.TrackingMode == TrackingMode.Pack && i != coded && i != tooSoon) ?? best.First(i => i != coded && i != tooSoon);
        return (coded, tooSoon, packed);
    }

    private static async Task AddPackDefinitionsAsync(SpdDbContext db, Item packed, int campusId, DateTime now)
    {
        if (packed.TrackingMode != TrackingMode.Pack)
        {
            return;
        }

        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.CampusId == campusId && d.Type == DepartmentType.Clinical && d.IsActive)
            .OrderBy(d => d.Code).Select(d => d.Id).Take(2).ToListAsync();
        var defined = await db.PackDefinitions.Where(p => p.ItemId == packed.Id).Select(p => p.DepartmentId).ToListAsync();
        int[] sizes = [20, 50];
        for (var i = 0; i < departments.Count; i++)
        {
            if (!defined.Contains(departments[i]))
            {
                db.PackDefinitions.Add(new PackDefinition { DepartmentId = departments[i], ItemId = packed.Id, PackSize = sizes[i], ChangedUtc = now });
            }
        }
    }
}
