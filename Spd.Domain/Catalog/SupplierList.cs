using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record SupplierRow(
    int Id, string Code, string Name, string? CreditCode, string? ContactName, string? Phone, bool Blacklisted,
    DateOnly? EarliestCertificateExpiry, int ItemCount, bool IsActive);

public sealed record SupplierFilter(string? Search = null, bool? Blacklisted = null, int? OnlySupplierId = null);

public static class SupplierList
{
    public static readonly SortKeys<Supplier> Sorts = SortKeys<Supplier>.ThenBy(s => s.Id)
        .Add("code", s => s.Code)
        .Add("name", s => s.NameInitials + s.Name)
        .Add("earliestCertificateExpiry", s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved && c.ValidUntil != null).Min(c => c.ValidUntil))
        .Add("itemCount", s => s.Items.Count)
        .Add("blacklisted", s => s.Blacklisted);

    public static Task<PagedResult<SupplierRow>> QueryAsync(
        SpdDbContext db, SupplierFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        var suppliers = db.Suppliers.AsNoTracking();
        if (filter.OnlySupplierId is { } only)
        {
            suppliers = suppliers.Where(s => s.Id == only);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            suppliers = suppliers.Where(s => s.Code.Contains(text) || s.Name.Contains(text) || s.NameInitials.Contains(initials)
                || (s.CreditCode != null && s.CreditCode.Contains(text)));
        }

        if (filter.Blacklisted is { } blacklisted)
        {
            suppliers = suppliers.Where(s => s.Blacklisted == blacklisted);
        }

        return suppliers
            .SortBy(Sorts, sortBy, descending)
            .Select(s => new SupplierRow(
                s.Id, s.Code, s.Name, s.CreditCode, s.ContactName, s.Phone, s.Blacklisted,
                s.Certificates.Where(c => c.Status == CertificateStatus.Approved && c.ValidUntil != null).Min(c => c.ValidUntil),
                s.Items.Count, s.IsActive))
            .ToPagedAsync(page, cancellationToken);
    }
}
