using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SurgeryConfiguration : IEntityTypeConfiguration<Surgery>
{
    public void Configure(EntityTypeBuilder<Surgery> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Surgeries_DoubleSign", "SurgeonSignedBy IS NULL OR NurseSignedBy IS NULL OR SurgeonSignedBy <> NurseSignedBy"));
        builder.Property(s => s.No).HasMaxLength(40);
        builder.Property(s => s.EncounterNo).HasMaxLength(40);
        builder.Property(s => s.Operation).HasMaxLength(200);
        builder.Property(s => s.DrgGroup).HasMaxLength(20);
        builder.Property(s => s.RequestedBy).HasMaxLength(256);
        builder.Property(s => s.SurgeonSignedBy).HasMaxLength(256);
        builder.Property(s => s.NurseSignedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.No).IsUnique();
        builder.HasIndex(s => new { s.WarehouseId, s.ScheduledUtc });
        builder.HasOne(s => s.Patient).WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Warehouse).WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Surgeon).WithMany().HasForeignKey(s => s.SurgeonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Supplier).WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.RequestLines).WithOne(l => l.Surgery).HasForeignKey(l => l.SurgeryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.LoanerLines).WithOne(l => l.Surgery).HasForeignKey(l => l.SurgeryId).OnDelete(DeleteBehavior.Cascade);
    }
}
