using System.Globalization;
using System.Text;

namespace Spd.Reporting.Documents;

public enum ZplSymbology
{
    /// <summary><c>^BQ</c>, model 2, error correction M: the same symbol as the PDF labels.</summary>
    QrCode,

    /// <summary><c>^BX</c>, ECC 200: smaller for the same code, read by every 2D scanner on the wards.</summary>
    DataMatrix,
}

/// <summary>
/// A label printer's label: its size, the printer's resolution, the printer font used for Chinese text
/// (a TrueType font stored on the printer, e.g. E:SIMSUN.TTF; Zebra's built-in fonts have no Chinese)
/// and the barcode symbology. The default is a 60 × 40 mm label on a 203-dpi printer.
/// </summary>
public sealed record ZplLayout
{
    public float WidthMm { get; init; } = 60;

    public float HeightMm { get; init; } = 40;

    public int Dpi { get; init; } = 203;

    public string FontName { get; init; } = "E:SIMSUN.TTF";

    public ZplSymbology Symbology { get; init; } = ZplSymbology.QrCode;

    public DocumentText Text { get; init; } = DocumentText.Chinese;
}

/// <summary>
/// Labels in ZPL II for thermal label printers (sent as UTF-8 over raw TCP 9100 by the hardware relay).
/// Choices made:
/// <list type="bullet">
/// <item><c>^CI28</c>: field data is UTF-8, so Chinese goes to the printer as it is.</item>
/// <item>The printer draws the barcode (<c>^BQ</c> or <c>^BX</c>) from the code itself, sharper than any
/// image we could send.</item>
/// <item>Text that may be Chinese uses <c>^A@</c> with the configured printer font; the code and the EPC are
/// ASCII and use the built-in scalable font <c>^A0</c>, readable even on a printer without the font.</item>
/// <item>Every field is <c>^FH</c> hex-escaped: <c>^</c> and <c>~</c> in an item name would otherwise start
/// a command, so they (and the escape character <c>_</c> itself, and control characters) are sent as
/// <c>_5E</c>, <c>_7E</c>, <c>_5F</c>.</item>
/// <item>Lines are broken here rather than with <c>^FB</c>, which wraps only at spaces and Chinese has
/// none; widths are estimated (a Chinese character is as wide as the font is high, others about
/// 0.6 of it), and a name longer than two lines ends in an ellipsis.</item>
/// <item>An RFID label with an EPC gets <c>^RFW,H</c>, which writes the EPC memory of the tag in hex.</item>
/// </list>
/// </summary>
public static class ZplLabels
{
    private const string HexIndicator = "_";

    public static string Render(IReadOnlyList<LabelData> labels, ZplLayout layout)
    {
        if (labels.FirstOrDefault(l => l.Epc is { } epc && (epc.Length % 4 != 0 || !epc.All(char.IsAsciiHexDigit))) is { } invalid)
        {
            throw new ArgumentException($"The EPC of label {invalid.Code} is not whole 16-bit words in hexadecimal: {invalid.Epc}.", nameof(labels));
        }

        var zpl = new StringBuilder();
        foreach (var label in labels)
        {
            Label(zpl, label, layout);
        }

        return zpl.ToString();
    }

    private static void Label(StringBuilder zpl, LabelData label, ZplLayout layout)
    {
        var dotsPerMm = layout.Dpi / 25.4f;
        int Dots(float mm) => (int)Math.Round(mm * dotsPerMm);

        var width = Dots(layout.WidthMm);
        var height = Dots(layout.HeightMm);
        var margin = Dots(2);
        // Room for a 25-module symbol (QR version 2): unit and pack codes (12 characters) need version 1.
        var module = Math.Clamp(height / 64, 2, 10);
        var symbol = 25 * module;
        var nameHeight = Dots(3.2f);
        var detailHeight = Dots(2.6f);
        var textLeft = margin + symbol + Dots(2);
        var textWidth = width - textLeft - margin;

        zpl.Append("^XA\n^CI28\n");
        Append(zpl, $"^PW{width}\n^LL{height}\n^LH0,0\n");
        Append(zpl, $"^FO{margin},{margin}");
        zpl.Append(layout.Symbology == ZplSymbology.QrCode
            ? Invariant($"^BQN,2,{module}^FH^FDMA,")
            : Invariant($"^BXN,{module},200^FH^FD"));
        zpl.Append(Escape(label.Code)).Append("^FS\n");
        Field(zpl, margin, margin + symbol + Dots(1), Invariant($"^A0N,{detailHeight},{detailHeight}"), label.Code);

        var y = margin;
        var font = Invariant($"^A@N,{nameHeight},{nameHeight},{layout.FontName}");
        foreach (var line in Lines(label.ItemName, nameHeight, textWidth, 2))
        {
            Field(zpl, textLeft, y, font, line);
            y += nameHeight + Dots(0.6f);
        }

        font = Invariant($"^A@N,{detailHeight},{detailHeight},{layout.FontName}");
        string?[] details =
        [
            label.Specification,
            label.Lot is null ? null : $"{layout.Text.Lot} {label.Lot}",
            label.ExpiryDate is null ? null : $"{layout.Text.ExpiryDate} {DocumentFormat.Date(label.ExpiryDate)}",
            label.PackLine,
        ];
        foreach (var detail in details.Where(d => !string.IsNullOrWhiteSpace(d)))
        {
            Field(zpl, textLeft, y, font, Lines(detail!, detailHeight, textWidth, 1)[0]);
            y += detailHeight + Dots(0.6f);
        }

        if (label.Epc is { } epc)
        {
            Field(zpl, margin, height - margin - Dots(2), Invariant($"^A0N,{Dots(2)},{Dots(2)}"), $"EPC {epc}");
            Append(zpl, $"^RFW,H^FD{epc}^FS\n");
        }

        zpl.Append("^XZ\n");
    }

    private static void Field(StringBuilder zpl, int x, int y, string font, string text) =>
        zpl.Append(Invariant($"^FO{x},{y}{font}^FH^FD")).Append(Escape(text)).Append("^FS\n");

    /// <summary>Field data for <c>^FH</c>: the characters that ZPL reads as commands, the hex indicator itself and control characters as _XX.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '^' or '~' or '_' || char.IsControl(c))
            {
                escaped.Append(HexIndicator).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Breaks text into at most <paramref name="maxLines"/> lines of estimated width; cut text ends in an ellipsis.</summary>
    private static List<string> Lines(string text, int fontHeight, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0f;
        foreach (var rune in text.ReplaceLineEndings(" ").EnumerateRunes())
        {
            var runeWidth = rune.Value > 0x2E80 ? fontHeight : fontHeight * 0.6f;
            if (lineWidth + runeWidth > width && line.Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineWidth = 0;
            }

            line.Append(rune.ToString());
            lineWidth += runeWidth;
        }

        lines.Add(line.ToString().TrimEnd());
        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            var runes = lines[^1].EnumerateRunes().ToList();
            lines[^1] = string.Concat(runes.Take(runes.Count - 1)).TrimEnd() + "…";
        }

        return lines;
    }

    private static void Append(StringBuilder zpl, FormattableString text) => zpl.Append(Invariant(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
