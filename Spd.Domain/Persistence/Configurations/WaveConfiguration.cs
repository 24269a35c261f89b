using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Dispatching;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> builder)
    {
        builder.Property(w => w.No).HasMaxLength(32);
        builder.Property(w => w.Route).HasMaxLength(32);
        builder.Property(w => w.CreatedBy).HasMaxLength(256);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.No).IsUnique();
        builder.HasIndex(w => new { w.WarehouseId, w.Status });
        builder.HasOne(w => w.Warehouse).WithMany().HasForeignKey(w => w.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Dispatches).WithOne(d => d.Wave).HasForeignKey(d => d.WaveId).OnDelete(DeleteBehavior.Restrict);
    }
}
