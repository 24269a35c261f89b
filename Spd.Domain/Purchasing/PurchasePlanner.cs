using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Purchasing;

/// <summary>
/// 采购计划 (DOMAIN.md §4.2): raises one plan per central warehouse (in the hospital or off-site) for
/// the items that fell to their reorder point, merged with what the secondary warehouses it supplies
/// need. Run by the hourly job and by the plans page's button; a second run plans nothing twice.
/// </summary>
/// <remarks>
/// Per central warehouse C and item with a setting in C:
/// <list type="bullet">
/// <item>on hand = available stock in C (hospital-owned and consignment); on order = what open purchase
/// orders to C still have to deliver (quantity − received; orders not received, closed or cancelled)
/// plus the open lines of C's plans waiting for approval — so a plan not yet decided counts as ordered.</item>
/// <item>position = on hand + on order. Central demand = max − position when position ≤ reorder point, else 0.</item>
/// <item>Secondary demand: each warehouse supplied by C with a setting for the item and on hand ≤ its
/// reorder point is short of (its max − its on hand). C can hand out what it holds above its own
/// reorder point without needing an order for itself: spare = max(0, position − reorder point).
/// Secondary demand = max(0, total shortfall − spare).</item>
/// <item>Quantity = central + secondary demand rounded up to whole packs (<see cref="Item.PackQuantity"/>); no line when it is 0.</item>
/// <item>Urgent (delivery within 8 h) when C's on hand is below its safety stock, or when the line carries
/// secondary demand for a warehouse below its own safety stock; normal (24 h) otherwise.</item>
/// </list>
/// Items that are not active are not planned. The supplier is the item's main supplier; whether it may
/// be ordered from is checked at approval (<see cref="PurchasePlanWorkflow.ApproveAsync"/>).
/// </remarks>
public static class PurchasePlanner
{
    public const string PlanCreatedMessage = "Notification.PurchasePlanCreated";

    private static readonly PurchaseOrderStatus[] FinishedOrders = [PurchaseOrderStatus.Received, PurchaseOrderStatus.Closed, PurchaseOrderStatus.Cancelled];

    /// <summary>By when the supplier delivers: 8 h for an urgent warning, 24 h for a normal one.</summary>
    public static TimeSpan DeliveryTime(Urgency urgency) => urgency == Urgency.Urgent ? TimeSpan.FromHours(8) : TimeSpan.FromHours(24);

    /// <summary>Rounds a quantity in base units up to whole packs.</summary>
    public static int WholePacks(int quantity, int packQuantity)
    {
        var pack = Math.Max(1, packQuantity);
        return (quantity + pack - 1) / pack * pack;
    }

