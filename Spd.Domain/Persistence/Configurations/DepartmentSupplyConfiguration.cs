using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentSupplyConfiguration : IEntityTypeConfiguration<DepartmentSupply>
{
    public void Configure(EntityTypeBuilder<DepartmentSupply> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_DepartmentSupplies_CycleDays", "CycleDays BETWEEN 1 AND 31");
            t.HasCheckConstraint("CK_DepartmentSupplies_StockBaseDays", "StockBaseDays BETWEEN 1 AND 90");
        });
        builder.Property(s => s.Route).HasMaxLength(32);
        builder.HasIndex(s => s.DepartmentId).IsUnique();
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
