using Spd.Domain.Catalog;

namespace Spd.Tests.Domain.Catalog;

public sealed class SupplierTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blacklisting_needs_a_reason(string reason)
    {
        var supplier = new Supplier { Code = "GYS1", Name = "某公司" };

        Assert.Throws<ArgumentException>(() => supplier.Blacklist(reason, new DateOnly(2026, 1, 1)));
        Assert.False(supplier.Blacklisted);
    }

    [Fact]
    public void Blacklisting_records_reason_and_date_and_lifting_clears_them()
    {
        var supplier = new Supplier { Code = "GYS1", Name = "某公司" };

        supplier.Blacklist("  提供过期产品 ", new DateOnly(2026, 3, 1));
        Assert.True(supplier.Blacklisted);
        Assert.Equal("提供过期产品", supplier.BlacklistReason);
        Assert.Equal(new DateOnly(2026, 3, 1), supplier.BlacklistedOn);

        supplier.LiftBlacklist();
        Assert.False(supplier.Blacklisted);
        Assert.Null(supplier.BlacklistReason);
        Assert.Null(supplier.BlacklistedOn);
    }

    [Fact]
    public void A_certificate_is_valid_from_its_first_to_its_last_day_inclusive()
    {
        var certificate = new Certificate { Number = "N1", ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2026, 12, 31) };

        Assert.False(certificate.IsValidOn(new DateOnly(2024, 12, 31)));
        Assert.True(certificate.IsValidOn(new DateOnly(2025, 1, 1)));
        Assert.True(certificate.IsValidOn(new DateOnly(2026, 12, 31)));
        Assert.False(certificate.IsValidOn(new DateOnly(2027, 1, 1)));
        Assert.Equal(9, certificate.DaysLeft(new DateOnly(2026, 12, 22)));
    }

    [Fact]
    public void A_certificate_without_an_end_date_never_expires()
    {
        var certificate = new Certificate { Number = "N1" };

        Assert.True(certificate.IsValidOn(new DateOnly(2099, 1, 1)));
        Assert.Null(certificate.DaysLeft(new DateOnly(2026, 1, 1)));
    }
}
