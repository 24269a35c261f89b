using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Spd.Domain.Codes;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Codes;

/// <summary>Screens show <c>Scan.{Code}</c> formatted with the error's arguments, in Chinese and in English.</summary>
public sealed partial class ScanErrorTextTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static Dictionary<string, string> Resources(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Spd.Web", "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static List<ScanError> ErrorsOfTheMalformedCodes() =>
        BarcodeParserTests.MalformedCodes.Select(row => BarcodeParser.Parse((string)row[0], Today).Error!).ToList();

    [Fact]
    public void Every_scan_error_has_a_malformed_code_that_shows_it()
    {
        var codes = typeof(ScanErrors).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(ScanError))
            .Select(m => m.Name);

        Assert.Empty(codes.Except(ErrorsOfTheMalformedCodes().Select(e => e.Code)));
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Every_scan_error_reads_with_exactly_its_arguments(string file)
    {
        var resources = Resources(file);

        Assert.All(ErrorsOfTheMalformedCodes(), error =>
        {
            Assert.True(resources.TryGetValue($"Scan.{error.Code}", out var text), $"Scan.{error.Code} is missing from {file}");
            var placeholders = Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order();
            Assert.Equal(Enumerable.Range(0, error.Arguments.Length), placeholders);
        });
    }

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
