using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public sealed record CertificateView(
    int Id, CertificateType Type, string Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidUntil,
    CertificateStatus Status, int? AuthorizingManufacturerId, string? AuthorizingManufacturer, int? ReplacesCertificateId,
    string? FileName, string? SubmittedBy, DateTime? SubmittedUtc, string? ReviewNote)
{
    public bool HasFile => FileName is not null;

    public static CertificateView From(Certificate c) => new(
        c.Id, c.Type, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, c.Status, c.AuthorizingManufacturerId, c.AuthorizingManufacturer?.Name,
        c.ReplacesCertificateId, c.FileName, c.SubmittedBy, c.SubmittedUtc, c.ReviewNote);
}

/// <summary>A supplier with its certificates, superseded ones left out (the audit trail keeps them).</summary>
public sealed record SupplierDetail(
    int Id, string Code, string Name, string? CreditCode, string? ContactName, string? Phone, string? Address,
    bool Blacklisted, string? BlacklistReason, DateOnly? BlacklistedOn, DateOnly? IntegrityPledgeDate, bool IsActive,
    IReadOnlyList<CertificateView> Certificates)
{
    public static SupplierDetail From(Supplier supplier) => new(
        supplier.Id, supplier.Code, supplier.Name, supplier.CreditCode, supplier.ContactName, supplier.Phone, supplier.Address,
        supplier.Blacklisted, supplier.BlacklistReason, supplier.BlacklistedOn, supplier.IntegrityPledgeDate, supplier.IsActive,
        [.. supplier.Certificates.Where(c => c.Status != CertificateStatus.Superseded)
            .OrderBy(c => c.Type).ThenBy(c => c.AuthorizingManufacturer?.Name).ThenBy(c => c.Status).ThenBy(c => c.ValidUntil)
            .Select(CertificateView.From)]);

    public static async Task<SupplierDetail?> LoadAsync(SpdDbContext db, int id, CancellationToken ct = default) =>
        await db.Suppliers.AsNoTracking()
            .Include(s => s.Certificates).ThenInclude(c => c.AuthorizingManufacturer)
            .FirstOrDefaultAsync(s => s.Id == id, ct) is { } supplier
            ? From(supplier)
            : null;
}
