using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(64);
        builder.Property(c => c.Issuer).HasMaxLength(100);
        builder.HasIndex(c => c.ValidUntil);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Certificates_Holder",
            "(\"SupplierId\" IS NOT NULL AND \"ManufacturerId\" IS NULL) OR (\"SupplierId\" IS NULL AND \"ManufacturerId\" IS NOT NULL)"));
    }
}
