using Spd.Domain.Inventory;
using Spd.Domain.Organization;

namespace Spd.Domain.Departments;

/// <summary>标签盘点: the department counts the pack labels it has not sent back; the ones it cannot find are confirmed lost.</summary>
public sealed class LabelStocktake
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public required string OpenedBy { get; set; }

    public DateTime OpenedUtc { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public List<LabelStocktakeLine> Lines { get; set; } = [];
}

/// <summary>One awaited label: found (and so recovered) or confirmed lost.</summary>
public sealed class LabelStocktakeLine
{
    public long Id { get; set; }

    public int LabelStocktakeId { get; set; }

    public LabelStocktake? LabelStocktake { get; set; }

    public long StockUnitId { get; set; }

    public StockUnit? StockUnit { get; set; }

    public bool Found { get; set; }
}
