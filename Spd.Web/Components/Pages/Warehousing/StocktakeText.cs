namespace Spd.Web.Components.Pages.Warehousing;

/// <summary>How the stocktake screens show numbers: gains green, losses red.</summary>
public static class StocktakeText
{
    public static string ValueStyle(decimal value) => value switch
    {
        > 0 => "color: var(--mud-palette-success-darken)",
        < 0 => "color: var(--mud-palette-error)",
        _ => "",
    };

    public static string ValueStyle(int value) => ValueStyle((decimal)value);
}
