using System.Globalization;

namespace Spd.Reporting.Documents;

/// <summary>
/// One label: <paramref name="Code"/> is the unique code encoded in the barcode (SU… for a unit, SK… for a
/// pack). A fixed-quantity pack made up for a department names the department and the pack quantity;
/// an RFID label carries the EPC to write into its tag, in hexadecimal.
/// </summary>
public sealed record LabelData(string Code, string ItemName, string Specification, string? Lot, DateOnly? ExpiryDate)
{
    public string? DepartmentName { get; init; }

    public decimal? PackQuantity { get; init; }

    public string? Unit { get; init; }

    public string? Epc { get; init; }

    /// <summary>"心内科 · 20 支": the department and the pack quantity, whichever are given, or null.</summary>
    internal string? PackLine
    {
        get
        {
            var quantity = PackQuantity is { } q ? $"{q.ToString("0.###", CultureInfo.InvariantCulture)} {Unit}".TrimEnd() : null;
            string[] parts = [.. new[] { DepartmentName, quantity }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!)];
            return parts.Length == 0 ? null : string.Join(" · ", parts);
        }
    }
}
