using System.Xml.Linq;
using Spd.Domain.Admission;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Web;

/// <summary>The admission screens build keys from enum values and refusal codes; each needs its translation.</summary>
public sealed class AdmissionLocalizationTests
{
    [Fact]
    public void Every_status_action_refusal_and_step_role_of_the_workflows_has_a_translation()
    {
        var keys = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Spd.Web", "Localization", "SharedResource.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
        var needed = Enum.GetNames<AdmissionStatus>().Select(n => $"AdmissionStatus.{n}")
            .Concat(Enum.GetNames<SubstitutionStatus>().Select(n => $"SubstitutionStatus.{n}"))
            .Concat(Enum.GetNames<AdmissionAction>().Select(n => $"Workflow.Action.{n}"))
            .Concat(Enum.GetNames<AdmissionAction>().Where(n => n != nameof(AdmissionAction.CreateItem)).Select(n => $"Workflow.Confirm.{n}"))
            .Concat(Enum.GetNames<SubstitutionAction>().Select(n => $"Workflow.Action.{n}"))
            .Concat(Enum.GetNames<SubstitutionAction>().Select(n => $"Substitution.Confirm.{n}"))
            .Concat(typeof(WorkflowErrors).GetFields().Select(f => $"Workflow.Error.{f.GetValue(null)}"))
            .Append($"Workflow.Action.{AdmissionWorkflow.SubmitAction}")
            .Append($"Workflow.Action.{SubstitutionWorkflow.ProposeAction}")
            .Append($"Role.{AdmissionWorkflow.DepartmentHeadRole}");

        Assert.All(needed, key => Assert.Contains(key, keys));
    }
}
