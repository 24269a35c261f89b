using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ClimateReadingConfiguration : IEntityTypeConfiguration<ClimateReading>
{
    public void Configure(EntityTypeBuilder<ClimateReading> builder)
    {
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.HasIndex(c => new { c.WarehouseId, c.TakenUtc });
        builder.HasOne(c => c.Warehouse).WithMany().HasForeignKey(c => c.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
