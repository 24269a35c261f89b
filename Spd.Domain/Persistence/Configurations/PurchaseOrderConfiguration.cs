using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> builder)
    {
        builder.Property(o => o.No).HasMaxLength(32);
        builder.Property(o => o.ConfirmedBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.No).IsUnique();
        builder.HasIndex(o => new { o.SupplierId, o.Status });
        builder.HasIndex(o => o.CreatedUtc);
        builder.HasOne(o => o.Supplier).WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Warehouse).WithMany().HasForeignKey(o => o.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PurchasePlan>().WithMany().HasForeignKey(o => o.PurchasePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne(l => l.PurchaseOrder).HasForeignKey(l => l.PurchaseOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
