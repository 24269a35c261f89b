using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Inventory;
using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StockUnitConfiguration : IEntityTypeConfiguration<StockUnit>
{
    public void Configure(EntityTypeBuilder<StockUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.Property(u => u.LotNumber).HasMaxLength(40);
        builder.Property(u => u.Serial).HasMaxLength(40);
        builder.Property(u => u.Udi).HasMaxLength(200);
        builder.Property(u => u.Epc).HasMaxLength(24);
        builder.HasIndex(u => new { u.DepartmentId, u.LabelStatus });
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Udi).IsUnique();
        builder.HasIndex(u => u.Epc).IsUnique();
        builder.HasIndex(u => new { u.ItemId, u.LotNumber });
        builder.HasIndex(u => new { u.WarehouseId, u.Status });
        builder.HasOne(u => u.Item).WithMany().HasForeignKey(u => u.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(u => u.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(u => u.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(u => u.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceiptLine>().WithMany().HasForeignKey(u => u.ReceiptLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
