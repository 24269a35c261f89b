using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Inventory;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_StockBalances_Quantity", "Quantity >= 0"));
        builder.Property(b => b.LotNumber).HasMaxLength(40);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Position);
        builder.HasIndex(b => new { b.WarehouseId, b.LocationKey, b.ItemId, b.LotNumber, b.OwnerKey, b.State }).IsUnique();
        builder.HasIndex(b => new { b.ItemId, b.LotNumber });
        builder.HasIndex(b => b.ExpiryDate);
        builder.HasOne(b => b.Warehouse).WithMany().HasForeignKey(b => b.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Location).WithMany().HasForeignKey(b => b.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Item).WithMany().HasForeignKey(b => b.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(b => b.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
