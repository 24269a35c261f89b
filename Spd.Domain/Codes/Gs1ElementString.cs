using Spd.Domain.Common;

namespace Spd.Domain.Codes;

/// <summary>
/// GS1 element strings, from a scanner (FNC1 sent as the group separator, ASCII 29) or typed in the
/// bracketed human-readable form <c>(01)06901234567892(17)261231(10)LOT1</c>. A label need not carry AI 01:
/// the second symbol of a two-line GS1-128 label holds only the dates and the lot.
/// </summary>
internal static class Gs1ElementString
{
    public const char GroupSeparator = '\u001d';

    /// <summary>
    /// How keyboard-wedge scanners and tools spell the group separator when they cannot send ASCII 29.
    /// None of them can be data, as <c>{ } [ ] ^</c> and U+241D are outside character set 82; only
    /// <c>&lt;GS&gt;</c> could, in a lot that nobody would choose.
    /// </summary>
    private static readonly string[] SeparatorSpellings = ["<GS>", "{GS}", "[GS]", "^]", "\u241d"];

    public static string NormaliseSeparators(string data) =>
        SeparatorSpellings.Aggregate(data, (text, spelling) => text.Replace(spelling, GroupSeparator.ToString(), StringComparison.OrdinalIgnoreCase));

    public static bool StartsWithSeparator(string data) => NormaliseSeparators(data) is [GroupSeparator, ..];

    /// <summary>Data after the symbology identifier; a separator is allowed before and after any element.</summary>
    public static ScanResult Parse(string data, DateOnly today)
    {
        data = NormaliseSeparators(data);
        var elements = new List<Element>();
        var index = 0;
        while (index < data.Length)
        {
            if (data[index] == GroupSeparator)
            {
                index++;
                continue;
            }

            var ai = Gs1ApplicationIdentifier.AtStartOf(data.AsSpan(index));
            if (ai is null)
            {
                var start = data[index..Math.Min(data.Length, index + 4)].Split(GroupSeparator)[0];
                return ScanErrors.Gs1UnknownAi(start, index + 1);
            }

            var valueStart = index + ai.Code.Length;
            var separator = data.IndexOf(GroupSeparator, valueStart);
            var valueEnd = separator < 0 ? data.Length : separator;
            if (ai.PredefinedLength)
            {
                valueEnd = Math.Min(valueEnd, valueStart + ai.MaxLength);
            }

            if (LengthError(ai, valueEnd - valueStart, index, valueStart) is { } lengthError)
            {
                return lengthError;
            }

            elements.Add(new Element(ai, data[valueStart..valueEnd], valueStart + 1));
            index = valueEnd;
        }

        return elements.Count == 0 ? ScanErrors.Empty() : Interpret(elements, today);
    }

    /// <summary>
    /// The human-readable form. Spaces are dropped, as set 82 has none; a value cannot contain a
    /// parenthesis here, since that would read as the next AI.
    /// </summary>
    public static ScanResult ParseBracketed(string text, DateOnly today)
    {
        text = text.Replace(" ", "", StringComparison.Ordinal);
        var elements = new List<Element>();
        var index = 0;
        while (index < text.Length)
        {
            var close = text.IndexOf(')', index);
            if (text[index] != '(' || close < 0)
            {
                return ScanErrors.Gs1BracketSyntax(index + 1);
            }

            var code = text[(index + 1)..close];
            if (Gs1ApplicationIdentifier.Named(code) is not { } ai)
            {
                return ScanErrors.Gs1UnknownAi(code, index + 2);
            }

            var valueStart = close + 1;
            var next = text.IndexOf('(', valueStart);
            var valueEnd = next < 0 ? text.Length : next;
            if (LengthError(ai, valueEnd - valueStart, index + 1, valueStart) is { } lengthError)
            {
                return lengthError;
            }

            elements.Add(new Element(ai, text[valueStart..valueEnd], valueStart + 1));
            index = valueEnd;
        }

        return Interpret(elements, today);
    }

