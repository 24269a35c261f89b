using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;
using Spd.Domain.Inventory;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StocktakeScanConfiguration : IEntityTypeConfiguration<StocktakeScan>
{
    public void Configure(EntityTypeBuilder<StocktakeScan> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(200);
        builder.Property(s => s.UserName).HasMaxLength(256);
        builder.HasIndex(s => new { s.StocktakeId, s.Code }).IsUnique();
        builder.HasOne<Stocktake>().WithMany().HasForeignKey(s => s.StocktakeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StocktakeLine>().WithMany().HasForeignKey(s => s.StocktakeLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockUnit>().WithMany().HasForeignKey(s => s.StockUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
