using System.Text.RegularExpressions;
using System.Xml.Linq;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Web;

/// <summary>Every string a screen asks for exists in Chinese and in English.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "Spd.Web");

    private static Dictionary<string, string> Resources(string file) =>
        XDocument.Load(Path.Combine(Folder, "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Chinese_and_English_resources_have_the_same_keys_and_no_empty_values()
    {
        var chinese = Resources("SharedResource.resx");
        var english = Resources("SharedResource.en.resx");

        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(chinese.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_literal_key_used_in_the_screens_has_a_translation()
    {
        var keys = Resources("SharedResource.resx").Keys.ToHashSet();
        var used = Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor") || f.EndsWith(".cs")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, use => Assert.True(keys.Contains(use.Key), $"{use.File} uses the missing key {use.Key}"));
    }

    [Fact]
    public void Every_enum_value_shown_on_screen_has_a_translation()
    {
        var keys = Resources("SharedResource.resx").Keys.ToHashSet();
        Type[] shown =
        [
            typeof(Spd.Domain.Catalog.ItemCategory), typeof(Spd.Domain.Catalog.ItemStatus), typeof(Spd.Domain.Catalog.ManagementMode),
            typeof(Spd.Domain.Catalog.TrackingMode), typeof(Spd.Domain.Catalog.StorageCondition), typeof(Spd.Domain.Catalog.CertificateType),
            typeof(Spd.Domain.Organization.DepartmentType), typeof(Spd.Domain.Warehousing.WarehouseKind), typeof(Spd.Domain.Auditing.AuditAction),
            typeof(Spd.Domain.Codes.ScanKind), typeof(Spd.Domain.Codes.InternalKind),
            typeof(Spd.Domain.Purchasing.PurchaseOrderStatus), typeof(Spd.Domain.Purchasing.Urgency), typeof(Spd.Domain.Purchasing.DeliveryNoteStatus),
            typeof(Spd.Domain.Purchasing.DeliveryNoteSource),
            typeof(Spd.Domain.Purchasing.PurchasePlanStatus), typeof(Spd.Domain.Purchasing.PurchasePlanLineStatus),
            typeof(Spd.Domain.Warehousing.ExpiryBand), typeof(Spd.Domain.Warehousing.RecallKind), typeof(Spd.Domain.Warehousing.RecallStatus),
            typeof(Spd.Domain.Warehousing.StockAction), typeof(Spd.Domain.Inventory.StockState), typeof(Spd.Domain.Inventory.StockUnitStatus),
            typeof(Spd.Domain.Warehousing.ReceiptStatus), typeof(Spd.Domain.Inventory.StockUnitKind), typeof(Spd.Domain.Inventory.LabelStatus),
            typeof(Spd.Domain.Departments.QuotaKind), typeof(Spd.Domain.Departments.RequisitionKind), typeof(Spd.Domain.Departments.RequisitionStatus),
            typeof(Spd.Domain.Departments.DispatchPriority), typeof(Spd.Domain.Departments.ProblemCategory), typeof(Spd.Domain.Departments.ProblemStatus),
            typeof(Spd.Domain.Dispatching.WaveStatus), typeof(Spd.Domain.Dispatching.DispatchStatus), typeof(Spd.Domain.Dispatching.ReturnReason),
            typeof(Spd.Domain.Dispatching.ReturnDestination), typeof(Spd.Domain.Dispatching.ReturnStatus),
            typeof(Spd.Domain.Clinical.OrderSource), typeof(Spd.Domain.Clinical.OrderStatus), typeof(Spd.Domain.Clinical.ChargeStatus),
            typeof(Spd.Domain.Clinical.ScanOutcome), typeof(Spd.Domain.Clinical.SurgeryStatus), typeof(Spd.Domain.Clinical.LoanerLineStatus),
            typeof(Spd.Domain.Traceability.TraceEvent),
        ];

        var missing = shown.SelectMany(type => Enum.GetNames(type).Select(name => $"{type.Name}.{name}")).Where(key => !keys.Contains(key));
        var roles = Spd.Domain.Security.Roles.All.SelectMany(role => new[] { $"Role.{role}", $"Home.Next.{role}" }).Where(key => !keys.Contains(key));

        Assert.Empty(missing.Concat(roles));
    }

    [GeneratedRegex("""L\["([A-Za-z][A-Za-z0-9_.]*)"\]""")]
    private static partial Regex LiteralKey();
}
