using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SurgicalKitConfiguration : IEntityTypeConfiguration<SurgicalKit>
{
    public void Configure(EntityTypeBuilder<SurgicalKit> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(32);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.OperationTypes).HasMaxLength(500);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.HasMany(k => k.Lines).WithOne(l => l.SurgicalKit).HasForeignKey(l => l.SurgicalKitId).OnDelete(DeleteBehavior.Cascade);
    }
}
