using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DeliveryNoteConfiguration : IEntityTypeConfiguration<DeliveryNote>
{
    public void Configure(EntityTypeBuilder<DeliveryNote> builder)
    {
        builder.Property(n => n.No).HasMaxLength(32);
        builder.Property(n => n.ExternalRef).HasMaxLength(64);
        builder.Property(n => n.Courier).HasMaxLength(100);
        builder.Property(n => n.SubmittedBy).HasMaxLength(256);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => n.No).IsUnique();
        builder.HasIndex(n => new { n.SupplierId, n.ExternalRef }).IsUnique();
        builder.HasIndex(n => new { n.SupplierId, n.Status });
        builder.HasOne(n => n.Supplier).WithMany().HasForeignKey(n => n.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.PurchaseOrder).WithMany().HasForeignKey(n => n.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Lines).WithOne(l => l.DeliveryNote).HasForeignKey(l => l.DeliveryNoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
