using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Warehousing;

namespace Spd.Web.Components.Pages.Warehousing;

/// <summary>
/// Receiving's refusals and errors in the reader's language: <c>Receiving.{Code}</c>, else the shared
/// <c>Validation.{Code}</c> (stock ledger) or <c>Eligibility.{Code}</c> (certificates), with certificate
/// types translated; the English message when none exists.
/// </summary>
public static class ReceivingText
{
    private static readonly string[] Prefixes = ["Receiving", "Validation", "Eligibility"];

    public static string Error(IStringLocalizer localizer, ValidationError error) =>
        Format(localizer, error.Code, error.Arguments) ?? error.Message;

    /// <summary>Why a scan could not be read or found: <c>Scan.{Code}</c>.</summary>
    public static string Scan(IStringLocalizer localizer, ScanError error)
    {
        var text = localizer[$"Scan.{error.Code}"];
        return text.ResourceNotFound ? error.Message : string.Format(CultureInfo.CurrentCulture, text.Value, error.Arguments);
    }

    public static string Errors(IStringLocalizer localizer, IEnumerable<ValidationError> errors) =>
        string.Join("；", errors.Select(e => Error(localizer, e)));

    public static string Refusal(IStringLocalizer localizer, string code, IReadOnlyList<string> arguments) =>
        Format(localizer, code, [.. arguments]) ?? code;

    public static string? Refusal(IStringLocalizer localizer, ReceiptLine line) =>
        line.RefusalCode is { } code ? Refusal(localizer, code, JsonSerializer.Deserialize<string[]>(line.RefusalArguments ?? "[]") ?? []) : null;

    /// <summary>剩余效期: days left against days required, and the rule that asks for them.</summary>
    public static string ShelfLife(IStringLocalizer localizer, ShelfLifeCheck check, decimal fraction) =>
        localizer["Receiving.ShelfLife", ShelfLifeDays(localizer, check), ShelfLifeRule(localizer, check, fraction)];

    public static string ShelfLifeDays(IStringLocalizer localizer, ShelfLifeCheck check) =>
        localizer["Receiving.ShelfLifeDays", check.RemainingDays, check.RequiredDays];

    public static string ShelfLifeRule(IStringLocalizer localizer, ShelfLifeCheck check, decimal fraction) => check.Rule switch
    {
        Spd.Domain.Warehousing.ShelfLifeRule.TwelveMonths => localizer["Receiving.ShelfLifeRule.TwelveMonths"].Value,
        Spd.Domain.Warehousing.ShelfLifeRule.Fraction => localizer["Receiving.ShelfLifeRule.Fraction", fraction.ToString("P0", CultureInfo.CurrentCulture)].Value,
        _ => localizer["Receiving.ShelfLifeRule.NotExpired"].Value,
    };

    private static string? Format(IStringLocalizer localizer, string code, object[] arguments)
    {
        foreach (var prefix in Prefixes)
        {
            var text = localizer[$"{prefix}.{code}"];
            if (!text.ResourceNotFound)
            {
                return string.Format(CultureInfo.CurrentCulture, text.Value, [.. arguments.Select(a => Translate(localizer, a))]);
            }
        }

        return null;
    }

    /// <summary>Certificate types travel as their code name.</summary>
    private static object Translate(IStringLocalizer localizer, object argument) =>
        argument is string text && Enum.TryParse<CertificateType>(text, out _) && !text.All(char.IsAsciiDigit) ? localizer[$"CertificateType.{text}"].Value : argument;
}
