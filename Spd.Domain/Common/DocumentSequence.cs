namespace Spd.Domain.Common;

/// <summary>The last number handed out for a prefix and day (e.g. <c>DN20261122</c> → 17 gives DN202611220018).</summary>
public sealed class DocumentSequence
{
    public required string Key { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
