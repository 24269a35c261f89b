using Microsoft.Extensions.Localization;
using Spd.Domain.Catalog;

namespace Spd.Web.Localization;

/// <summary>Why a supplier or item may not be ordered, in the reader's language: resource <c>Eligibility.{Code}</c> with its arguments.</summary>
public static class EligibilityText
{
    public static string Describe(IStringLocalizer localizer, EligibilityProblem problem) => Describe(localizer, problem.Code, problem.Arguments);

    public static string Describe(IStringLocalizer localizer, string code, IEnumerable<string> arguments) =>
        string.Format(localizer[$"Eligibility.{code}"], [.. arguments.Select(a => Translate(localizer, a))]);

    /// <summary>Certificate types travel as their code; the rest as they are.</summary>
    private static string Translate(IStringLocalizer localizer, string argument) =>
        Enum.TryParse<CertificateType>(argument, out _) ? localizer[$"CertificateType.{argument}"] : argument;
}
