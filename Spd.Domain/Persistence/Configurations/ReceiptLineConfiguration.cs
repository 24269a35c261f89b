using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ReceiptLineConfiguration : IEntityTypeConfiguration<ReceiptLine>
{
    public void Configure(EntityTypeBuilder<ReceiptLine> builder)
    {
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.Property(l => l.RefusalCode).HasMaxLength(64);
        builder.Property(l => l.RefusalArguments).HasMaxLength(1000);
        builder.HasIndex(l => l.DeliveryNoteLineId).IsUnique();
        builder.HasOne(l => l.DeliveryNoteLine).WithMany().HasForeignKey(l => l.DeliveryNoteLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
