using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>
/// What item validation needs to know about the rest of the catalogue: which suppliers and
/// manufacturers exist (by id and by code) and which item codes and charge codes are taken.
/// Loaded once per form, request or import (30,000 items load in tens of milliseconds).
/// </summary>
public sealed class CatalogLookup
{
    private readonly Dictionary<string, int> itemsByCode;
    private readonly Dictionary<string, int> itemsByChargeCode;

    private CatalogLookup(
        Dictionary<int, (string Code, bool Blacklisted)> suppliers,
        Dictionary<int, string> manufacturers,
        Dictionary<string, int> itemsByCode,
        Dictionary<string, int> itemsByChargeCode)
    {
        Suppliers = suppliers;
        Manufacturers = manufacturers;
        this.itemsByCode = itemsByCode;
        this.itemsByChargeCode = itemsByChargeCode;
        SupplierIdsByCode = suppliers.ToDictionary(s => s.Value.Code, s => s.Key, StringComparer.OrdinalIgnoreCase);
        ManufacturerIdsByCode = manufacturers.ToDictionary(m => m.Value, m => m.Key, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<int, (string Code, bool Blacklisted)> Suppliers { get; }

    public IReadOnlyDictionary<int, string> Manufacturers { get; }

    public IReadOnlyDictionary<string, int> SupplierIdsByCode { get; }

    public IReadOnlyDictionary<string, int> ManufacturerIdsByCode { get; }

    public static async Task<CatalogLookup> LoadAsync(SpdDbContext db, CancellationToken cancellationToken = default)
    {
        var suppliers = await db.Suppliers.AsNoTracking().Select(s => new { s.Id, s.Code, s.Blacklisted }).ToListAsync(cancellationToken);
        var manufacturers = await db.Manufacturers.AsNoTracking().Select(m => new { m.Id, m.Code }).ToListAsync(cancellationToken);
        var items = await db.Items.AsNoTracking().Select(i => new { i.Id, i.Code, i.ChargeCode }).ToListAsync(cancellationToken);
        return new CatalogLookup(
            suppliers.ToDictionary(s => s.Id, s => (s.Code, s.Blacklisted)),
            manufacturers.ToDictionary(m => m.Id, m => m.Code),
            items.ToDictionary(i => i.Code, i => i.Id, StringComparer.OrdinalIgnoreCase),
            items.Where(i => i.ChargeCode != null).GroupBy(i => i.ChargeCode!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The item that already uses this code, other than <paramref name="except"/>.</summary>
    public int? ItemWithCode(string code, int? except) =>
        itemsByCode.TryGetValue(code, out var id) && id != except ? id : null;

    public int? ItemWithChargeCode(string chargeCode, int? except) =>
        itemsByChargeCode.TryGetValue(chargeCode, out var id) && id != except ? id : null;
}
