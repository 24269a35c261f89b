using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Admission;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class AdmissionRequestConfiguration : IEntityTypeConfiguration<AdmissionRequest>
{
    public void Configure(EntityTypeBuilder<AdmissionRequest> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.Property(a => a.ApplicantUserName).HasMaxLength(256);
        builder.Property(a => a.ItemName).HasMaxLength(200);
        builder.Property(a => a.Specification).HasMaxLength(200);
        builder.Property(a => a.Model).HasMaxLength(100);
        builder.Property(a => a.ManufacturerName).HasMaxLength(200);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Supplier).WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ReplacesItem).WithMany().HasForeignKey(a => a.ReplacesItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.CreatedItem).WithMany().HasForeignKey(a => a.CreatedItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.AdmissionRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
