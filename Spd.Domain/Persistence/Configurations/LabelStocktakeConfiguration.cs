using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Departments;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class LabelStocktakeConfiguration : IEntityTypeConfiguration<LabelStocktake>
{
    public void Configure(EntityTypeBuilder<LabelStocktake> builder)
    {
        builder.Property(s => s.No).HasMaxLength(32);
        builder.Property(s => s.OpenedBy).HasMaxLength(256);
        builder.Property(s => s.ConfirmedBy).HasMaxLength(256);
        builder.HasIndex(s => s.No).IsUnique();
        builder.HasIndex(s => s.DepartmentId);
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne(l => l.LabelStocktake).HasForeignKey(l => l.LabelStocktakeId).OnDelete(DeleteBehavior.Cascade);
    }
}
