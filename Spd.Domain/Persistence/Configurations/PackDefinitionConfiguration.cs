using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class PackDefinitionConfiguration : IEntityTypeConfiguration<PackDefinition>
{
    public void Configure(EntityTypeBuilder<PackDefinition> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_PackDefinitions_PackSize", "PackSize > 0"));
        builder.HasIndex(p => new { p.DepartmentId, p.ItemId }).IsUnique();
        builder.HasIndex(p => p.ItemId);
        builder.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Item).WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
