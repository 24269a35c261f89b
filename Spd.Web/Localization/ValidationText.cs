using System.Globalization;
using Microsoft.Extensions.Localization;
using Spd.Domain.Common;

namespace Spd.Web.Localization;

/// <summary>A domain validation error in the reader's language: resource <c>Validation.{Code}</c> formatted with its arguments.</summary>
public static class ValidationText
{
    public static string For(IStringLocalizer localizer, ValidationError error)
    {
        var text = localizer[$"Validation.{error.Code}"];
        return text.ResourceNotFound ? error.Message : string.Format(CultureInfo.CurrentCulture, text.Value, error.Arguments);
    }
}
