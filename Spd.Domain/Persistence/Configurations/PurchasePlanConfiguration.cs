using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class PurchasePlanConfiguration : IEntityTypeConfiguration<PurchasePlan>
{
    public void Configure(EntityTypeBuilder<PurchasePlan> builder)
    {
        builder.Property(p => p.No).HasMaxLength(32);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.Comment).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.No).IsUnique();
        builder.HasIndex(p => new { p.Status, p.CreatedUtc });
        builder.HasOne(p => p.Warehouse).WithMany().HasForeignKey(p => p.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Lines).WithOne(l => l.PurchasePlan).HasForeignKey(l => l.PurchasePlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
