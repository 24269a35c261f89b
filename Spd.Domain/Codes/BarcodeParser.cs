using Spd.Domain.Common;

namespace Spd.Domain.Codes;

/// <summary>
/// Reads whatever a scanner sent or a person typed: a GS1 element string (with or without its AIM symbology
/// identifier, or in brackets), a bare GTIN, HIBC, an MA code or one of Spd's own labels. Never throws;
/// anything else is refused with the precise reason. The third Chinese UDI issuing agency, 阿里健康 (AHM),
/// publishes no code structure, so its codes are refused as an unknown format rather than guessed at.
/// </summary>
public static class BarcodeParser
{
    /// <summary>AIM symbology identifiers of GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar and GS1 DotCode.</summary>
    private static readonly string[] Gs1SymbologyIdentifiers = ["]C1", "]d2", "]Q3", "]e0", "]J1"];

    /// <param name="raw">The scan as received, terminator and all.</param>
    /// <param name="today">The business date, which places two-digit years in their century.</param>
    public static ScanResult Parse(string? raw, DateOnly today)
    {
        // Scanners end a read with CR, LF or Tab. A trailing space can be an HIBC check character, so
        // trailing spaces are trimmed only once the code is known not to be HIBC.
        var text = (raw ?? "").Trim('\r', '\n', '\t', '\0').TrimStart(' ');
        if (text is [']', _, _, ..])
        {
            if (Gs1SymbologyIdentifiers.Contains(text[..3], StringComparer.Ordinal))
            {
                return Gs1ElementString.Parse(text[3..].TrimEnd(' '), today);
            }

            // Another symbology (]A0 Code 39, ]C0 Code 128, ]d1 DataMatrix, ]Q1 QR): the data says what it is.
            text = text[3..];
        }

        if (text.StartsWith("*+", StringComparison.Ordinal))
        {
            // Code 39 start and stop characters, which some scanners pass on.
            text = text[1..].TrimEnd(' ');
            text = text.EndsWith('*') ? text[..^1] : text;
        }

        if (text.StartsWith('+'))
        {
            return Hibc(text.ToUpperInvariant(), today);
        }

        text = text.TrimEnd(' ');
        return text switch
        {
            "" => ScanErrors.Empty(),
            ['(', >= '0' and <= '9', ..] => Gs1ElementString.ParseBracketed(text, today),
            _ when Gs1ElementString.StartsWithSeparator(text) => Gs1ElementString.Parse(text, today),
            _ when text.StartsWith(MaCode.Prefix, StringComparison.Ordinal) => MaCode.Parse(text, today),
            _ when InternalCode.LooksInternal(text) => InternalCode.Parse(text),
            _ when text.All(char.IsAsciiDigit) => Digits(text, today),

            // Only GS1 data starts with digits: an element string whose scanner sends no symbology identifier.
            [>= '0' and <= '9', >= '0' and <= '9', ..] => Gs1ElementString.Parse(text, today),
            _ => ScanErrors.UnknownFormat(text),
        };
    }

    /// <summary>A space is a valid check character, so trailing spaces go only when they fail as one.</summary>
    private static ScanResult Hibc(string text, DateOnly today)
    {
        var read = HibcCode.Parse(text, today);
        return read.Error?.Code == nameof(ScanErrors.HibcCheckCharacter) && text.EndsWith(' ') ? HibcCode.Parse(text.TrimEnd(' '), today) : read;
    }

    private static ScanResult Digits(string digits, DateOnly today) => digits.Length switch
    {
        8 or 12 or 13 or 14 => Gtin(digits),

        // 码上放心 and the national drug traceability codes: 20 digits starting with 8.
        20 when digits[0] == '8' => ScanErrors.DrugTraceCode(digits),
        _ => Gs1ElementString.Parse(digits, today),
    };

    /// <summary>GTIN-8, UPC-A (12), EAN-13 or GTIN-14, padded to 14 digits as in AI 01.</summary>
    private static ScanResult Gtin(string digits)
    {
        var expected = RegistryCodes.Gs1CheckDigit(digits[..^1]);
        if (digits[^1] != expected)
        {
            return ScanErrors.CheckDigit(digits, expected, digits.Length);
        }

        var gtin = digits.PadLeft(14, '0');
        return new UdiCode(ScanKind.Gtin, digits) { DeviceIdentifier = gtin, Gtin = gtin, Elements = [new DataElement("01", gtin)] };
    }
}
