using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;
using Spd.Domain.Dispatching;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DispatchLineConfiguration : IEntityTypeConfiguration<DispatchLine>
{
    public void Configure(EntityTypeBuilder<DispatchLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_DispatchLines_Quantity", "Quantity > 0 AND ReceivedQuantity >= 0 AND ReceivedQuantity <= Quantity"));
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.HasIndex(l => l.RequisitionLineId);
        builder.HasIndex(l => l.StockUnitId);
        builder.HasIndex(l => new { l.ItemId, l.LotNumber });
        builder.HasOne(l => l.RequisitionLine).WithMany().HasForeignKey(l => l.RequisitionLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Item>().WithMany().HasForeignKey(l => l.SubstitutedItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.StockUnit).WithMany().HasForeignKey(l => l.StockUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
