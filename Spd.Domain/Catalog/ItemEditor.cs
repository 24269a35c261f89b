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

    /// <summary>Adds a further supplier of the item, or changes its price when it is one already.</summary>
    public static async Task<IReadOnlyList<ValidationError>> SetOtherSupplierAsync(
        SpdDbContext db, int itemId, int supplierId, decimal unitPrice, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.Include(i => i.OtherSuppliers).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, cancellationToken);
        ValidationError? error = (item, supplier) switch
        {
            (null, _) => new("Id", "NotFound", $"Item {itemId} was not found.", itemId),
            (_, null) => new(nameof(ItemSupplier.SupplierId), "UnknownSupplier", "Choose a known supplier."),
            (_, { Blacklisted: true }) => new(nameof(ItemSupplier.SupplierId), "BlacklistedSupplier", $"Supplier {supplier.Code} is blacklisted.", supplier.Code),
            _ when item.SupplierId == supplierId => new(nameof(ItemSupplier.SupplierId), "AlreadyMainSupplier", "This is the item's main supplier already."),
            _ when unitPrice < 0 => new(nameof(ItemSupplier.UnitPrice), "NegativePrice", "The price cannot be negative."),
            _ => null,
        };
        if (error is not null)
        {
            return [error];
        }

        if (item!.OtherSuppliers.FirstOrDefault(s => s.SupplierId == supplierId) is { } existing)
        {
            existing.UnitPrice = unitPrice;
            existing.IsActive = true;
        }
        else
        {
            item.OtherSuppliers.Add(new ItemSupplier { SupplierId = supplierId, UnitPrice = unitPrice });
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public static async Task RemoveOtherSupplierAsync(SpdDbContext db, int itemId, int supplierId, CancellationToken cancellationToken = default)
    {
        if (await db.ItemSuppliers.FirstOrDefaultAsync(s => s.ItemId == itemId && s.SupplierId == supplierId, cancellationToken) is { } link)
        {
            db.ItemSuppliers.Remove(link);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static ValidationError Concurrent() =>
        new("Version", ConcurrencyCode, "Someone else changed this item meanwhile; reload it and make your change again.");
}
