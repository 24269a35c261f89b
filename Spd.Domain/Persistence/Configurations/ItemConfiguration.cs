using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.NameInitials).HasMaxLength(200);
        builder.Property(i => i.Specification).HasMaxLength(200);
        builder.Property(i => i.Model).HasMaxLength(100);
        builder.Property(i => i.Unit).HasMaxLength(16);
        builder.Property(i => i.PackUnit).HasMaxLength(16);
        builder.Property(i => i.UdiDi).HasMaxLength(14);
        builder.Property(i => i.RegistrationCertificateNo).HasMaxLength(64);
        builder.Property(i => i.ChargeCode).HasMaxLength(32);
        builder.Property(i => i.NationalCode).HasMaxLength(20);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => i.Name);
        builder.HasIndex(i => i.NameInitials);
        builder.HasIndex(i => i.ChargeCode);
        builder.HasIndex(i => i.UdiDi);
        builder.HasIndex(i => new { i.Status, i.Category });
        builder.HasIndex(i => i.ChangedUtc);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasMany(i => i.OtherSuppliers).WithOne(s => s.Item).HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Manufacturer).WithMany().HasForeignKey(i => i.ManufacturerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Supplier).WithMany(s => s.Items).HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
