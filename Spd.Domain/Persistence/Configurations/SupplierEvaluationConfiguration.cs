using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SupplierEvaluationConfiguration : IEntityTypeConfiguration<SupplierEvaluation>
{
    public void Configure(EntityTypeBuilder<SupplierEvaluation> builder)
    {
        builder.Ignore(e => e.TotalScore);
        builder.Property(e => e.Comment).HasMaxLength(1000);
        builder.Property(e => e.EvaluatedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.SupplierId, e.PeriodStart }).IsUnique();
        builder.HasOne(e => e.Supplier).WithMany().HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_SupplierEvaluations_Scores",
            "\"QualityScore\" BETWEEN 0 AND 100 AND \"DeliveryScore\" BETWEEN 0 AND 100 AND \"ServiceScore\" BETWEEN 0 AND 100 AND \"PriceScore\" BETWEEN 0 AND 100"));
    }
}
