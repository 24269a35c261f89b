using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class FixedQuantityLimitConfiguration : IEntityTypeConfiguration<FixedQuantityLimit>
{
    public void Configure(EntityTypeBuilder<FixedQuantityLimit> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_FixedQuantityLimits_UpperLimit", "UpperLimit >= 0"));
        builder.Ignore(l => l.IsApproved);
        builder.Property(l => l.ApprovedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.WarehouseId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Warehouse).WithMany().HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
