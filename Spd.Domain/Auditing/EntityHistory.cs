using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Auditing;

/// <summary>The audit lines of one row, newest first: an item's or a supplier's history.</summary>
public static class EntityHistory
{
    public static Task<List<AuditEntry>> ForAsync<TEntity>(SpdDbContext db, int id, CancellationToken cancellationToken = default)
    {
        var type = db.Model.FindEntityType(typeof(TEntity))?.ShortName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == type && e.EntityKey == key)
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
