using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Portal;
using Spd.Web.Security;

namespace Spd.Tests.Web;

public sealed class MyCertificatesPageTests : SpdBunitContext
{
    private readonly Supplier own;

    public MyCertificatesPageTests()
    {
        using var db = Database.CreateUnaudited();
        (own, _) = MasterDataBuilder.AddSupplierAsync(db, "GYS901", "本公司医疗器械有限公司").GetAwaiter().GetResult();
        var (other, _) = MasterDataBuilder.AddSupplierAsync(db, "GYS902", "别家医疗器械有限公司").GetAwaiter().GetResult();
        var today = new DateOnly(2026, 11, 22);
        var renewed = new Certificate { Type = CertificateType.OperatingLicense, Number = "OWN-OPERATING", SupplierId = own.Id, ValidUntil = today.AddDays(20) };
        db.Certificates.AddRange(
            new Certificate { Type = CertificateType.BusinessLicense, Number = "OWN-BUSINESS", SupplierId = own.Id },
            renewed,
            new Certificate { Type = CertificateType.BusinessLicense, Number = "OTHER-BUSINESS", SupplierId = other.Id });
        db.SaveChanges();
        db.Certificates.Add(new Certificate
        {
            Type = CertificateType.OperatingLicense, Number = "OWN-RENEWAL", SupplierId = own.Id, Status = CertificateStatus.PendingReview,
            ReplacesCertificateId = renewed.Id, ValidUntil = today.AddYears(5),
        });
        db.SaveChanges();
        Authorization.SetAuthorized("supplier").SetRoles(Roles.Supplier)
            .SetClaims(new Claim(SpdClaimsFactory.SupplierClaim, own.Id.ToString(CultureInfo.InvariantCulture)));
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MyCertificates>(2);
        builder.CloseComponent();
    });

    [Fact]
    public void A_supplier_sees_only_its_own_certificates()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("OWN-BUSINESS", page.Markup));
        Assert.Contains("OWN-RENEWAL", page.Markup);
        Assert.DoesNotContain("OTHER-BUSINESS", page.Markup);
    }

    [Fact]
    public void A_certificate_with_a_renewal_under_review_offers_no_second_upload()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("OWN-BUSINESS", page.Markup));
        var rows = page.FindAll("[data-testid=certificate-row]");
        Assert.Single(rows, r => r.TextContent.Contains("OWN-BUSINESS") && r.QuerySelector("[data-testid=certificate-renew]") is not null);
        Assert.Single(rows, r => r.TextContent.Contains("OWN-OPERATING") && r.QuerySelector("[data-testid=certificate-renew]") is null);
        Assert.Contains("待审核", page.Markup);
        Assert.Equal("可采购", page.Find("[data-testid=eligibility]").TextContent.Trim());
    }
}
