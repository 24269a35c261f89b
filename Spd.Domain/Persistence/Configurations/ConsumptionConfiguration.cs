using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ConsumptionConfiguration : IEntityTypeConfiguration<Consumption>
{
    public void Configure(EntityTypeBuilder<Consumption> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Consumptions_Quantity", "Quantity > 0"));
        builder.Property(c => c.No).HasMaxLength(32);
        builder.Property(c => c.LotNumber).HasMaxLength(40);
        builder.Property(c => c.Serial).HasMaxLength(40);
        builder.Property(c => c.EncounterNo).HasMaxLength(40);
        builder.Property(c => c.Operation).HasMaxLength(200);
        builder.Property(c => c.DrgGroup).HasMaxLength(20);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.DeviceId).HasMaxLength(64);
        builder.Property(c => c.ScanId).HasMaxLength(64);
        builder.HasIndex(c => c.No).IsUnique();
        builder.HasIndex(c => c.ScanId).IsUnique();
        builder.HasIndex(c => new { c.DepartmentId, c.AtUtc });
        builder.HasIndex(c => new { c.ItemId, c.LotNumber });
        builder.HasIndex(c => c.PatientId);
        builder.HasIndex(c => c.StockUnitId);
        builder.HasIndex(c => c.SurgeryId);
        builder.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Warehouse).WithMany().HasForeignKey(c => c.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Item).WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.StockUnit).WithMany().HasForeignKey(c => c.StockUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(c => c.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.HisOrderLine).WithMany().HasForeignKey(c => c.HisOrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Doctor).WithMany().HasForeignKey(c => c.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Surgery).WithMany().HasForeignKey(c => c.SurgeryId).OnDelete(DeleteBehavior.Restrict);
    }
}
