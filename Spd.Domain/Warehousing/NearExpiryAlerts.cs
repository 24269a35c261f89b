using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>
/// The daily near-expiry alert (DOMAIN.md §4.9): one notification for the warehouse keepers per
/// warehouse and band that holds such stock, expired stock still on the shelf included. The dedup key
/// carries the day, so a re-run of the same day writes nothing twice and the next day reminds again
/// while the stock is still there. It only alerts; the keeper quarantines from the list.
/// </summary>
public static class NearExpiryAlerts
{
    public const string NearExpiryKey = "Notify.NearExpiry";
    public const string ExpiredKey = "Notify.ExpiredStock";

    /// <returns>The number of notifications written.</returns>
    public static async Task<int> RaiseAsync(SpdDbContext db, ExpiryOptions options, DateOnly today, DateTime nowUtc, CancellationToken ct = default)
    {
        var counts = await NearExpiry.CountAsync(db, options, today, new NearExpiryFilter(), ct);
        if (counts.Count == 0)
        {
            return 0;
        }

        var warehouseIds = counts.Select(c => c.WarehouseId).Distinct().ToList();
        var names = await db.Warehouses.AsNoTracking().Where(w => warehouseIds.Contains(w.Id))
            .Select(w => new { w.Id, w.Name, Department = w.OwnerDepartment == null ? null : w.OwnerDepartment.Name })
            .ToDictionaryAsync(w => w.Id, w => w.Department is null ? w.Name : $"{w.Name}（{w.Department}）", ct);
        var candidates = counts.Select(c => new Notification
        {
            CreatedUtc = nowUtc,
            Audience = NotificationAudience.WarehouseKeeper,
            MessageKey = c.Band == ExpiryBand.Expired ? ExpiredKey : NearExpiryKey,
            Arguments = JsonSerializer.Serialize(new[]
            {
                names[c.WarehouseId], $"ExpiryBand.{c.Band}", c.Lines.ToString(CultureInfo.InvariantCulture),
                c.Quantity.ToString(CultureInfo.InvariantCulture), c.Value.ToString("N2", CultureInfo.InvariantCulture),
            }),
            Link = $"/stock/near-expiry?warehouse={c.WarehouseId}&band={c.Band}",
            DedupKey = DedupKey(today, c.WarehouseId, c.Band),
        }).ToList();

        var keys = candidates.Select(n => n.DedupKey).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.Notifications.Where(n => chunk.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct));
        }

        var fresh = candidates.Where(n => !existing.Contains(n.DedupKey)).ToList();
        db.Notifications.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    public static string DedupKey(DateOnly day, int warehouseId, ExpiryBand band) =>
        string.Create(CultureInfo.InvariantCulture, $"expiry:{day:yyyyMMdd}:{warehouseId}:{band}");
}
