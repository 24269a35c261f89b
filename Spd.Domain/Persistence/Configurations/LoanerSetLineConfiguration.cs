using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class LoanerSetLineConfiguration : IEntityTypeConfiguration<LoanerSetLine>
{
    public void Configure(EntityTypeBuilder<LoanerSetLine> builder)
    {
        builder.HasIndex(l => new { l.SurgeryId, l.StockUnitId }).IsUnique();
        builder.HasOne(l => l.StockUnit).WithMany().HasForeignKey(l => l.StockUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
