using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Dispatching;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentReturnLineConfiguration : IEntityTypeConfiguration<DepartmentReturnLine>
{
    public void Configure(EntityTypeBuilder<DepartmentReturnLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_DepartmentReturnLines_Quantity", "Quantity > 0"));
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.HasIndex(l => l.StockUnitId);
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.StockUnit).WithMany().HasForeignKey(l => l.StockUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
