using System.Text;
using SkiaSharp;

namespace Spd.Reporting.Pdf;

/// <summary>
/// Finds Noto Sans CJK SC, the face every document is set in: it carries Chinese, Latin, Greek (Φ, μ)
/// and the symbols of specifications (×, ±, ℃, ≤), so one face covers the text we print and no
/// per-character fallback is needed. Debian's <c>fonts-noto-cjk</c> ships it as the third face
/// of a collection (.ttc) next to the JP, KR, TC and HK faces, so the face is picked by family name,
/// never by a fixed index. Without the file, fontconfig is asked for the family, then for any face
/// with 中 in it. Text is not shaped with HarfBuzz: Chinese and Latin map one character to one glyph
/// with no required ligatures, so Skia's own character-to-glyph mapping is enough and the documents
/// need no second native library. Skia's PDF backend embeds only the glyphs used.
/// </summary>
internal static class PdfFonts
{
    public const string Family = "Noto Sans CJK SC";

    private static readonly string[] Directories =
    [
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/noto-cjk",
        "/usr/share/fonts/google-noto-cjk",
        "/usr/share/fonts/truetype/noto",
    ];

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Find("NotoSansCJK-Regular.ttc", SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Find("NotoSansCJK-Bold.ttc", SKFontStyle.Bold));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Find(string fileName, SKFontStyle style)
    {
        foreach (var path in Directories.Select(directory => Path.Combine(directory, fileName)).Where(File.Exists))
        {
            for (var index = 0; ; index++)
            {
                var face = SKTypeface.FromFile(path, index);
                if (face is null)
                {
                    break;
                }

                if (face.FamilyName == Family)
                {
                    return face;
                }

                face.Dispose();
            }
        }

        var manager = SKFontManager.Default;
        var matched = manager.MatchFamily(Family, style);
        if (matched?.FamilyName == Family)
        {
            return matched;
        }

        return manager.MatchCharacter(null, style, ["zh-Hans"], '中')
            ?? throw new InvalidOperationException($"No font with Chinese characters was found; install {Family} (Debian package fonts-noto-cjk).");
    }
}

/// <summary>The fonts of one document, by size and weight, and the text measuring and line breaking done with them.</summary>
internal sealed class PdfFontSet : IDisposable
{
    /// <summary>Line height as a multiple of the font size.</summary>
    private const float LineSpacing = 1.3f;

    /// <summary>Where the middle of an ideograph sits above the baseline, in ems (the ideographic em box runs from -0.12 to 0.88).</summary>
    private const float IdeographicCentre = 0.38f;

    private const string Ellipsis = "…";

    private readonly Dictionary<(float Size, bool Bold), SKFont> fonts = [];

    public SKFont Font(PdfTextStyle style)
    {
        if (!fonts.TryGetValue((style.SizePt, style.Bold), out var font))
        {
            font = new SKFont(style.Bold ? PdfFonts.Bold : PdfFonts.Regular, style.SizePt) { Subpixel = true };
            fonts[(style.SizePt, style.Bold)] = font;
        }

        return font;
    }

    public static float LineHeightMm(PdfTextStyle style) => PdfUnits.ToMm(style.SizePt * LineSpacing);

    /// <summary>Distance from the top of a line box to the baseline, so that text sits in the middle of its line.</summary>
    public static float BaselineMm(PdfTextStyle style) => PdfUnits.ToMm(style.SizePt * (LineSpacing / 2 + IdeographicCentre));

    public float WidthMm(string text, PdfTextStyle style) => PdfUnits.ToMm(Font(style).MeasureText(text));

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="widthMm"/>: between any two Chinese characters,
    /// at spaces between Latin words, and inside a word only when the word alone is too wide (long codes).
    /// Closing punctuation stays with the character before it. A line break in the text starts a new line.
    /// Beyond <paramref name="maxLines"/> the last line ends in an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, PdfTextStyle style, float widthMm, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, style, widthMm, lines);
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1], style, widthMm);
        return kept;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
    }

    private void WrapParagraph(string paragraph, PdfTextStyle style, float widthMm, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var token in Tokens(paragraph))
        {
            if (line.Length == 0 && string.IsNullOrWhiteSpace(token))
            {
                continue;
            }

            if (WidthMm(line + token, style) <= widthMm)
            {
                line.Append(token);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            if (string.IsNullOrWhiteSpace(token))
            {
                continue;
            }

            foreach (var rune in token.EnumerateRunes())
            {
                if (line.Length > 0 && WidthMm(line + rune.ToString(), style) > widthMm)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(rune.ToString());
            }
        }

        lines.Add(line.ToString().TrimEnd());
    }

    private string WithEllipsis(string line, PdfTextStyle style, float widthMm)
    {
        var runes = line.EnumerateRunes().ToList();
        while (runes.Count > 0 && WidthMm(string.Concat(runes) + Ellipsis, style) > widthMm)
        {
            runes.RemoveAt(runes.Count - 1);
        }

        return string.Concat(runes).TrimEnd() + Ellipsis;
    }

    /// <summary>Break opportunities: each Chinese character (with the punctuation that closes it), each run of spaces, each other word.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var tokenKind = TokenKind.Word;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsClosingPunctuation(rune))
            {
                token.Append(rune.ToString());
                continue;
            }

            var kind = Rune.IsWhiteSpace(rune) ? TokenKind.Space : IsIdeographic(rune) ? TokenKind.Ideograph : TokenKind.Word;
            if (token.Length > 0 && (kind != tokenKind || kind == TokenKind.Ideograph))
            {
                yield return token.ToString();
                token.Clear();
            }

            token.Append(rune.ToString());
            tokenKind = kind;
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static bool IsIdeographic(Rune rune) => rune.Value is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000;

    private static bool IsClosingPunctuation(Rune rune) => rune.Value is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '%'
        or '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '》' or '」' or '』' or '】' or '”' or '’';

    private enum TokenKind
    {
        Word,
        Space,
        Ideograph,
    }
}

internal static class PdfUnits
{
    private const float PointsPerMm = 72f / 25.4f;

    public static float ToPt(float mm) => mm * PointsPerMm;

    public static float ToMm(float pt) => pt / PointsPerMm;
}
