using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>One reason a supplier or item may not be ordered or received; screens translate <c>Eligibility.{Code}</c> with <see cref="Arguments"/>.</summary>
public sealed record EligibilityProblem(string Code, params string[] Arguments);

public sealed record EligibilityResult(IReadOnlyList<EligibilityProblem> Problems)
{
    public bool Eligible => Problems.Count == 0;
}

/// <summary>
/// 三证齐全且在有效期内: a blacklisted supplier, or one whose licences or authorisations are missing
/// or out of date, may not be ordered from or received from (DOMAIN.md §3). Approved certificates
/// count, and a superseded one until its replacement starts: a renewal approved ahead of its start
/// date does not end the old licence early. A renewal waiting for review or a rejected one does not count.
/// </summary>
public static class CertificateCheck
{
    public const string Blacklisted = nameof(Blacklisted);
    public const string MissingCertificate = nameof(MissingCertificate);
    public const string ExpiredCertificate = nameof(ExpiredCertificate);
    public const string NotYetValidCertificate = nameof(NotYetValidCertificate);
    public const string MissingManufacturerCertificate = nameof(MissingManufacturerCertificate);
    public const string ExpiredManufacturerCertificate = nameof(ExpiredManufacturerCertificate);
    public const string MissingAuthorization = nameof(MissingAuthorization);
    public const string ExpiredAuthorization = nameof(ExpiredAuthorization);
    public const string MissingRegistration = nameof(MissingRegistration);
    public const string ExpiredRegistration = nameof(ExpiredRegistration);

    private static readonly CertificateType[] SupplierLicences = [CertificateType.BusinessLicense, CertificateType.OperatingLicense];

    /// <returns>Null when the supplier does not exist.</returns>
    public static async Task<EligibilityResult?> ForSupplierAsync(SpdDbContext db, int supplierId, DateOnly today, CancellationToken ct = default)
    {
        var supplier = await db.Suppliers.AsNoTracking()
            .Include(s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .FirstOrDefaultAsync(s => s.Id == supplierId, ct);
        return supplier is null ? null : new EligibilityResult(SupplierProblems(supplier, today));
    }

    /// <returns>Null when the item does not exist.</returns>
    public static async Task<EligibilityResult?> ForItemAsync(SpdDbContext db, int itemId, DateOnly today, CancellationToken ct = default)
    {
        var item = await db.Items.AsNoTracking()
            .Include(i => i.Supplier!).ThenInclude(s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .Include(i => i.Manufacturer!).ThenInclude(m => m.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .FirstOrDefaultAsync(i => i.Id == itemId, ct);
        return item is null ? null : new EligibilityResult(ItemProblems(item, today));
    }

    /// <param name="supplier">With its certificates loaded.</param>
    public static List<EligibilityProblem> SupplierProblems(Supplier supplier, DateOnly today)
    {
        var problems = new List<EligibilityProblem>();
        if (supplier.Blacklisted)
        {
            problems.Add(new(Blacklisted, supplier.BlacklistReason ?? ""));
        }

        foreach (var type in SupplierLicences)
        {
            var held = Approved(supplier.Certificates, type, today).ToList();
            if (held.Count == 0)
            {
                problems.Add(new(MissingCertificate, type.ToString()));
            }
            else if (!held.Any(c => c.IsValidOn(today)))
            {
                problems.Add(held.Any(c => c.ValidFrom > today)
                    ? new(NotYetValidCertificate, type.ToString(), held.Where(c => c.ValidFrom > today).Min(c => c.ValidFrom)!.Value.ToString("yyyy-MM-dd"))
                    : new(ExpiredCertificate, type.ToString(), Latest(held)));
            }
        }

        return problems;
    }

    /// <param name="item">With its supplier, manufacturer and their certificates loaded.</param>
    public static List<EligibilityProblem> ItemProblems(Item item, DateOnly today)
    {
        var supplier = item.Supplier ?? throw new ArgumentException("Load the item's supplier.", nameof(item));
        var manufacturer = item.Manufacturer ?? throw new ArgumentException("Load the item's manufacturer.", nameof(item));
        var problems = SupplierProblems(supplier, today);

        // A foreign manufacturer has no Chinese production licence; its registration and the agent's licence stand for it.
        if (manufacturer.Country == "中国")
        {
            var licences = Approved(manufacturer.Certificates, CertificateType.ProductionLicense, today).ToList();
            if (licences.Count == 0)
            {
                problems.Add(new(MissingManufacturerCertificate, nameof(CertificateType.ProductionLicense), manufacturer.Name));
            }
            else if (!licences.Any(c => c.IsValidOn(today)))
            {
                problems.Add(new(ExpiredManufacturerCertificate, nameof(CertificateType.ProductionLicense), manufacturer.Name, Latest(licences)));
            }
        }

        var letters = Approved(supplier.Certificates, CertificateType.Authorization, today)
            .Where(c => c.AuthorizingManufacturerId == manufacturer.Id)
            .ToList();
        if (letters.Count == 0)
        {
            problems.Add(new(MissingAuthorization, manufacturer.Name));
        }
        else if (!letters.Any(c => c.IsValidOn(today)))
        {
            problems.Add(new(ExpiredAuthorization, manufacturer.Name, Latest(letters)));
        }

        if (string.IsNullOrWhiteSpace(item.RegistrationCertificateNo))
        {
            problems.Add(new(MissingRegistration));
        }
        else if (item.RegistrationCertificateExpiry is { } expiry && expiry < today)
        {
            problems.Add(new(ExpiredRegistration, item.RegistrationCertificateNo, expiry.ToString("yyyy-MM-dd")));
        }

        return problems;
    }

    private static IEnumerable<Certificate> Approved(IReadOnlyCollection<Certificate> certificates, CertificateType type, DateOnly today) =>
        certificates.Where(c => c.Type == type && (c.Status == CertificateStatus.Approved || (c.Status == CertificateStatus.Superseded
            && certificates.Any(r => r.ReplacesCertificateId == c.Id && r.Status == CertificateStatus.Approved && r.ValidFrom > today))));

    private static string Latest(IEnumerable<Certificate> certificates) =>
        certificates.Max(c => c.ValidUntil)?.ToString("yyyy-MM-dd") ?? "";
}
