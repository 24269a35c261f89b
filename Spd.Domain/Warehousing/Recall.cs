using Spd.Domain.Catalog;

namespace Spd.Domain.Warehousing;

public enum RecallKind
{
    /// <summary>召回: ordered by the manufacturer or the regulator; report due within 12 h.</summary>
    Recall,

    /// <summary>隔离: a suspected bad batch held by the hospital.</summary>
    Quarantine,
}

public enum RecallStatus
{
    Active,
    Closed,
}

/// <summary>
/// A block on an item, on every item of a manufacturer's model, or on one lot of either. While active,
/// matching stock cannot be picked, dispatched or consumed anywhere (checked on every take), and the
/// report lists where every affected piece is and which patients received one.
/// </summary>
public sealed class Recall
{
    public int Id { get; set; }

    public required string No { get; set; }

    public RecallKind Kind { get; set; }

    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    public int? ManufacturerId { get; set; }

    public Manufacturer? Manufacturer { get; set; }

    /// <summary>型号: with <see cref="ManufacturerId"/>, every item of that model.</summary>
    public string? Model { get; set; }

    /// <summary>One lot only; none = every lot.</summary>
    public string? LotNumber { get; set; }

    public required string Reason { get; set; }

    public RecallStatus Status { get; set; }

    public DateTime StartedUtc { get; set; }

    public required string StartedBy { get; set; }

    /// <summary>Started + 12 h: by when the recall must be isolated and reported.</summary>
    public DateTime DeadlineUtc { get; set; }

    public DateTime? ReportedUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    public string? ClosedBy { get; set; }
}
