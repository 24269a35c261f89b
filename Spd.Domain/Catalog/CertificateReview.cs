using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>What the equipment department enters for a certificate, or a supplier for a renewal.</summary>
public sealed record CertificateInput(CertificateType Type, string Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidUntil, int? AuthorizingManufacturerId = null);

/// <summary>A scanned file already checked and written to the certificate store.</summary>
public sealed record StoredCertificateFile(string FileName, string StoredFileName, string ContentType, long Size);

/// <summary>A renewal waiting for review, next to the certificate it replaces.</summary>
public sealed record PendingRenewal(
    int Id, int SupplierId, string SupplierName, CertificateType Type, string Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidUntil,
    string? FileName, string? SubmittedBy, DateTime? SubmittedUtc, string? ReplacesNumber, DateOnly? ReplacesValidUntil);

/// <summary>
/// Renewals (证照更新): a supplier uploads a new certificate that waits for the equipment
/// department; approval puts it in force and supersedes the one it replaces, rejection needs a reason.
/// </summary>
public static class CertificateReview
{
    public static IReadOnlyList<ValidationError> Validate(CertificateInput input)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Number))
        {
            errors.Add(new(nameof(CertificateInput.Number), "Required", "The certificate number is required."));
        }
        else if (input.Number.Trim().Length > 64)
        {
            errors.Add(new(nameof(CertificateInput.Number), "TooLong", "The certificate number has at most 64 characters.", 64));
        }

        if (input.Issuer?.Trim().Length > 100)
        {
            errors.Add(new(nameof(CertificateInput.Issuer), "TooLong", "The issuer has at most 100 characters.", 100));
        }

        if (input.ValidFrom is { } from && input.ValidUntil is { } until && until < from)
        {
            errors.Add(new(nameof(CertificateInput.ValidUntil), "EndBeforeStart", "The end of validity is before its start."));
        }

        if (input.Type == CertificateType.Authorization && input.AuthorizingManufacturerId is null)
        {
            errors.Add(new(nameof(CertificateInput.AuthorizingManufacturerId), "Required", "An authorisation letter names the manufacturer that issues it."));
        }

        return errors;
    }

    /// <summary>Fills an approved certificate from the input (the equipment department's direct entry).</summary>
    public static void Apply(Certificate certificate, CertificateInput input)
    {
        certificate.Type = input.Type;
        certificate.Number = input.Number.Trim();
        certificate.Issuer = string.IsNullOrWhiteSpace(input.Issuer) ? null : input.Issuer.Trim();
        certificate.ValidFrom = input.ValidFrom;
        certificate.ValidUntil = input.ValidUntil;
        certificate.AuthorizingManufacturerId = input.Type == CertificateType.Authorization ? input.AuthorizingManufacturerId : null;
    }

    /// <summary>A renewal of <paramref name="current"/> waiting for review; same type and holder.</summary>
    public static Certificate Renewal(Certificate current, CertificateInput input, StoredCertificateFile file, string submittedBy, DateTime utc)
    {
        if (current.Status != CertificateStatus.Approved)
        {
            throw new InvalidOperationException("Only a certificate in force can be renewed.");
        }

        var renewal = new Certificate
        {
            Number = "",
            SupplierId = current.SupplierId,
            ManufacturerId = current.ManufacturerId,
            Status = CertificateStatus.PendingReview,
            ReplacesCertificateId = current.Id,
            SubmittedBy = submittedBy,
            SubmittedUtc = utc,
        };
        Apply(renewal, input with { Type = current.Type, AuthorizingManufacturerId = current.AuthorizingManufacturerId });
        Attach(renewal, file);
        return renewal;
    }

    public static void Attach(Certificate certificate, StoredCertificateFile file)
    {
        certificate.FileName = file.FileName;
        certificate.StoredFileName = file.StoredFileName;
        certificate.FileContentType = file.ContentType;
        certificate.FileSize = file.Size;
    }

    /// <param name="replaced">The certificate named by <see cref="Certificate.ReplacesCertificateId"/>, if any.</param>
    public static void Approve(Certificate renewal, Certificate? replaced, string reviewer, DateTime utc)
    {
        RequirePending(renewal, reviewer);
        if (replaced is not null && replaced.Id != renewal.ReplacesCertificateId)
        {
            throw new ArgumentException("That is not the certificate the renewal replaces.", nameof(replaced));
        }

        renewal.Status = CertificateStatus.Approved;
        renewal.ReviewedBy = reviewer;
        renewal.ReviewedUtc = utc;
        if (replaced is { Status: CertificateStatus.Approved })
        {
            replaced.Status = CertificateStatus.Superseded;
        }
    }

    public static void Reject(Certificate renewal, string reason, string reviewer, DateTime utc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rejection needs a reason.", nameof(reason));
        }

        RequirePending(renewal, reviewer);
        renewal.Status = CertificateStatus.Rejected;
        renewal.ReviewNote = reason.Trim();
        renewal.ReviewedBy = reviewer;
        renewal.ReviewedUtc = utc;
    }

    private static void RequirePending(Certificate renewal, string reviewer)
    {
        if (renewal.Status != CertificateStatus.PendingReview)
        {
            throw new InvalidOperationException("Only a renewal waiting for review can be approved or rejected.");
        }

        // 决策权与执行权分离: nobody reviews what they submitted.
        if (string.Equals(renewal.SubmittedBy, reviewer, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("A renewal is reviewed by someone other than its submitter.");
        }
    }

    public static Task<List<PendingRenewal>> PendingAsync(SpdDbContext db, CancellationToken ct = default) =>
        (from renewal in db.Certificates.AsNoTracking()
         where renewal.Status == CertificateStatus.PendingReview && renewal.SupplierId != null
         join replaced in db.Certificates on renewal.ReplacesCertificateId equals replaced.Id into replacedSet
         from replaced in replacedSet.DefaultIfEmpty()
         orderby renewal.SubmittedUtc, renewal.Id
         select new PendingRenewal(
             renewal.Id, renewal.SupplierId!.Value, renewal.Supplier!.Name, renewal.Type, renewal.Number, renewal.Issuer, renewal.ValidFrom, renewal.ValidUntil,
             renewal.FileName, renewal.SubmittedBy, renewal.SubmittedUtc, replaced != null ? replaced.Number : null, replaced != null ? replaced.ValidUntil : null))
        .ToListAsync(ct);

    /// <summary>Loads the renewal and the certificate it replaces, applies <paramref name="review"/> and saves.</summary>
    /// <returns>False when there is no such certificate.</returns>
    public static async Task<bool> ReviewAsync(SpdDbContext db, int renewalId, Action<Certificate, Certificate?> review, CancellationToken ct = default)
    {
        var renewal = await db.Certificates.FirstOrDefaultAsync(c => c.Id == renewalId, ct);
        if (renewal is null)
        {
            return false;
        }

        var replaced = renewal.ReplacesCertificateId is { } replacedId ? await db.Certificates.FirstOrDefaultAsync(c => c.Id == replacedId, ct) : null;
        review(renewal, replaced);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
