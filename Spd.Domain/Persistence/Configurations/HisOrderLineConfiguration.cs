using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class HisOrderLineConfiguration : IEntityTypeConfiguration<HisOrderLine>
{
    public void Configure(EntityTypeBuilder<HisOrderLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_HisOrderLines_Quantity", "Quantity > 0 AND ConsumedQuantity >= 0"));
        builder.HasIndex(l => new { l.HisOrderId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
