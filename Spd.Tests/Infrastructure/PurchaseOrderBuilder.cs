using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Tests.Infrastructure;

/// <summary>
/// Published purchase orders written straight into the database, as purchase plan approval will publish
/// them: one supplier, one warehouse, lines with quantity and price.
/// </summary>
public static class PurchaseOrderBuilder
{
    public static async Task<PurchaseOrder> AddPublishedAsync(
        SpdDbContext db, int supplierId, int warehouseId, DateTime createdUtc, params (Item Item, int Quantity)[] lines)
    {
        var order = new PurchaseOrder
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchaseOrder, DateOnly.FromDateTime(createdUtc)),
            SupplierId = supplierId,
            WarehouseId = warehouseId,
            Urgency = Urgency.Normal,
            Status = PurchaseOrderStatus.Published,
            CreatedUtc = createdUtc,
            DueUtc = createdUtc.AddHours(24),
            ChangedUtc = createdUtc,
            Lines = [.. lines.Select(l => new PurchaseOrderLine { ItemId = l.Item.Id, Quantity = l.Quantity, UnitPrice = l.Item.UnitPrice })],
        };
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }
}
