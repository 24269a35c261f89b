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
        builder.Property(c => c.FileName).HasMaxLength(260);
        builder.Property(c => c.StoredFileName).HasMaxLength(100);
        builder.Property(c => c.FileContentType).HasMaxLength(100);
        builder.Property(c => c.SubmittedBy).HasMaxLength(256);
        builder.Property(c => c.ReviewedBy).HasMaxLength(256);
        builder.Property(c => c.ReviewNote).HasMaxLength(500);
        builder.HasIndex(c => c.ValidUntil);
        builder.HasIndex(c => c.Status);
        builder.HasOne(c => c.AuthorizingManufacturer).WithMany().HasForeignKey(c => c.AuthorizingManufacturerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(c => c.ReplacesCertificateId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Certificates_Holder",
            "(\"SupplierId\" IS NOT NULL AND \"ManufacturerId\" IS NULL) OR (\"SupplierId\" IS NULL AND \"ManufacturerId\" IS NOT NULL)"));
    }
}
