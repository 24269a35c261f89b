using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Auditing;

public sealed record AuditFilter(
    string? UserName = null, AuditAction? Action = null, string? EntityType = null, string? Text = null,
    DateTime? FromUtc = null, DateTime? ToUtc = null);

/// <summary>Searches the audit trail, newest first.</summary>
public static class AuditLog
{
    public static Task<PagedResult<AuditEntry>> QueryAsync(SpdDbContext db, AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var user = filter.UserName.Trim();
            entries = entries.Where(e => e.UserName != null && e.UserName.Contains(user));
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            entries = entries.Where(e => (e.Changes != null && e.Changes.Contains(text)) || (e.Detail != null && e.Detail.Contains(text))
                || (e.EntityKey != null && e.EntityKey == text) || (e.ClientIp != null && e.ClientIp.Contains(text)));
        }

        if (filter.FromUtc is { } from)
        {
            entries = entries.Where(e => e.TimestampUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            entries = entries.Where(e => e.TimestampUtc < to);
        }

        return entries.OrderByDescending(e => e.Id).ToPagedAsync(page, cancellationToken);
    }

    public static Task<List<string>> EntityTypesAsync(SpdDbContext db, CancellationToken cancellationToken = default) =>
        db.AuditEntries.AsNoTracking().Where(e => e.EntityType != null).Select(e => e.EntityType!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
}
