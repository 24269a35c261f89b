using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.NameInitials).HasMaxLength(200);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.CreditCode).HasMaxLength(18);
        builder.Property(s => s.ContactName).HasMaxLength(50);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.BlacklistReason).HasMaxLength(500);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.NameInitials);
        builder.HasMany(s => s.Certificates).WithOne(c => c.Supplier).HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