    private static ScanError? LengthError(Gs1ApplicationIdentifier ai, int length, int aiIndex, int valueIndex) => length switch
    {
        0 => ScanErrors.Gs1ValueMissing(ai.Code, aiIndex + 1),
        _ when length < ai.MinLength => ScanErrors.Gs1Truncated(ai.Code, ai.MinLength, length, valueIndex + 1),
        _ when length > ai.MaxLength => ScanErrors.Gs1ValueTooLong(ai.Code, ai.MaxLength, length, valueIndex + 1),
        _ => null,
    };

    private static ScanResult Interpret(List<Element> elements, DateOnly today)
    {
        var read = new List<Element>();
        var dates = new Dictionary<string, DateOnly>();
        foreach (var element in elements)
        {
            if (read.Find(e => e.Ai == element.Ai) is { } earlier)
            {
                if (earlier.Value != element.Value)
                {
                    return ScanErrors.Gs1RepeatedAi(element.Ai.Code, element.Position - element.Ai.Code.Length);
                }

                continue;
            }

            if (ContentError(element, today, out var date) is { } error)
            {
                return error;
            }

            if (date is { } day)
            {
                dates[element.Ai.Code] = day;
            }

            read.Add(element);
        }

        string? Value(string ai) => read.Find(e => e.Ai.Code == ai)?.Value;
        DateOnly? Date(string ai) => dates.TryGetValue(ai, out var day) ? day : null;
        int? Count(string ai) => Value(ai) is { } digits ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;

        var gtin = Value("01");
        return new UdiCode(ScanKind.Gs1, string.Concat(read.Select(e => $"({e.Ai.Code}){e.Value}")))
        {
            DeviceIdentifier = gtin,
            Gtin = gtin,
            Sscc = Value("00"),
            Lot = Value("10"),
            Serial = Value("21"),
            ProductionDate = Date("11"),
            ExpiryDate = Date("17") ?? Date("7003"),
            Quantity = Count("30") ?? Count("37"),
            Elements = read.Select(e => new DataElement(e.Ai.Code, e.Value)).ToList(),
        };
    }

    private static ScanError? ContentError(Element element, DateOnly today, out DateOnly? date)
    {
        date = null;
        var (ai, value, position) = element;
        var digits = ai.Content switch
        {
            Gs1Content.Characters => 0,
            Gs1Content.CheckedKeyAndCharacters => 13,
            _ => value.Length,
        };
        for (var i = 0; i < value.Length; i++)
        {
            if (i < digits && !char.IsAsciiDigit(value[i]))
            {
                return ScanErrors.Gs1NotNumeric(ai.Code, value[i], position + i);
            }

            if (!Gs1ApplicationIdentifier.CharacterSet82.Contains(value[i]))
            {
                return ScanErrors.Gs1InvalidCharacter(ai.Code, value[i], position + i);
            }
        }

        switch (ai.Content)
        {
            case Gs1Content.CheckedKey or Gs1Content.CheckedKeyAndCharacters:
                var key = value[..(ai.Content == Gs1Content.CheckedKey ? value.Length : 13)];
                var expected = RegistryCodes.Gs1CheckDigit(key[..^1]);
                return key[^1] == expected ? null : ScanErrors.CheckDigit(key, expected, position + key.Length - 1);
            case Gs1Content.Date:
                var dateError = LabelDates.ReadYymmdd(value, today, zeroDayIsMonthEnd: true, position, out var day);
                date = day;
                return dateError;
            case Gs1Content.DateAndTime:
                var timeError = LabelDates.ReadYymmdd(value[..6], today, zeroDayIsMonthEnd: false, position, out var expiry)
                    ?? LabelDates.CheckTime(value, LabelDates.Number(value, 6, 2), LabelDates.Number(value, 8, 2), position + 6);
                date = expiry;
                return timeError;
            default:
                return null;
        }
    }

    private sealed record Element(Gs1ApplicationIdentifier Ai, string Value, int Position);
}
