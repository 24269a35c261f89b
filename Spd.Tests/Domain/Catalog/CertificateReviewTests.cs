using Spd.Domain.Catalog;

namespace Spd.Tests.Domain.Catalog;

public sealed class CertificateReviewTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
    private static readonly StoredCertificateFile File = new("营业执照.pdf", "0123456789abcdef0123456789abcdef.pdf", "application/pdf", 1234);

    private static Certificate Current() => new()
    {
        Id = 5, Type = CertificateType.OperatingLicense, Number = "旧证", SupplierId = 3, ValidUntil = new DateOnly(2026, 12, 31),
    };

    private static CertificateInput Input(string number = "新证") =>
        new(CertificateType.BusinessLicense, number, "杭州市场监督管理局", new DateOnly(2027, 1, 1), new DateOnly(2031, 12, 31));

    [Fact]
    public void A_renewal_waits_for_review_and_keeps_the_type_and_holder_of_what_it_replaces()
    {
        var renewal = CertificateReview.Renewal(Current(), Input(), File, "supplier", Now);

        Assert.Equal(CertificateStatus.PendingReview, renewal.Status);
        Assert.Equal(CertificateType.OperatingLicense, renewal.Type);
        Assert.Equal(3, renewal.SupplierId);
        Assert.Equal(5, renewal.ReplacesCertificateId);
        Assert.Equal(("supplier", Now), (renewal.SubmittedBy, renewal.SubmittedUtc));
        Assert.Equal(File.StoredFileName, renewal.StoredFileName);
    }

    [Fact]
    public void Approving_a_renewal_puts_it_in_force_and_supersedes_the_old_one()
    {
        var current = Current();
        var renewal = CertificateReview.Renewal(current, Input(), File, "supplier", Now);

        CertificateReview.Approve(renewal, current, "equipment", Now);

        Assert.Equal(CertificateStatus.Approved, renewal.Status);
        Assert.Equal(CertificateStatus.Superseded, current.Status);
        Assert.Equal("equipment", renewal.ReviewedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rejecting_needs_a_reason(string reason)
    {
        var renewal = CertificateReview.Renewal(Current(), Input(), File, "supplier", Now);

        Assert.Throws<ArgumentException>(() => CertificateReview.Reject(renewal, reason, "equipment", Now));
        Assert.Equal(CertificateStatus.PendingReview, renewal.Status);
    }

    [Fact]
    public void Rejecting_keeps_the_old_certificate_in_force_and_records_the_reason()
    {
        var current = Current();
        var renewal = CertificateReview.Renewal(current, Input(), File, "supplier", Now);

        CertificateReview.Reject(renewal, " 扫描件不清晰 ", "equipment", Now);

        Assert.Equal(CertificateStatus.Rejected, renewal.Status);
        Assert.Equal("扫描件不清晰", renewal.ReviewNote);
        Assert.Equal(CertificateStatus.Approved, current.Status);
    }

    [Fact]
    public void Nobody_reviews_their_own_submission()
    {
        var renewal = CertificateReview.Renewal(Current(), Input(), File, "equipment", Now);

        Assert.Throws<InvalidOperationException>(() => CertificateReview.Approve(renewal, null, "equipment", Now));
    }

    [Fact]
    public void A_reviewed_renewal_cannot_be_reviewed_again()
    {
        var renewal = CertificateReview.Renewal(Current(), Input(), File, "supplier", Now);
        CertificateReview.Reject(renewal, "不清晰", "equipment", Now);

        Assert.Throws<InvalidOperationException>(() => CertificateReview.Approve(renewal, null, "admin", Now));
    }

    [Fact]
    public void Validation_needs_a_number_an_end_after_the_start_and_the_authorising_manufacturer()
    {
        var errors = CertificateReview.Validate(new CertificateInput(CertificateType.Authorization, " ", null, new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1)));

        Assert.Equal(["Required", "EndBeforeStart", "Required"], errors.Select(e => e.Code));
        Assert.Equal([nameof(CertificateInput.Number), nameof(CertificateInput.ValidUntil), nameof(CertificateInput.AuthorizingManufacturerId)], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(-1, 90, false)]
    [InlineData(0, 100, true)]
    [InlineData(101, 90, false)]
    public void Evaluation_scores_are_between_0_and_100(int quality, int price, bool valid)
    {
        var evaluation = new SupplierEvaluation
        {
            EvaluatedBy = "equipment", QualityScore = quality, DeliveryScore = 80, ServiceScore = 80, PriceScore = price,
            PeriodStart = new DateOnly(2026, 7, 1), PeriodEnd = new DateOnly(2026, 9, 30),
        };

        var errors = SupplierEvaluationRules.Validate(evaluation);

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal("ScoreRange", e.Code));
    }

    [Fact]
    public void An_evaluation_period_cannot_end_before_it_starts()
    {
        var evaluation = new SupplierEvaluation { EvaluatedBy = "e", PeriodStart = new DateOnly(2026, 7, 1), PeriodEnd = new DateOnly(2026, 6, 30) };

        Assert.Equal("EndBeforeStart", Assert.Single(SupplierEvaluationRules.Validate(evaluation)).Code);
    }
}
