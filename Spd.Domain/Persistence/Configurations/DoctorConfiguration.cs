using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DoctorConfiguration : IEntityTypeConfiguration<Doctor>
{
    public void Configure(EntityTypeBuilder<Doctor> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.UserName).HasMaxLength(256);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.UserName);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
