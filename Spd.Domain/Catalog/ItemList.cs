using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record ItemRow(
    int Id,
    string Code,
    string Name,
    string Specification,
    string? Model,
    string Unit,
    ItemCategory Category,
    ManagementMode ManagementMode,
    TrackingMode TrackingMode,
    decimal UnitPrice,
    string? ChargeCode,
    string ManufacturerName,
    string SupplierName,
    bool IsConsignment,
    bool IsImplant,
    ItemStatus Status);

public sealed record ItemFilter(string? Search = null, ItemCategory? Category = null, ItemStatus? Status = null, int? SupplierId = null);

/// <summary>The item list behind the screen and <c>GET /api/v1/items</c>: search, filter, sort, page.</summary>
public static class ItemList
{
    /// <summary>
    /// Sort keys by the names of <see cref="ItemRow"/>'s columns, applied to the entity so the database
    /// sorts. Names sort by pinyin initials first, as Chinese users expect (SQLite compares code points).
    /// </summary>
    public static readonly SortKeys<Item> Sorts = SortKeys<Item>.ThenBy(i => i.Id)
        .Add("code", i => i.Code)
        .Add("name", i => i.NameInitials + i.Name)
        .Add("specification", i => i.Specification)
        .Add("category", i => i.Category)
        .Add("unitPrice", i => i.UnitPrice)
        .Add("supplierName", i => i.Supplier!.Name)
        .Add("manufacturerName", i => i.Manufacturer!.Name)
        .Add("status", i => i.Status);

    /// <summary>
    /// Matches the code, name, specification or model, or — for a term of Latin letters — the
    /// pinyin initials of the name (ycxsy finds 一次性使用…).
    /// </summary>
    public static IQueryable<Item> Search(this IQueryable<Item> items, string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return items;
        }

        var text = term.Trim();
        var initials = text.ToLowerInvariant();
        return items.Where(i =>
            i.Code.Contains(text) || i.Name.Contains(text) || i.Specification.Contains(text)
            || (i.Model != null && i.Model.Contains(text)) || i.NameInitials.Contains(initials));
    }

    public static Task<PagedResult<ItemRow>> QueryAsync(
        SpdDbContext db, ItemFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        var items = db.Items.AsNoTracking().Search(filter.Search);
        if (filter.Category is { } category)
        {
            items = items.Where(i => i.Category == category);
        }

        if (filter.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (filter.SupplierId is { } supplierId)
        {
            items = items.Where(i => i.SupplierId == supplierId);
        }

        return items
            .SortBy(Sorts, sortBy, descending)
            .Select(i => new ItemRow(
                i.Id, i.Code, i.Name, i.Specification, i.Model, i.Unit, i.Category, i.ManagementMode, i.TrackingMode,
                i.UnitPrice, i.ChargeCode, i.Manufacturer!.Name, i.Supplier!.Name, i.IsConsignment, i.IsImplant, i.Status))
            .ToPagedAsync(page, cancellationToken);
    }
}
