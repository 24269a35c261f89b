using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SurgicalKitLineConfiguration : IEntityTypeConfiguration<SurgicalKitLine>
{
    public void Configure(EntityTypeBuilder<SurgicalKitLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_SurgicalKitLines_Quantity", "Quantity > 0"));
        builder.HasIndex(l => new { l.SurgicalKitId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
