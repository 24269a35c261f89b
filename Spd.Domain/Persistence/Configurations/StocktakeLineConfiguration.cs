using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StocktakeLineConfiguration : IEntityTypeConfiguration<StocktakeLine>
{
    public void Configure(EntityTypeBuilder<StocktakeLine> builder)
    {
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.Property(l => l.CountedBy).HasMaxLength(256);
        builder.Ignore(l => l.Variance);
        builder.Ignore(l => l.VarianceValue);
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
