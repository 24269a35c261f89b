namespace Spd.Web.Components.Pages.Departments;

/// <summary>A line being entered: an item (as the picker showed it, with its unit) and a quantity in base units.</summary>
public sealed class EditableLine
{
    public required int ItemId { get; init; }

    public required string Text { get; init; }

    public required string Unit { get; init; }

    public int Quantity { get; set; }
}
