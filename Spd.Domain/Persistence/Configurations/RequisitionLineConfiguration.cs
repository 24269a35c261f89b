using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class RequisitionLineConfiguration : IEntityTypeConfiguration<RequisitionLine>
{
    public void Configure(EntityTypeBuilder<RequisitionLine> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_RequisitionLines_Quantity", "Quantity > 0 AND ApprovedQuantity >= 0 AND DispatchedQuantity >= 0 AND ReceivedQuantity >= 0");
            t.HasCheckConstraint("CK_RequisitionLines_Received", "ReceivedQuantity <= DispatchedQuantity");
        });
        builder.HasIndex(l => new { l.RequisitionId, l.ItemId }).IsUnique();
        builder.HasIndex(l => l.ItemId);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
