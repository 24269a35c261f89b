using System.Globalization;
using Microsoft.Extensions.Localization;
using Spd.Domain.Common;
using Spd.Web.Localization;

namespace Spd.Web.Components.Pages.Warehousing;

/// <summary>How the stocktake screens show numbers (gains green, losses red) and the handheld's refusals.</summary>
public static class StocktakeText
{
    /// <summary>A counting refusal in the reader's language: <c>Validation.{Code}</c>, or <c>Scan.{Code}</c> for a label that could not be read.</summary>
    public static string Describe(IStringLocalizer<SharedResource> l, ValidationError error)
    {
        var scan = l[$"Scan.{error.Code}"];
        return l[$"Validation.{error.Code}"].ResourceNotFound && !scan.ResourceNotFound
            ? string.Format(CultureInfo.CurrentCulture, scan.Value, error.Arguments)
            : ValidationText.For(l, error);
    }

    public static string ValueStyle(decimal value) => value switch
    {
        > 0 => "color: var(--mud-palette-success-darken)",
        < 0 => "color: var(--mud-palette-error)",
        _ => "",
    };

    public static string ValueStyle(int value) => ValueStyle((decimal)value);
}
