using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

/// <summary>
/// The quantities of an order line as the supplier and the warehouse see them. What is still to deliver
/// is the ordered quantity less what was received and less what is on its way: the part of submitted
/// delivery notes the warehouse has neither accepted nor refused yet. Drafts do not count; refused goods
/// are open again.
/// </summary>
public static class PurchaseOrderLines
{
    /// <summary>Order statuses in which the supplier delivers, flags shortages and confirms nothing further.</summary>
    public static readonly IReadOnlyList<PurchaseOrderStatus> OpenStatuses =
        [PurchaseOrderStatus.Published, PurchaseOrderStatus.Confirmed, PurchaseOrderStatus.PartiallyReceived];

    /// <summary>Delivery notes whose goods are on their way or being checked.</summary>
    public static readonly IReadOnlyList<DeliveryNoteStatus> PendingNoteStatuses = [DeliveryNoteStatus.Submitted, DeliveryNoteStatus.Receiving];

    public static bool IsOpen(PurchaseOrderStatus status) => OpenStatuses.Contains(status);

    /// <summary>Per order line, the quantity on submitted notes not yet accepted or refused (lines with none are absent).</summary>
    public static async Task<IReadOnlyDictionary<long, int>> OnTheWayAsync(SpdDbContext db, IReadOnlyCollection<long> orderLineIds, CancellationToken cancellationToken = default)
    {
        if (orderLineIds.Count == 0)
        {
            return new Dictionary<long, int>();
        }

        var pending = PendingNoteStatuses.ToList();
        return await db.DeliveryNoteLines.AsNoTracking()
            .Where(l => orderLineIds.Contains(l.PurchaseOrderLineId) && pending.Contains(l.DeliveryNote!.Status))
            .GroupBy(l => l.PurchaseOrderLineId)
            .Select(g => new
            {
                g.Key,
                Quantity = g.Sum(l => l.Quantity - l.AcceptedQuantity - l.RefusedQuantity > 0 ? l.Quantity - l.AcceptedQuantity - l.RefusedQuantity : 0),
            })
            .ToDictionaryAsync(x => x.Key, x => x.Quantity, cancellationToken);
    }

    /// <summary>What the supplier may still put on a delivery note: ordered − received − on its way.</summary>
    public static int ToDeliver(PurchaseOrderLine line, int onTheWay) => Math.Max(0, line.Quantity - line.ReceivedQuantity - onTheWay);

    public static bool IsComplete(PurchaseOrderLine line) => line.ReceivedQuantity >= line.Quantity;

    /// <summary>
    /// Called by receiving after it raised <see cref="PurchaseOrderLine.ReceivedQuantity"/>: a short line
    /// that is now complete loses its flag and records when (the stock-out KPI measures flagged → cleared).
    /// </summary>
    /// <returns>Whether the flag was cleared.</returns>
    public static bool ClearShortIfComplete(PurchaseOrderLine line, DateTime nowUtc)
    {
        if (!line.Short || !IsComplete(line))
        {
            return false;
        }

        line.Short = false;
        line.ShortClearedUtc = nowUtc;
        return true;
    }
}
