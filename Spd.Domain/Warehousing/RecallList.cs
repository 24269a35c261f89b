using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

public sealed record RecallRow(
    int Id,
    string No,
    RecallKind Kind,
    RecallStatus Status,
    string? ItemCode,
    string? ItemName,
    string? ManufacturerName,
    string? Model,
    string? LotNumber,
    string Reason,
    DateTime StartedUtc,
    string StartedBy,
    DateTime DeadlineUtc,
    DateTime? ReportedUtc)
{
    public bool IsOverdue(DateTime nowUtc) => Kind == RecallKind.Recall && ReportedUtc is null && nowUtc > DeadlineUtc;
}

public sealed record RecallFilter(string? Search = null, RecallStatus? Status = null, RecallKind? Kind = null);

/// <summary>Recalls and quarantines, newest first: by number, item, model or lot.</summary>
public static class RecallList
{
    public static Task<PagedResult<RecallRow>> QueryAsync(SpdDbContext db, RecallFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var recalls = db.Recalls.AsNoTracking();
        if (filter.Status is { } status)
        {
            recalls = recalls.Where(r => r.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            recalls = recalls.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            recalls = recalls.Where(r => r.No.Contains(text) || (r.LotNumber != null && r.LotNumber.Contains(text))
                || (r.Model != null && r.Model.Contains(text)) || (r.Item != null && (r.Item.Code.Contains(text) || r.Item.Name.Contains(text))));
        }

        return recalls
            .OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id)
            .Select(r => new RecallRow(
                r.Id, r.No, r.Kind, r.Status,
                r.Item == null ? null : r.Item.Code,
                r.Item == null ? null : r.Item.Name,
                r.Item != null ? r.Item.Manufacturer!.Name : r.Manufacturer == null ? null : r.Manufacturer.Name,
                r.Item != null ? r.Item.Model : r.Model,
                r.LotNumber, r.Reason, r.StartedUtc, r.StartedBy, r.DeadlineUtc, r.ReportedUtc))
            .ToPagedAsync(page, ct);
    }
}
