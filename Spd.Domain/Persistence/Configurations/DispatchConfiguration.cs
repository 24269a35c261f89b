using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Dispatching;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DispatchConfiguration : IEntityTypeConfiguration<Dispatch>
{
    public void Configure(EntityTypeBuilder<Dispatch> builder)
    {
        builder.Property(d => d.No).HasMaxLength(32);
        builder.Property(d => d.Courier).HasMaxLength(100);
        builder.Property(d => d.BoxCode).HasMaxLength(40);
        builder.Property(d => d.ReceivedBy).HasMaxLength(256);
        builder.Property(d => d.SignedNoteReturnedBy).HasMaxLength(256);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.No).IsUnique();
        builder.HasIndex(d => new { d.ToWarehouseId, d.Status });
        builder.HasIndex(d => new { d.FromWarehouseId, d.Status });
        builder.HasIndex(d => d.RequisitionId);
        builder.HasOne(d => d.Requisition).WithMany().HasForeignKey(d => d.RequisitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.FromWarehouse).WithMany().HasForeignKey(d => d.FromWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ToWarehouse).WithMany().HasForeignKey(d => d.ToWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne(l => l.Dispatch).HasForeignKey(l => l.DispatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
