using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Settlement;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SettlementLineConfiguration : IEntityTypeConfiguration<SettlementLine>
{
    public void Configure(EntityTypeBuilder<SettlementLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_SettlementLines_Quantity", "Quantity > 0"));
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.HasIndex(l => l.ConsumptionId).IsUnique();
        builder.HasIndex(l => new { l.SupplierId, l.AtUtc });
        builder.HasOne(l => l.Supplier).WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Consumption).WithMany().HasForeignKey(l => l.ConsumptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
