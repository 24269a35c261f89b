using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record HisItemRow(
    int Id, string Code, string Name, string Specification, string? Model, string Unit, string? ChargeCode, decimal? ChargePrice,
    string? NationalCode, ItemCategory Category, ItemStatus Status, DateTime ChangedUtc);

/// <summary>
/// The materials dictionary as HIS pulls it: items that have been admitted (not drafts), changed
/// after <c>changedSince</c>, oldest change first, so a client can resume from the last
/// <see cref="HisItemRow.ChangedUtc"/> it saw. Suspended and replaced items are included so that
/// HIS stops charging them.
/// </summary>
public static class HisItemSync
{
    public static IQueryable<HisItemRow> Changes(SpdDbContext db, DateTime? changedSinceUtc)
    {
        var items = db.Items.AsNoTracking().Where(i => i.Status != ItemStatus.Draft);
        if (changedSinceUtc is { } since)
        {
            items = items.Where(i => i.ChangedUtc > since);
        }

        return items
            .OrderBy(i => i.ChangedUtc).ThenBy(i => i.Id)
            .Select(i => new HisItemRow(
                i.Id, i.Code, i.Name, i.Specification, i.Model, i.Unit, i.ChargeCode, i.ChargePrice, i.NationalCode, i.Category, i.Status, i.ChangedUtc));
    }

    public static Task<PagedResult<HisItemRow>> QueryAsync(SpdDbContext db, DateTime? changedSinceUtc, PageRequest page, CancellationToken cancellationToken = default) =>
        Changes(db, changedSinceUtc).ToPagedAsync(page, cancellationToken);
}
