using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StocktakeConfiguration : IEntityTypeConfiguration<Stocktake>
{
    public void Configure(EntityTypeBuilder<Stocktake> builder)
    {
        builder.Property(s => s.No).HasMaxLength(32);
        builder.Property(s => s.Zone).HasMaxLength(32);
        builder.Property(s => s.OpenedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.No).IsUnique();
        builder.HasIndex(s => new { s.WarehouseId, s.Status });
        builder.HasOne(s => s.Warehouse).WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne(l => l.Stocktake).HasForeignKey(l => l.StocktakeId).OnDelete(DeleteBehavior.Cascade);
    }
}
