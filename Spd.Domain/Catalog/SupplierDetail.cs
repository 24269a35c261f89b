namespace Spd.Domain.Catalog;

public sealed record CertificateView(int Id, CertificateType Type, string Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidUntil);

public sealed record SupplierDetail(
    int Id, string Code, string Name, string? CreditCode, string? ContactName, string? Phone, string? Address,
    bool Blacklisted, string? BlacklistReason, DateOnly? BlacklistedOn, DateOnly? IntegrityPledgeDate, bool IsActive,
    IReadOnlyList<CertificateView> Certificates)
{
    public static SupplierDetail From(Supplier supplier) => new(
        supplier.Id, supplier.Code, supplier.Name, supplier.CreditCode, supplier.ContactName, supplier.Phone, supplier.Address,
        supplier.Blacklisted, supplier.BlacklistReason, supplier.BlacklistedOn, supplier.IntegrityPledgeDate, supplier.IsActive,
        [.. supplier.Certificates.OrderBy(c => c.Type).ThenBy(c => c.ValidUntil)
            .Select(c => new CertificateView(c.Id, c.Type, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil))]);
}
