using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

public enum QualityGap
{
    /// <summary>A charged item without its 物价收费码: HIS cannot charge it.</summary>
    MissingChargeCode,

    /// <summary>Without a 国家医保耗材编码 insurance cannot settle it.</summary>
    MissingNationalCode,

    /// <summary>No UDI-DI: no scan to the product.</summary>
    MissingUdiDi,

    /// <summary>No registration certificate number, or it has expired.</summary>
    MissingOrExpiredCertificate,

    /// <summary>Same name, specification and model as another item.</summary>
    Duplicate,
}

public sealed record QualityRow(int Id, string Code, string Name, string Specification, string? Model, string SupplierName, IReadOnlyList<QualityGap> Gaps);

/// <summary>
/// Master-data quality (数据一致性): an item is complete when it has no gap. The reference
/// hospitals went from 50 % to 100 % consistency across HIS, HRP and SPD; this is that number.
/// Suspended and replaced items are left out: only items in use count.
/// </summary>
public sealed record CatalogQualityReport(int ItemsInUse, int CompleteItems, IReadOnlyDictionary<QualityGap, int> GapCounts, IReadOnlyList<QualityRow> Rows)
{
    /// <summary>Complete items ÷ items in use; null (n/a) when there are none.</summary>
    public decimal? CompleteShare => ItemsInUse == 0 ? null : (decimal)CompleteItems / ItemsInUse;
}

public static class CatalogQuality
{
    public static async Task<CatalogQualityReport> AnalyzeAsync(SpdDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var items = await db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Active || i.Status == ItemStatus.Draft)
            .Select(i => new
            {
                i.Id, i.Code, i.Name, i.Specification, i.Model, SupplierName = i.Supplier!.Name, i.Category,
                i.ChargeCode, i.NationalCode, i.UdiDi, i.RegistrationCertificateNo, i.RegistrationCertificateExpiry,
            })
            .ToListAsync(cancellationToken);

        var duplicates = items
            .GroupBy(i => (Name: i.Name.Trim(), Specification: i.Specification.Trim(), Model: i.Model?.Trim() ?? ""))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(i => i.Id))
            .ToHashSet();

        var rows = new List<QualityRow>();
        foreach (var item in items)
        {
            var gaps = new List<QualityGap>();
            if (item.Category != ItemCategory.LowValueUncharged && item.ChargeCode is null)
            {
                gaps.Add(QualityGap.MissingChargeCode);
            }

            if (item.NationalCode is null)
            {
                gaps.Add(QualityGap.MissingNationalCode);
            }

            if (item.UdiDi is null)
            {
                gaps.Add(QualityGap.MissingUdiDi);
            }

            if (item.RegistrationCertificateNo is null || item.RegistrationCertificateExpiry < today)
            {
                gaps.Add(QualityGap.MissingOrExpiredCertificate);
            }

            if (duplicates.Contains(item.Id))
            {
                gaps.Add(QualityGap.Duplicate);
            }

            if (gaps.Count > 0)
            {
                rows.Add(new QualityRow(item.Id, item.Code, item.Name, item.Specification, item.Model, item.SupplierName, gaps));
            }
        }

        var counts = Enum.GetValues<QualityGap>().ToDictionary(gap => gap, gap => rows.Count(r => r.Gaps.Contains(gap)));
        return new CatalogQualityReport(items.Count, items.Count - rows.Count, counts, [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal)]);
    }
}
