using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class LabelStocktakeLineConfiguration : IEntityTypeConfiguration<LabelStocktakeLine>
{
    public void Configure(EntityTypeBuilder<LabelStocktakeLine> builder)
    {
        builder.HasIndex(l => new { l.LabelStocktakeId, l.StockUnitId }).IsUnique();
        builder.HasOne(l => l.StockUnit).WithMany().HasForeignKey(l => l.StockUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
