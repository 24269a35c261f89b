using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Organization;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(32);
        builder.Property(d => d.NameInitials).HasMaxLength(200);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.CostCenterCode).HasMaxLength(32);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.Name);
        builder.HasIndex(d => d.NameInitials);
        builder.HasOne(d => d.Campus).WithMany().HasForeignKey(d => d.CampusId).OnDelete(DeleteBehavior.Restrict);
    }
}
