using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Auditing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The triggers that keep the table append-only; created by the migrations of each provider.</summary>
    public const string NoUpdateTrigger = "TR_AuditEntries_NoUpdate";
    public const string NoDeleteTrigger = "TR_AuditEntries_NoDelete";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(t =>
        {
            t.HasTrigger(NoUpdateTrigger);
            t.HasTrigger(NoDeleteTrigger);
        });
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.ClientIp).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => a.TimestampUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.UserName);
    }
}
