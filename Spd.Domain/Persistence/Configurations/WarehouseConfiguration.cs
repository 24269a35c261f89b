using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(32);
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.HasIndex(w => w.Kind);
        builder.HasOne(w => w.Campus).WithMany().HasForeignKey(w => w.CampusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.OwnerDepartment).WithMany().HasForeignKey(w => w.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.SupplyingWarehouse).WithMany().HasForeignKey(w => w.SupplyingWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Locations).WithOne(l => l.Warehouse).HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
