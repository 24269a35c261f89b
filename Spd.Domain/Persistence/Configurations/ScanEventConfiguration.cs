using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ScanEventConfiguration : IEntityTypeConfiguration<ScanEvent>
{
    public void Configure(EntityTypeBuilder<ScanEvent> builder)
    {
        builder.Property(s => s.ScanId).HasMaxLength(64);
        builder.Property(s => s.DeviceId).HasMaxLength(64);
        builder.Property(s => s.Code).HasMaxLength(200);
        builder.Property(s => s.LocationCode).HasMaxLength(80);
        builder.Property(s => s.PatientNo).HasMaxLength(40);
        builder.Property(s => s.OrderNo).HasMaxLength(40);
        builder.Property(s => s.UserName).HasMaxLength(256);
        builder.Property(s => s.ErrorCode).HasMaxLength(64);
        builder.Property(s => s.ErrorMessage).HasMaxLength(500);
        builder.HasIndex(s => s.ScanId).IsUnique();
        builder.HasIndex(s => s.ReceivedUtc);
        builder.HasOne(s => s.Consumption).WithMany().HasForeignKey(s => s.ConsumptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
