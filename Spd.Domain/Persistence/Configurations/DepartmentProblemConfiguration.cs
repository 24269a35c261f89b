using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentProblemConfiguration : IEntityTypeConfiguration<DepartmentProblem>
{
    public void Configure(EntityTypeBuilder<DepartmentProblem> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.Property(p => p.Owner).HasMaxLength(100);
        builder.Property(p => p.FoundBy).HasMaxLength(256);
        builder.Property(p => p.Resolution).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.DepartmentId, p.Status });
        builder.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
