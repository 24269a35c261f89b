using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class DepartmentQuotaConfiguration : IEntityTypeConfiguration<DepartmentQuota>
{
    public void Configure(EntityTypeBuilder<DepartmentQuota> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_DepartmentQuotas_Limit", "MonthlyLimit > 0");
            t.HasCheckConstraint("CK_DepartmentQuotas_Item", "(Kind = 'ItemQuantity' AND ItemId IS NOT NULL) OR (Kind <> 'ItemQuantity' AND ItemId IS NULL)");
        });
        builder.HasIndex(q => new { q.DepartmentId, q.Kind, q.ItemId });
        builder.HasOne(q => q.Department).WithMany().HasForeignKey(q => q.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Item).WithMany().HasForeignKey(q => q.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
