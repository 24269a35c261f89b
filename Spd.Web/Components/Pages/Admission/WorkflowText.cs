using Microsoft.Extensions.Localization;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Web.Localization;

namespace Spd.Web.Components.Pages.Admission;

/// <summary>Screen text for refusals: the rule's code in the user's language, the English message where a code has no translation.</summary>
public static class WorkflowText
{
    public static string Describe(IStringLocalizer<SharedResource> l, WorkflowException refusal) =>
        refusal.Errors.Count > 0
            ? string.Join("；", refusal.Errors.Select(e => Describe(l, e)))
            : Localized(l, $"Workflow.Error.{refusal.Code}", refusal.Message);

    public static string Describe(IStringLocalizer<SharedResource> l, ValidationError error) =>
        Localized(l, $"Workflow.Validation.{error.Code}", error.Message, error.Arguments);

    /// <summary>The first error of each field, for the form's inputs.</summary>
    public static Dictionary<string, string> ByField(IStringLocalizer<SharedResource> l, WorkflowException refusal) =>
        refusal.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => Describe(l, g.First()));

    private static string Localized(IStringLocalizer<SharedResource> l, string key, string fallback, params object[] arguments)
    {
        var text = l[key, arguments];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
