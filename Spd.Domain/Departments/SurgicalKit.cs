using Spd.Domain.Catalog;

namespace Spd.Domain.Departments;

/// <summary>手术套包: items in fixed quantities for given operation types.</summary>
public sealed class SurgicalKit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The operation types (names or HIS operation codes) the kit is for, comma-separated.</summary>
    public string OperationTypes { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public List<SurgicalKitLine> Lines { get; set; } = [];

    public DateTime ChangedUtc { get; set; }
}

public sealed class SurgicalKitLine
{
    public int Id { get; set; }

    public int SurgicalKitId { get; set; }

    public SurgicalKit? SurgicalKit { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int Quantity { get; set; }
}
