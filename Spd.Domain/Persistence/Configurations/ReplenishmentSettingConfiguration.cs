using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ReplenishmentSettingConfiguration : IEntityTypeConfiguration<ReplenishmentSetting>
{
    public void Configure(EntityTypeBuilder<ReplenishmentSetting> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.WarehouseId, s.ItemId }).IsUnique();
        builder.HasOne(s => s.Warehouse).WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Item).WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.FixedLocation).WithMany().HasForeignKey(s => s.FixedLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
