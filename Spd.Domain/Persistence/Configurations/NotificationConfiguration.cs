using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Catalog;
using Spd.Domain.Notifications;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.MessageKey).HasMaxLength(100);
        builder.Property(n => n.Arguments).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.Property(n => n.DedupKey).HasMaxLength(200);
        builder.Property(n => n.ReadBy).HasMaxLength(256);
        builder.HasIndex(n => n.DedupKey).IsUnique();
        builder.HasIndex(n => new { n.Audience, n.SupplierId, n.ReadUtc });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(n => n.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
