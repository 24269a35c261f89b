using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SurgeryRequestLineConfiguration : IEntityTypeConfiguration<SurgeryRequestLine>
{
    public void Configure(EntityTypeBuilder<SurgeryRequestLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_SurgeryRequestLines_Quantity", "Quantity > 0"));
        builder.HasIndex(l => new { l.SurgeryId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
