using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class PurchasePlanLineConfiguration : IEntityTypeConfiguration<PurchasePlanLine>
{
    public void Configure(EntityTypeBuilder<PurchasePlanLine> builder)
    {
        builder.Property(l => l.RefusalCode).HasMaxLength(64);
        builder.Property(l => l.RefusalArguments).HasMaxLength(1000);
        builder.HasIndex(l => new { l.ItemId, l.Status });
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Supplier).WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(l => l.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
