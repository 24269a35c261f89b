using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class AssistantAssignmentConfiguration : IEntityTypeConfiguration<AssistantAssignment>
{
    public void Configure(EntityTypeBuilder<AssistantAssignment> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.HasIndex(a => new { a.DepartmentId, a.UserName }).IsUnique();
        builder.HasIndex(a => a.UserName);
        builder.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
