using System.Collections.Frozen;

namespace Spd.Domain.Codes;

internal enum Gs1Content
{
    /// <summary>Digits only.</summary>
    Digits,

    /// <summary>GS1 AI encodable character set 82.</summary>
    Characters,

    /// <summary>A GS1 key of digits whose last is its mod-10 check digit (GTIN, SSCC, GLN, GSIN).</summary>
    CheckedKey,

    /// <summary>A 13-digit key with check digit, then up to 17 characters of set 82 (GDTI).</summary>
    CheckedKeyAndCharacters,

    /// <summary>YYMMDD where day 00 stands for the last day of the month.</summary>
    Date,

    /// <summary>YYMMDDhhmm.</summary>
    DateAndTime,
}

/// <summary>
/// The application identifiers Spd reads: those on medical-device (UDI) and logistics labels, from the
/// GS1 Barcode Syntax Dictionary (github.com/gs1/gs1-syntax-dictionary). <see cref="PredefinedLength"/>
/// marks the AIs of the General Specifications' table of predefined-length element strings, which need no
/// separator after them; every other AI ends at a group separator or at the end of the data, even when its
/// length is fixed (7003, 402).
/// </summary>
internal sealed record Gs1ApplicationIdentifier(string Code, int MinLength, int MaxLength, Gs1Content Content, bool PredefinedLength)
{
    /// <summary>
    /// GS1 AI encodable character set 82 (General Specifications §7.11). Space, <c>#</c>, <c>$</c>,
    /// <c>@</c>, <c>[</c>, <c>\</c>, <c>]</c>, <c>^</c>, <c>`</c>, <c>{</c>, <c>|</c>, <c>}</c> and <c>~</c> are not in it.
    /// </summary>
    public const string CharacterSet82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static readonly FrozenDictionary<string, Gs1ApplicationIdentifier> ByCode = Definitions().ToFrozenDictionary(ai => ai.Code);

    private static readonly FrozenDictionary<string, Gs1ApplicationIdentifier>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>AIs are prefix-free, so the first 2-, 3- or 4-digit prefix that names one is the AI.</summary>
    public static Gs1ApplicationIdentifier? AtStartOf(ReadOnlySpan<char> data)
    {
        for (var length = 2; length <= 4 && length <= data.Length; length++)
        {
            if (BySpan.TryGetValue(data[..length], out var ai))
            {
                return ai;
            }
        }

        return null;
    }

    public static Gs1ApplicationIdentifier? Named(string code) => ByCode.GetValueOrDefault(code);

    private static IEnumerable<Gs1ApplicationIdentifier> Definitions()
    {
        yield return Fixed("00", 18, Gs1Content.CheckedKey);
        yield return Fixed("01", 14, Gs1Content.CheckedKey);
        yield return Fixed("02", 14, Gs1Content.CheckedKey);
        yield return Text("10", 20);

        // Production, due, packaging, best-before, sell-by and expiry dates.
        foreach (var date in new[] { "11", "12", "13", "15", "16", "17" })
        {
            yield return Fixed(date, 6, Gs1Content.Date);
        }

        yield return Fixed("20", 2, Gs1Content.Digits);
        yield return Text("21", 20);
        yield return Text("22", 20);
        yield return Text("235", 28);
        yield return Text("240", 30);
        yield return Text("241", 30);
        yield return new("242", 1, 6, Gs1Content.Digits, false);
        yield return Text("243", 20);
        yield return Text("250", 30);
        yield return Text("251", 30);
        yield return new("253", 13, 30, Gs1Content.CheckedKeyAndCharacters, false);
        yield return Text("254", 20);
        yield return new("30", 1, 8, Gs1Content.Digits, false);

        // Trade and logistic measures; the fourth digit places the decimal point (0–5).
        foreach (var (first, last) in new[] { (310, 316), (320, 329), (330, 337), (340, 349), (350, 357), (360, 369) })
        {
            for (var measure = first; measure <= last; measure++)
            {
                for (var decimals = 0; decimals <= 5; decimals++)
                {
                    yield return Fixed($"{measure}{decimals}", 6, Gs1Content.Digits);
                }
            }
        }

        yield return new("37", 1, 8, Gs1Content.Digits, false);
        yield return Text("400", 30);
        yield return Text("401", 30);
        yield return new("402", 17, 17, Gs1Content.CheckedKey, false);
        yield return Text("403", 30);

        // Global location numbers: ship to, bill to, purchase from, ship for, location, pay to, production, party.
        for (var gln = 410; gln <= 417; gln++)
        {
            yield return Fixed(gln.ToString(System.Globalization.CultureInfo.InvariantCulture), 13, Gs1Content.CheckedKey);
        }

        yield return Text("420", 20);
        yield return new("7003", 10, 10, Gs1Content.DateAndTime, false);

        // National healthcare reimbursement numbers (PZN, CIP, CN, DRN, AIM, NDC).
        for (var nhrn = 710; nhrn <= 715; nhrn++)
        {
            yield return Text(nhrn.ToString(System.Globalization.CultureInfo.InvariantCulture), 20);
        }

        yield return Text("7240", 20);
        yield return Text("8004", 30);
        yield return Text("8012", 20);
        yield return Text("8020", 25);
        yield return Text("90", 30);
        for (var company = 91; company <= 99; company++)
        {
            yield return Text(company.ToString(System.Globalization.CultureInfo.InvariantCulture), 90);
        }
    }

    private static Gs1ApplicationIdentifier Fixed(string code, int length, Gs1Content content) => new(code, length, length, content, true);

    private static Gs1ApplicationIdentifier Text(string code, int maxLength) => new(code, 1, maxLength, Gs1Content.Characters, false);
}
