using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record PurchaseOrderRow(
    int Id,
    string No,
    int SupplierId,
    string SupplierName,
    string WarehouseName,
    Urgency Urgency,
    PurchaseOrderStatus Status,
    DateTime CreatedUtc,
    DateTime DueUtc,
    DateOnly? ConfirmedDeliveryDate,
    int LineCount,
    int ShortLineCount);

/// <param name="SupplierId">One supplier's orders; a supplier user is always held to its own by the caller.</param>
public sealed record PurchaseOrderFilter(int? SupplierId = null, PurchaseOrderStatus? Status = null, Urgency? Urgency = null, string? Search = null);

public sealed record PurchaseOrderLineView(
    long Id,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    int Quantity,
    decimal UnitPrice,
    int DeliveredQuantity,
    int ReceivedQuantity,
    int RefusedQuantity,
    bool Short,
    DateTime? ShortFlaggedUtc,
    DateTime? ShortClearedUtc,
    string? ShortNote);

/// <summary>One order as the detail screen and <c>GET /api/v1/purchase-orders/{id}</c> show it.</summary>
public sealed record PurchaseOrderView(
    int Id,
    string No,
    int SupplierId,
    string SupplierName,
    int WarehouseId,
    string WarehouseName,
    int? PurchasePlanId,
    string? PurchasePlanNo,
    Urgency Urgency,
    PurchaseOrderStatus Status,
    DateTime CreatedUtc,
    DateTime DueUtc,
    DateOnly? ConfirmedDeliveryDate,
    DateTime? ConfirmedUtc,
    string? ConfirmedBy,
    IReadOnlyList<PurchaseOrderLineView> Lines)
{
    public decimal Amount => Lines.Sum(l => l.Quantity * l.UnitPrice);
}

/// <summary>The purchase orders behind the orders screen and <c>GET /api/v1/purchase-orders</c>.</summary>
public static class PurchaseOrderList
{
    public static readonly SortKeys<PurchaseOrder> Sorts = SortKeys<PurchaseOrder>.ThenBy(o => o.Id)
        .Add("createdUtc", o => o.CreatedUtc)
        .Add("no", o => o.No)
        .Add("supplierName", o => o.Supplier!.NameInitials + o.Supplier.Name)
        .Add("dueUtc", o => o.DueUtc)
        .Add("status", o => o.Status)
        .Add("urgency", o => o.Urgency);

    /// <summary>Newest first unless another column is chosen; the search matches the order number.</summary>
    public static Task<PagedResult<PurchaseOrderRow>> QueryAsync(
        SpdDbContext db, PurchaseOrderFilter filter, PageRequest page, string? sortBy = null, bool descending = true, CancellationToken cancellationToken = default)
    {
        var orders = db.PurchaseOrders.AsNoTracking();
        if (filter.SupplierId is { } supplierId)
        {
            orders = orders.Where(o => o.SupplierId == supplierId);
        }

        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (filter.Urgency is { } urgency)
        {
            orders = orders.Where(o => o.Urgency == urgency);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            orders = orders.Where(o => o.No.Contains(text));
        }

        return orders
            .SortBy(Sorts, sortBy, descending)
            .Select(o => new PurchaseOrderRow(
                o.Id, o.No, o.SupplierId, o.Supplier!.Name, o.Warehouse!.Name, o.Urgency, o.Status, o.CreatedUtc, o.DueUtc, o.ConfirmedDeliveryDate,
                o.Lines.Count, o.Lines.Count(l => l.Short)))
            .ToPagedAsync(page, cancellationToken);
    }

    /// <param name="supplierId">When given, another supplier's order is not found.</param>
    public static async Task<PurchaseOrderView?> FindAsync(SpdDbContext db, int id, int? supplierId = null, CancellationToken cancellationToken = default)
    {
        var orders = db.PurchaseOrders.AsNoTracking().Where(o => o.Id == id);
        if (supplierId is { } only)
        {
            orders = orders.Where(o => o.SupplierId == only);
        }

        var order = await orders
            .Select(o => new
            {
                o.Id, o.No, o.SupplierId, SupplierName = o.Supplier!.Name, o.WarehouseId, WarehouseName = o.Warehouse!.Name, o.PurchasePlanId,
                PlanNo = db.PurchasePlans.Where(p => p.Id == o.PurchasePlanId).Select(p => p.No).FirstOrDefault(),
                o.Urgency, o.Status, o.CreatedUtc, o.DueUtc, o.ConfirmedDeliveryDate, o.ConfirmedUtc, o.ConfirmedBy,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return null;
        }

        var lines = await db.PurchaseOrderLines.AsNoTracking()
            .Where(l => l.PurchaseOrderId == id)
            .OrderBy(l => l.Item!.Code)
            .Select(l => new PurchaseOrderLineView(
                l.Id, l.ItemId, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Unit, l.Quantity, l.UnitPrice,
                l.DeliveredQuantity, l.ReceivedQuantity, l.RefusedQuantity, l.Short, l.ShortFlaggedUtc, l.ShortClearedUtc, l.ShortNote))
            .ToListAsync(cancellationToken);
        return new PurchaseOrderView(
            order.Id, order.No, order.SupplierId, order.SupplierName, order.WarehouseId, order.WarehouseName, order.PurchasePlanId, order.PlanNo,
            order.Urgency, order.Status, order.CreatedUtc, order.DueUtc, order.ConfirmedDeliveryDate, order.ConfirmedUtc, order.ConfirmedBy, lines);
    }
}
