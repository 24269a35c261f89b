namespace Spd.Domain.Notifications;

public enum NotificationAudience
{
    EquipmentDept,
    Supplier,
    WarehouseKeeper,
}

/// <summary>
/// A message for a role or one supplier (e.g. a licence expiring in 30 days). The text is a
/// resource key with arguments so each reader sees it in their own language; <see cref="DedupKey"/>
/// makes a re-run of the job that raises it write nothing twice.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    public NotificationAudience Audience { get; set; }

    /// <summary>The supplier that sees it, for <see cref="NotificationAudience.Supplier"/>.</summary>
    public int? SupplierId { get; set; }

    public required string MessageKey { get; set; }

    /// <summary>JSON array of the message's arguments.</summary>
    public required string Arguments { get; set; }

    /// <summary>Where the reader goes to act, e.g. /suppliers/12.</summary>
    public string? Link { get; set; }

    public required string DedupKey { get; set; }

    public DateTime? ReadUtc { get; set; }

    public string? ReadBy { get; set; }
}
