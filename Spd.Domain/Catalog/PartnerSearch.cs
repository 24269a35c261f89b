using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record PartnerOption(int Id, string Code, string Name)
{
    public override string ToString() => $"{Name}（{Code}）";
}

/// <summary>Pickers for forms: suppliers and manufacturers by code, name or pinyin initials.</summary>
public static class PartnerSearch
{
    private const int Limit = 20;

    public static Task<List<PartnerOption>> SuppliersAsync(SpdDbContext db, string? term, CancellationToken cancellationToken = default)
    {
        var suppliers = db.Suppliers.AsNoTracking().Where(s => !s.Blacklisted);
        if (!string.IsNullOrWhiteSpace(term))
        {
            var text = term.Trim();
            var initials = text.ToLowerInvariant();
            suppliers = suppliers.Where(s => s.Code.Contains(text) || s.Name.Contains(text) || s.NameInitials.Contains(initials));
        }

        return suppliers.OrderBy(s => s.Code).Take(Limit).Select(s => new PartnerOption(s.Id, s.Code, s.Name)).ToListAsync(cancellationToken);
    }

    public static Task<List<PartnerOption>> ManufacturersAsync(SpdDbContext db, string? term, CancellationToken cancellationToken = default)
    {
        var manufacturers = db.Manufacturers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(term))
        {
            var text = term.Trim();
            manufacturers = manufacturers.Where(m => m.Code.Contains(text) || m.Name.Contains(text));
        }

        return manufacturers.OrderBy(m => m.Code).Take(Limit).Select(m => new PartnerOption(m.Id, m.Code, m.Name)).ToListAsync(cancellationToken);
    }

    public static async Task<PartnerOption?> SupplierAsync(SpdDbContext db, int id, CancellationToken cancellationToken = default) =>
        await db.Suppliers.AsNoTracking().Where(s => s.Id == id).Select(s => new PartnerOption(s.Id, s.Code, s.Name)).FirstOrDefaultAsync(cancellationToken);

    public static async Task<PartnerOption?> ManufacturerAsync(SpdDbContext db, int id, CancellationToken cancellationToken = default) =>
        await db.Manufacturers.AsNoTracking().Where(m => m.Id == id).Select(m => new PartnerOption(m.Id, m.Code, m.Name)).FirstOrDefaultAsync(cancellationToken);
}
