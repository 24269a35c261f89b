using Spd.Domain.Catalog;

namespace Spd.Tests.Domain.Catalog;

public sealed class CertificateCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly Manufacturer manufacturer = new() { Id = 7, Code = "CJ7", Name = "威高骨科" };
    private readonly Supplier supplier = new() { Id = 3, Code = "GYS3", Name = "国药控股" };

    public CertificateCheckTests()
    {
        supplier.Certificates.AddRange(
        [
            new Certificate { Type = CertificateType.BusinessLicense, Number = "B", ValidUntil = null },
            new Certificate { Type = CertificateType.OperatingLicense, Number = "O", ValidUntil = Today.AddDays(100) },
            new Certificate { Type = CertificateType.Authorization, Number = "A", AuthorizingManufacturerId = 7, ValidUntil = Today.AddDays(10) },
        ]);
        manufacturer.Certificates.Add(new Certificate { Type = CertificateType.ProductionLicense, Number = "P", ValidUntil = Today.AddDays(400) });
    }

    private Item NewItem() => new()
    {
        Code = "WZ1", Name = "锁定钢板", Specification = "6孔", Unit = "块",
        Supplier = supplier, SupplierId = supplier.Id, Manufacturer = manufacturer, ManufacturerId = manufacturer.Id,
        RegistrationCertificateNo = "国械注准20233130001", RegistrationCertificateExpiry = Today.AddDays(30),
    };

    private static string[] Codes(IEnumerable<EligibilityProblem> problems) => [.. problems.Select(p => p.Code)];

    [Fact]
    public void A_supplier_with_both_licences_in_date_is_eligible()
    {
        Assert.Empty(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Empty(CertificateCheck.ItemProblems(NewItem(), Today));
    }

    [Fact]
    public void A_blacklisted_supplier_is_not_eligible_and_the_reason_is_given()
    {
        supplier.Blacklist("虚假授权书", Today);

        var problem = Assert.Single(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Equal(CertificateCheck.Blacklisted, problem.Code);
        Assert.Equal(["虚假授权书"], problem.Arguments);
    }

    [Fact]
    public void A_missing_operating_licence_is_a_problem()
    {
        supplier.Certificates.RemoveAll(c => c.Type == CertificateType.OperatingLicense);

        var problem = Assert.Single(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Equal(CertificateCheck.MissingCertificate, problem.Code);
        Assert.Equal(nameof(CertificateType.OperatingLicense), problem.Arguments[0]);
    }

    [Fact]
    public void An_expired_business_licence_is_a_problem_the_day_after_its_last_day()
    {
        supplier.Certificates[0].ValidUntil = Today.AddDays(-1);

        var problem = Assert.Single(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Equal(CertificateCheck.ExpiredCertificate, problem.Code);
        Assert.Equal([nameof(CertificateType.BusinessLicense), "2026-11-21"], problem.Arguments);

        supplier.Certificates[0].ValidUntil = Today;
        Assert.Empty(CertificateCheck.SupplierProblems(supplier, Today));
    }

    [Theory]
    [InlineData(CertificateStatus.PendingReview)]
    [InlineData(CertificateStatus.Rejected)]
    public void A_renewal_under_review_or_rejected_does_not_count(CertificateStatus status)
    {
        supplier.Certificates[1].Status = status;

        Assert.Equal([CertificateCheck.MissingCertificate], Codes(CertificateCheck.SupplierProblems(supplier, Today)));
    }

    [Fact]
    public void A_licence_superseded_by_a_renewal_that_starts_later_stays_in_force_until_then()
    {
        var old = supplier.Certificates[1];
        old.Id = 11;
        old.Status = CertificateStatus.Superseded;
        var renewal = new Certificate { Id = 12, Type = CertificateType.OperatingLicense, Number = "O2", ValidFrom = Today.AddDays(101), ValidUntil = Today.AddYears(5), ReplacesCertificateId = 11 };
        supplier.Certificates.Add(renewal);

        Assert.Empty(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Empty(CertificateCheck.SupplierProblems(supplier, Today.AddDays(101)));

        old.ValidUntil = Today.AddDays(-1);
        var problem = Assert.Single(CertificateCheck.SupplierProblems(supplier, Today));
        Assert.Equal(CertificateCheck.NotYetValidCertificate, problem.Code);
        Assert.Equal([nameof(CertificateType.OperatingLicense), Today.AddDays(101).ToString("yyyy-MM-dd")], problem.Arguments);
    }

    [Fact]
    public void An_item_needs_its_manufacturers_production_licence_in_date()
    {
        manufacturer.Certificates[0].ValidUntil = Today.AddDays(-3);
        Assert.Equal([CertificateCheck.ExpiredManufacturerCertificate], Codes(CertificateCheck.ItemProblems(NewItem(), Today)));

        manufacturer.Certificates.Clear();
        Assert.Equal([CertificateCheck.MissingManufacturerCertificate], Codes(CertificateCheck.ItemProblems(NewItem(), Today)));
    }

    [Fact]
    public void An_imported_item_needs_no_chinese_production_licence()
    {
        manufacturer.Country = "美国";
        manufacturer.Certificates.Clear();

        Assert.Empty(CertificateCheck.ItemProblems(NewItem(), Today));
    }

    [Fact]
    public void An_item_needs_an_authorisation_from_its_own_manufacturer()
    {
        supplier.Certificates[2].AuthorizingManufacturerId = 99;
        Assert.Equal([CertificateCheck.MissingAuthorization], Codes(CertificateCheck.ItemProblems(NewItem(), Today)));

        supplier.Certificates[2].AuthorizingManufacturerId = 7;
        supplier.Certificates[2].ValidUntil = Today.AddDays(-1);
        Assert.Equal([CertificateCheck.ExpiredAuthorization], Codes(CertificateCheck.ItemProblems(NewItem(), Today)));
    }

    [Fact]
    public void An_item_needs_a_registration_certificate_in_date()
    {
        var item = NewItem();
        item.RegistrationCertificateExpiry = Today.AddDays(-1);
        Assert.Equal([CertificateCheck.ExpiredRegistration], Codes(CertificateCheck.ItemProblems(item, Today)));

        item.RegistrationCertificateNo = null;
        Assert.Equal([CertificateCheck.MissingRegistration], Codes(CertificateCheck.ItemProblems(item, Today)));
    }

    [Fact]
    public void An_item_of_a_supplier_that_fails_fails_with_the_suppliers_problems()
    {
        supplier.Blacklist("违规", Today);

        Assert.Equal([CertificateCheck.Blacklisted], Codes(CertificateCheck.ItemProblems(NewItem(), Today)));
    }
}
