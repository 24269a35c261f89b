using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ItemSupplierConfiguration : IEntityTypeConfiguration<ItemSupplier>
{
    public void Configure(EntityTypeBuilder<ItemSupplier> builder)
    {
        builder.HasIndex(s => new { s.ItemId, s.SupplierId }).IsUnique();
        builder.HasOne(s => s.Supplier).WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
