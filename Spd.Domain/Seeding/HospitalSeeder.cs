using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Seeding;

/// <summary>
/// Writes a generated hospital into an empty database, in one transaction. Keys come from the
/// database (identity on SQL Server, rowid on SQLite): each kind of entity is saved in batches,
/// after which its objects carry their keys, and the parents are attached again as unchanged so
/// that the next batch refers to them instead of inserting them a second time.
/// </summary>
public static class HospitalSeeder
{
    /// <summary>Items per SaveChanges: keeps the change tracker small for the large profile.</summary>
    private const int ItemBatchSize = 2_000;

    /// <returns>False, having written nothing, when the database already has campuses.</returns>
    public static async Task<bool> SeedAsync(SpdDbContext db, HospitalData data, CancellationToken ct = default)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Campuses.AnyAsync(ct))
            {
                return false;
            }

            await InsertAsync(db, [], data.Campuses, ct);
            await InsertAsync(db, data.Campuses, data.Departments, ct);
            // Departments reach their campus; warehouses bring their locations and their supplying warehouse.
            await InsertAsync(db, data.Departments, data.Warehouses, ct);
            await InsertAsync(db, [], data.Manufacturers, ct);
            // Authorisation letters name their manufacturer.
            await InsertAsync(db, data.Manufacturers, data.Suppliers, ct);
            foreach (var batch in data.Items.Chunk(ItemBatchSize))
            {
                await InsertAsync(db, [.. data.Suppliers, .. data.Manufacturers], batch, ct);
            }

            await transaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static async Task InsertAsync(SpdDbContext db, IEnumerable<object> savedParents, IEnumerable<object> entities, CancellationToken ct)
    {
        db.AttachRange(savedParents);
        db.AddRange(entities);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
