using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>Section <c>Certificates:Alerts</c>: the warning levels in days before expiry and when the daily job runs.</summary>
public sealed class CertificateAlertOptions
{
    public const string Section = "Certificates:Alerts";

    public int[] Thresholds { get; set; } = [90, 30, 0];

    /// <summary>Quartz cron expression, in the hospital's time zone; 06:00 every day by default.</summary>
    public string Cron { get; set; } = "0 0 6 * * ?";
}

/// <summary>
/// Expiry warnings (DOMAIN.md §3: 90 / 30 / 0 days). A certificate raises one notification per
/// warning level it has reached, for the equipment department and, when a supplier holds it, for
/// that supplier. The dedup key makes a re-run (or a missed day caught up) write nothing twice;
/// when several levels were passed since the last run only the most urgent one is raised.
/// </summary>
public static class CertificateAlerts
{
    public const string ExpiringKey = "Notification.CertificateExpiring";
    public const string ExpiresTodayKey = "Notification.CertificateExpiresToday";
    public const string ExpiredKey = "Notification.CertificateExpired";

    /// <returns>The number of notifications written.</returns>
    public static async Task<int> RaiseAsync(SpdDbContext db, DateOnly today, DateTime nowUtc, IReadOnlyCollection<int> thresholds, CancellationToken ct = default)
    {
        if (thresholds.Count == 0)
        {
            return 0;
        }

        var horizon = today.AddDays(thresholds.Max());
        var due = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Approved && c.ValidUntil != null && c.ValidUntil <= horizon)
            .Select(c => new
            {
                c.Id,
                c.Type,
                c.Number,
                ValidUntil = c.ValidUntil!.Value,
                c.SupplierId,
                Holder = c.Supplier != null ? c.Supplier.Name : c.Manufacturer!.Name,
            })
            .ToListAsync(ct);

        var candidates = new List<Notification>();
        foreach (var certificate in due)
        {
            var days = certificate.ValidUntil.DayNumber - today.DayNumber;
            var level = thresholds.Where(t => days <= t).Min();
            string[] arguments = [certificate.Holder, $"CertificateType.{certificate.Type}", certificate.Number, certificate.ValidUntil.ToString("yyyy-MM-dd"), days.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            var message = days < 0 ? ExpiredKey : days == 0 ? ExpiresTodayKey : ExpiringKey;
            candidates.Add(New(NotificationAudience.EquipmentDept, null, certificate.Id, level, message, arguments,
                certificate.SupplierId is { } supplierId ? $"/suppliers/{supplierId}" : null, nowUtc));
            if (certificate.SupplierId is { } own)
            {
                candidates.Add(New(NotificationAudience.Supplier, own, certificate.Id, level, message, arguments, "/portal/certificates", nowUtc));
            }
        }

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

    public static string DedupKey(int certificateId, int threshold, NotificationAudience audience) =>
        $"cert:{certificateId}:{threshold}:{(audience == NotificationAudience.Supplier ? "supplier" : "staff")}";

    private static Notification New(NotificationAudience audience, int? supplierId, int certificateId, int level, string message, string[] arguments, string? link, DateTime nowUtc) => new()
    {
        CreatedUtc = nowUtc,
        Audience = audience,
        SupplierId = supplierId,
        MessageKey = message,
        Arguments = JsonSerializer.Serialize(arguments),
        Link = link,
        DedupKey = DedupKey(certificateId, level, audience),
    };
}
