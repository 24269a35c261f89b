using System.Globalization;

namespace Spd.Reporting.Documents;

/// <summary>How numbers and dates appear on printed documents, the same in every language.</summary>
internal static class DocumentFormat
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.###", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Unit prices are kept to four decimals (the price catalogue has items under a fen).</summary>
    public static string Price(decimal price) => price.ToString("#,##0.00##", CultureInfo.InvariantCulture);

    public static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
