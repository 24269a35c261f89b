using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): one published purchase order with two lines for the demo <c>supplier</c>
/// user's company, so that its portal has an order to confirm and deliver before purchase plans have
/// produced any. Written once, when that supplier has no order at all.
/// </summary>
public static class PortalDemoData
{
    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        var supplierId = await db.Users.Where(u => u.UserName == "supplier").Select(u => u.SupplierId).FirstOrDefaultAsync();
        if (supplierId is not { } own || await db.PurchaseOrders.AnyAsync(o => o.SupplierId == own))
        {
            return;
        }

        var items = await db.Items.Where(i => i.SupplierId == own && i.Status == ItemStatus.Active && i.RegistrationCertificateNo != null)
            .OrderBy(i => i.Id).Take(2).ToListAsync();
        var warehouseId = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).OrderBy(w => w.Id).Select(w => (int?)w.Id).FirstOrDefaultAsync();
        if (items.Count < 2 || warehouseId is null)
        {
            return;
        }

        var created = calendar.UtcNow.AddHours(-2);
        db.PurchaseOrders.Add(new PurchaseOrder
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchaseOrder, DateOnly.FromDateTime(calendar.ToLocal(created))),
            SupplierId = own,
            WarehouseId = warehouseId.Value,
            Urgency = Urgency.Normal,
            Status = PurchaseOrderStatus.Published,
            CreatedUtc = created,
            DueUtc = created.AddHours(24),
            ChangedUtc = created,
            Lines =
            [
                new PurchaseOrderLine { ItemId = items[0].Id, Quantity = 40, UnitPrice = items[0].UnitPrice },
                new PurchaseOrderLine { ItemId = items[1].Id, Quantity = 120, UnitPrice = items[1].UnitPrice },
            ],
        });
        await db.SaveChangesAsync();
    }
}
