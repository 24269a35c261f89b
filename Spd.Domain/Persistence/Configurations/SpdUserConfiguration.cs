using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Security;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SpdUserConfiguration : IEntityTypeConfiguration<SpdUser>
{
    public void Configure(EntityTypeBuilder<SpdUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(u => u.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
