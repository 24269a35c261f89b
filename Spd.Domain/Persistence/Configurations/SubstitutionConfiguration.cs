using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class SubstitutionConfiguration : IEntityTypeConfiguration<Substitution>
{
    public void Configure(EntityTypeBuilder<Substitution> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.Property(s => s.ProposedBy).HasMaxLength(256);
        builder.HasIndex(s => s.Status);
        builder.HasOne(s => s.OldItem).WithMany().HasForeignKey(s => s.OldItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.NewItem).WithMany().HasForeignKey(s => s.NewItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(s => s.ProposingSupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Steps).WithOne().HasForeignKey(w => w.SubstitutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
