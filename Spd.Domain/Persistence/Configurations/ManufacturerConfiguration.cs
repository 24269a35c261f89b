using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ManufacturerConfiguration : IEntityTypeConfiguration<Manufacturer>
{
    public void Configure(EntityTypeBuilder<Manufacturer> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(32);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.CreditCode).HasMaxLength(18);
        builder.Property(m => m.Country).HasMaxLength(50);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasMany(m => m.Certificates).WithOne(c => c.Manufacturer).HasForeignKey(c => c.ManufacturerId).OnDelete(DeleteBehavior.Cascade);
    }
}