    /// <returns>The plans written, none when nothing is needed.</returns>
    public static async Task<IReadOnlyList<PurchasePlan>> GenerateAsync(SpdDbContext db, TimeProvider clock, string userName, CancellationToken cancellationToken = default)
    {
        var calendar = new BusinessCalendar(clock);
        var now = calendar.UtcNow;
        var centrals = await db.Warehouses.AsNoTracking()
            .Where(w => w.IsActive && (w.Kind == WarehouseKind.Central || w.Kind == WarehouseKind.OffSite))
            .OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.Name })
            .ToListAsync(cancellationToken);
        var centralIds = centrals.Select(w => w.Id).ToList();
        var suppliedBy = await db.Warehouses.AsNoTracking()
            .Where(w => w.IsActive && w.SupplyingWarehouseId != null && centralIds.Contains(w.SupplyingWarehouseId.Value))
            .ToDictionaryAsync(w => w.Id, w => w.SupplyingWarehouseId!.Value, cancellationToken);
        var warehouseIds = centralIds.Concat(suppliedBy.Keys).ToList();

        var settings = await db.ReplenishmentSettings.AsNoTracking()
            .Include(s => s.Item)
            .Where(s => warehouseIds.Contains(s.WarehouseId) && s.Item!.Status == ItemStatus.Active)
            .ToListAsync(cancellationToken);
        var onHand = await OnHandAsync(db, warehouseIds, cancellationToken);
        var onOrder = await OnOrderAsync(db, centralIds, cancellationToken);
        var secondaryByCentralItem = settings
            .Where(s => suppliedBy.ContainsKey(s.WarehouseId))
            .ToLookup(s => (Central: suppliedBy[s.WarehouseId], s.ItemId));

        var plans = new List<PurchasePlan>();
        foreach (var central in centrals)
        {
            var lines = new List<PurchasePlanLine>();
            foreach (var setting in settings.Where(s => s.WarehouseId == central.Id).OrderBy(s => s.Item!.Code))
            {
                var stock = onHand.GetValueOrDefault((central.Id, setting.ItemId));
                var position = stock + onOrder.GetValueOrDefault((central.Id, setting.ItemId));
                var centralDemand = position <= setting.ReorderPoint ? setting.MaxLevel - position : 0;
                var shortSecondaries = secondaryByCentralItem[(central.Id, setting.ItemId)]
                    .Select(s => (Setting: s, Stock: onHand.GetValueOrDefault((s.WarehouseId, s.ItemId))))
                    .Where(s => s.Stock <= s.Setting.ReorderPoint)
                    .ToList();
                var shortfall = shortSecondaries.Sum(s => s.Setting.MaxLevel - s.Stock);
                var spare = Math.Max(0, position - setting.ReorderPoint);
                var secondaryDemand = Math.Max(0, shortfall - spare);
                if (centralDemand + secondaryDemand <= 0)
                {
                    continue;
                }

                var urgent = stock < setting.SafetyStock || (secondaryDemand > 0 && shortSecondaries.Any(s => s.Stock < s.Setting.SafetyStock));
                var urgency = urgent ? Urgency.Urgent : Urgency.Normal;
                lines.Add(new PurchasePlanLine
                {
                    ItemId = setting.ItemId,
                    SupplierId = setting.Item!.SupplierId,
                    CentralDemand = centralDemand,
                    SecondaryDemand = secondaryDemand,
                    Quantity = WholePacks(centralDemand + secondaryDemand, setting.Item.PackQuantity),
                    Urgency = urgency,
                    DueUtc = now + DeliveryTime(urgency),
                    Status = PurchasePlanLineStatus.Open,
                });
            }

            if (lines.Count == 0)
            {
                continue;
            }

            var plan = new PurchasePlan
            {
                No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchasePlan, calendar.Today, cancellationToken),
                WarehouseId = central.Id,
                Status = PurchasePlanStatus.PendingApproval,
                CreatedUtc = now,
                CreatedBy = userName,
                Lines = lines,
            };
            db.PurchasePlans.Add(plan);
            db.Notifications.Add(new Notification
            {
                CreatedUtc = now,
                Audience = NotificationAudience.EquipmentDept,
                MessageKey = PlanCreatedMessage,
                Arguments = JsonSerializer.Serialize(new[]
                {
                    plan.No, central.Name, lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    lines.Count(l => l.Urgency == Urgency.Urgent).ToString(System.Globalization.CultureInfo.InvariantCulture),
                }),
                Link = PlanLink(plan.No),
                DedupKey = plan.No,
            });
            plans.Add(plan);
        }

        if (plans.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return plans;
    }

    /// <summary>The plan's page by its number, which is known before the plan is saved.</summary>
    public static string PlanLink(string planNo) => $"/purchasing/plans/no/{planNo}";

    private static async Task<Dictionary<(int WarehouseId, int ItemId), int>> OnHandAsync(SpdDbContext db, List<int> warehouseIds, CancellationToken cancellationToken) =>
        (await db.StockBalances.AsNoTracking()
            .Where(b => b.State == StockState.Available && warehouseIds.Contains(b.WarehouseId)
                && db.ReplenishmentSettings.Any(s => s.WarehouseId == b.WarehouseId && s.ItemId == b.ItemId))
            .GroupBy(b => new { b.WarehouseId, b.ItemId })
            .Select(g => new { g.Key.WarehouseId, g.Key.ItemId, Quantity = g.Sum(b => b.Quantity) })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => (x.WarehouseId, x.ItemId), x => x.Quantity);

    private static async Task<Dictionary<(int WarehouseId, int ItemId), int>> OnOrderAsync(SpdDbContext db, List<int> centralIds, CancellationToken cancellationToken)
    {
        var ordered = await db.PurchaseOrderLines.AsNoTracking()
            .Where(l => !FinishedOrders.Contains(l.PurchaseOrder!.Status) && centralIds.Contains(l.PurchaseOrder.WarehouseId) && l.Quantity > l.ReceivedQuantity)
            .GroupBy(l => new { l.PurchaseOrder!.WarehouseId, l.ItemId })
            .Select(g => new { g.Key.WarehouseId, g.Key.ItemId, Quantity = g.Sum(l => l.Quantity - l.ReceivedQuantity) })
            .ToListAsync(cancellationToken);
        var planned = await db.PurchasePlanLines.AsNoTracking()
            .Where(l => l.Status == PurchasePlanLineStatus.Open && l.PurchasePlan!.Status == PurchasePlanStatus.PendingApproval
                && centralIds.Contains(l.PurchasePlan.WarehouseId))
            .GroupBy(l => new { l.PurchasePlan!.WarehouseId, l.ItemId })
            .Select(g => new { g.Key.WarehouseId, g.Key.ItemId, Quantity = g.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        return ordered.Concat(planned)
            .GroupBy(x => (x.WarehouseId, x.ItemId))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity));
    }
}
