using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record ItemSaveResult(Item? Item, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ItemSaveResult Failed(params ValidationError[] errors) => new(null, errors);
}

/// <summary>Creates and edits catalogue items through <see cref="ItemValidator"/>: the form and the API both come here.</summary>
public static class ItemEditor
{
    public const string ConcurrencyCode = "ConcurrentEdit";

    public static async Task<ItemSaveResult> CreateAsync(SpdDbContext db, ItemDraft draft, CancellationToken cancellationToken = default)
    {
        var normalized = draft.Normalized();
        var errors = ItemValidator.Validate(normalized, await CatalogLookup.LoadAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            return new ItemSaveResult(null, errors);
        }

        var item = normalized.ToNewItem();
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new ItemSaveResult(item, []);
    }

    /// <param name="expectedVersion">The <see cref="Item.Version"/> the editor started from.</param>
    public static async Task<ItemSaveResult> UpdateAsync(SpdDbContext db, int id, ItemDraft draft, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return ItemSaveResult.Failed(new ValidationError("Id", "NotFound", $"Item {id} was not found.", id));
        }

        if (item.Version != expectedVersion)
        {
            return ItemSaveResult.Failed(Concurrent());
        }

        var normalized = draft.Normalized();
        var errors = ItemValidator.Validate(normalized, await CatalogLookup.LoadAsync(db, cancellationToken), ItemDraft.From(item), id);
        if (errors.Count > 0)
        {
            return new ItemSaveResult(null, errors);
        }

        normalized.ApplyTo(item);
        item.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ItemSaveResult.Failed(Concurrent());
        }

        return new ItemSaveResult(item, []);
    }

    private static ValidationError Concurrent() =>
        new("Version", ConcurrencyCode, "Someone else changed this item meanwhile; reload it and make your change again.");
}
