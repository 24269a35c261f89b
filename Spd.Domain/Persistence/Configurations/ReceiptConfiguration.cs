using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.Property(r => r.No).HasMaxLength(32);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.No).IsUnique();
        builder.HasIndex(r => r.DeliveryNoteId).IsUnique();
        builder.HasIndex(r => new { r.Status, r.StartedUtc });
        builder.HasOne(r => r.DeliveryNote).WithMany().HasForeignKey(r => r.DeliveryNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Warehouse).WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne(l => l.Receipt).HasForeignKey(l => l.ReceiptId).OnDelete(DeleteBehavior.Cascade);
    }
}
