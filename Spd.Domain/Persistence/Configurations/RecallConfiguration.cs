using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class RecallConfiguration : IEntityTypeConfiguration<Recall>
{
    public void Configure(EntityTypeBuilder<Recall> builder)
    {
        builder.Property(r => r.No).HasMaxLength(32);
        builder.Property(r => r.Model).HasMaxLength(100);
        builder.Property(r => r.LotNumber).HasMaxLength(40);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.StartedBy).HasMaxLength(256);
        builder.Property(r => r.ClosedBy).HasMaxLength(256);
        builder.HasIndex(r => r.No).IsUnique();
        builder.HasIndex(r => r.Status);
        builder.HasOne(r => r.Item).WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Manufacturer).WithMany().HasForeignKey(r => r.ManufacturerId).OnDelete(DeleteBehavior.Restrict);
    }
}
