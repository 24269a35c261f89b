using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): renewals waiting for the equipment department, each with a small
/// generated PDF in the certificate store, two years of quarterly evaluations for some suppliers, and
/// the expiry warnings of the first day, so the notification lists are not empty before the job's first run.
/// Deterministic for a given database; written once.
/// </summary>
public static class CertificateDemoData
{
    private const int EvaluatedSuppliers = 12;
    private const int PendingRenewals = 4;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var store = services.GetRequiredService<CertificateStore>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.SupplierEvaluations.AnyAsync())
        {
            return;
        }

        var today = calendar.Today;
        var supplierIds = await db.Suppliers.OrderBy(s => s.Id).Select(s => s.Id).Take(EvaluatedSuppliers).ToListAsync();
        var lastQuarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        foreach (var supplierId in supplierIds)
        {
            var random = new Random(supplierId);
            var level = random.Next(72, 95);
            for (var quarter = 0; quarter < 8; quarter++)
            {
                var start = lastQuarter.AddMonths(-3 * quarter);
                db.SupplierEvaluations.Add(new SupplierEvaluation
                {
                    SupplierId = supplierId,
                    PeriodStart = start,
                    PeriodEnd = start.AddMonths(3).AddDays(-1),
                    QualityScore = Score(random, level),
                    DeliveryScore = Score(random, level - 3),
                    ServiceScore = Score(random, level),
                    PriceScore = Score(random, level - 5),
                    EvaluatedBy = "equipment",
                    EvaluatedOn = start.AddMonths(3).AddDays(random.Next(3, 15)),
                });
            }
        }

        // Licences about to expire are the ones suppliers renew; the first supplier (the demo portal user's) keeps its own to renew.
        var expiring = await db.Certificates
            .Where(c => c.SupplierId != null && c.SupplierId != supplierIds[0] && c.Status == CertificateStatus.Approved
                && c.Type == CertificateType.OperatingLicense && c.ValidUntil != null && c.ValidUntil <= today.AddDays(90))
            .OrderBy(c => c.SupplierId)
            .Take(PendingRenewals)
            .ToListAsync();
        foreach (var current in expiring)
        {
            var from = current.ValidUntil!.Value.AddDays(1);
            var number = current.Number.Replace(current.ValidFrom?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var (file, _) = await store.SaveAsync(new MemoryStream(Pdf($"Renewal of certificate {current.Id}, valid {from:yyyy-MM-dd}")), $"{number}.pdf");
            var submitted = calendar.UtcNow.AddDays(-current.Id % 5 - 1);
            db.Certificates.Add(CertificateReview.Renewal(current, new CertificateInput(current.Type, number, current.Issuer, from, from.AddYears(5).AddDays(-1)),
                file!, "supplier-demo", submitted));
        }

        await db.SaveChangesAsync();
        var thresholds = services.GetRequiredService<IOptions<CertificateAlertOptions>>().Value.Thresholds;
        await CertificateAlerts.RaiseAsync(db, today, calendar.UtcNow, thresholds);
    }

    private static int Score(Random random, int level) => Math.Clamp(level + random.Next(-6, 7), 0, 100);

    /// <summary>A one-page PDF with a line of text, enough for a viewer to open.</summary>
    public static byte[] Pdf(string text)
    {
        var content = $"BT /F1 14 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
