using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class HisOrderConfiguration : IEntityTypeConfiguration<HisOrder>
{
    public void Configure(EntityTypeBuilder<HisOrder> builder)
    {
        builder.Property(o => o.OrderNo).HasMaxLength(40);
        builder.Property(o => o.EncounterNo).HasMaxLength(40);
        builder.Property(o => o.Operation).HasMaxLength(200);
        builder.Property(o => o.DrgGroup).HasMaxLength(20);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.OrderNo).IsUnique();
        builder.HasIndex(o => new { o.PatientId, o.Status });
        builder.HasOne(o => o.Patient).WithMany().HasForeignKey(o => o.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Department).WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Doctor).WithMany().HasForeignKey(o => o.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Surgery).WithMany().HasForeignKey(o => o.SurgeryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne(l => l.HisOrder).HasForeignKey(l => l.HisOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
