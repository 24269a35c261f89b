using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class RequisitionConfiguration : IEntityTypeConfiguration<Requisition>
{
    public void Configure(EntityTypeBuilder<Requisition> builder)
    {
        builder.Property(r => r.No).HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.No).IsUnique();
        builder.HasIndex(r => new { r.SupplyingWarehouseId, r.Status });
        builder.HasIndex(r => new { r.DepartmentId, r.CreatedUtc });
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Warehouse).WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.SupplyingWarehouse).WithMany().HasForeignKey(r => r.SupplyingWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne(l => l.Requisition).HasForeignKey(l => l.RequisitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
