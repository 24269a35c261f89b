using System.Xml.Linq;
using Spd.Domain.Admission;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Web;

/// <summary>The stocktake screens build keys from enum values and refusal codes; each needs its translation in both languages.</summary>
public sealed class StocktakeLocalizationTests
{
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Every_status_action_confirmation_and_refusal_of_the_stocktake_has_a_translation(string file)
    {
        var keys = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Spd.Web", "Localization", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
        var needed = Enum.GetNames<StocktakeStatus>().Select(n => $"StocktakeStatus.{n}")
            .Concat(Enum.GetNames<StockState>().Select(n => $"StockState.{n}"))
            .Concat(Enum.GetNames<StocktakeAction>().Select(n => $"Workflow.Action.{n}"))
            .Concat(Enum.GetValues<StocktakeAction>().Where(a => a != StocktakeAction.Open).Select(a => $"Stocktake.Confirm.{a}"))
            .Concat(typeof(StocktakeErrors).GetFields().Select(f => $"Workflow.Error.{f.GetValue(null)}"))
            .Concat(typeof(StocktakeCounting).GetFields().Where(f => f.IsLiteral).Select(f => $"Validation.{f.GetValue(null)}"))
            .Append($"Validation.{WorkflowErrors.NotFound}");

        Assert.All(needed, key => Assert.Contains(key, keys));
    }
}
