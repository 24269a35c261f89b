using System.Globalization;
using System.Text;
using Spd.Domain.Seeding;

namespace Spd.Bench;

internal static class Report
{
    public const string Begin = "<!-- Spd.Bench results: begin -->";
    public const string End = "<!-- Spd.Bench results: end -->";

    public static string Markdown(Results results, int runs, TestBed testBed, string loadAfter)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.Now:yyyy-MM-dd}")
            .AppendLine(CultureInfo.InvariantCulture, $"- CPU: {testBed.Cpu}, {testBed.Processors} logical processors (`nproc`)")
            .AppendLine(CultureInfo.InvariantCulture, $"- Memory: {testBed.Memory} (`free -h`)")
            .AppendLine(CultureInfo.InvariantCulture, $"- OS: {testBed.OperatingSystem}")
            .AppendLine(CultureInfo.InvariantCulture, $"- .NET: {testBed.DotNet}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Code: {testBed.Code}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Load average (1 min) before and after the run: {testBed.LoadBefore}, {loadAfter}")
            .AppendLine();

        var profiles = results.Sizes.Keys.Order().ToList();
        if (profiles.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Data | {string.Join(" | ", profiles)} |")
                .AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(profiles.Select(_ => " --: |"))}");
            SizeRow(text, "Campuses", profiles, p => results.Sizes[p].Campuses);
            SizeRow(text, "Departments", profiles, p => results.Sizes[p].Departments);
            SizeRow(text, "Warehouses", profiles, p => results.Sizes[p].Warehouses);
            SizeRow(text, "Locations", profiles, p => results.Sizes[p].Locations);
            SizeRow(text, "Suppliers", profiles, p => results.Sizes[p].Suppliers);
            SizeRow(text, "Manufacturers", profiles, p => results.Sizes[p].Manufacturers);
            SizeRow(text, "Certificates", profiles, p => results.Sizes[p].Certificates);
            SizeRow(text, "Items", profiles, p => results.Sizes[p].Items);
            if (results.DatabaseBytes.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| SQLite file after seeding | {string.Join(" | ", profiles.Select(p => results.DatabaseBytes.TryGetValue(p, out var bytes) ? Bytes(bytes) : "—"))} |");
            }

            if (results.Ledger.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| Ledger entries after 12 months of history | {string.Join(" | ", profiles.Select(p => results.Ledger.TryGetValue(p, out var l) ? l.LedgerEntries.ToString("N0", CultureInfo.InvariantCulture) : "—"))} |");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| Stock balances after it | {string.Join(" | ", profiles.Select(p => results.Ledger.TryGetValue(p, out var l) ? l.Balances.ToString("N0", CultureInfo.InvariantCulture) : "—"))} |");
            }

            if (results.ExcelFileBytes.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| Catalogue exported to .xlsx | {string.Join(" | ", profiles.Select(p => results.ExcelFileBytes.TryGetValue(p, out var bytes) ? Bytes(bytes) : "—"))} |");
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| Measurement ({runs} runs) | Profile | Time, min | Time, median | Peak memory, median |")
            .AppendLine("| --- | --- | --: | --: | --: |");
        foreach (var row in results.Rows)
        {
            var memory = row.PeakBytes.Count == 0 ? "—" : Bytes(Median(row.PeakBytes.Select(b => (double)b)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Measurement} | {row.Profile} | {Time(row.Milliseconds.Min())} | {Time(Median(row.Milliseconds))} | {memory} |");
        }

        return text.ToString();
    }

    /// <summary>Replaces what lies between the two markers of the file, leaving the prose around them alone.</summary>
    public static void WriteInto(string path, string report)
    {
        var document = File.Exists(path) ? File.ReadAllText(path) : "";
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new BenchException($"{path} needs the lines {Begin} and {End}; the results are written between them.");
        }

        var head = document[..(begin + Begin.Length)];
        File.WriteAllText(path, $"{head}\n{report}{document[end..]}");
        Console.Error.WriteLine($"Wrote the results into {path}.");
    }

    private static void SizeRow(StringBuilder text, string name, List<SeedProfile> profiles, Func<SeedProfile, int> count) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", profiles.Select(p => count(p).ToString("N0", CultureInfo.InvariantCulture)))} |");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Time(double milliseconds) => milliseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0} ms");

    private static string Bytes(double bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0.0} MiB");
}
