using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(32);
        builder.Property(l => l.Zone).HasMaxLength(32);
        builder.HasIndex(l => new { l.WarehouseId, l.Code }).IsUnique();
    }
}
