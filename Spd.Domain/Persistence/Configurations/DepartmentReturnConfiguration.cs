using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Dispatching;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentReturnConfiguration : IEntityTypeConfiguration<DepartmentReturn>
{
    public void Configure(EntityTypeBuilder<DepartmentReturn> builder)
    {
        builder.Property(r => r.No).HasMaxLength(32);
        builder.Property(r => r.Comment).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.No).IsUnique();
        builder.HasIndex(r => new { r.DepartmentId, r.CreatedUtc });
        builder.HasIndex(r => r.Status);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Warehouse).WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Dispatch).WithMany().HasForeignKey(r => r.DispatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Supplier).WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne(l => l.DepartmentReturn).HasForeignKey(l => l.DepartmentReturnId).OnDelete(DeleteBehavior.Cascade);
    }
}
