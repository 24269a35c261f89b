using System.Text;
using QRCoder;
using SkiaSharp;

namespace Spd.Reporting.Pdf;

/// <summary>Colours of the documents: ink for text and strong rules, grey for table grids, a faint guide for cut lines, and two fills.</summary>
public enum PdfTone
{
    Ink,
    Muted,
    Rule,
    Guide,
    Band,
    Shade,
}

/// <summary>
/// Draws on one PDF page in millimetres from the top-left corner. This class, <see cref="PdfPages"/> and
/// PdfFonts.cs are the only code that touches SkiaSharp: QuestPDF, the usual choice, cannot be obtained
/// from our package registry, and Skia's PDF backend gives vector output with embedded, subset fonts
/// (docs/decisions/0002 and 0004). Replacing the backend means re-implementing those three; documents
/// only see millimetres, points and strings.
/// </summary>
public sealed class PdfPainter
{
    private readonly SKCanvas canvas;
    private readonly PdfFontSet fonts;

    internal PdfPainter(SKCanvas canvas, PdfFontSet fonts)
    {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    public static float LineHeight(PdfTextStyle style) => PdfFontSet.LineHeightMm(style);

    public float Width(string text, PdfTextStyle style) => fonts.WidthMm(text, style);

    /// <summary>Draws text wrapped into a box <paramref name="widthMm"/> wide, its first line's top at <paramref name="yMm"/>; returns the height used.</summary>
    public float Text(string text, float xMm, float yMm, float widthMm, PdfTextStyle style, PdfAlign align = PdfAlign.Left, int maxLines = int.MaxValue)
    {
        var lines = fonts.Wrap(text, style, widthMm, maxLines);
        var lineHeight = LineHeight(style);
        for (var i = 0; i < lines.Count; i++)
        {
            var x = align switch
            {
                PdfAlign.Right => xMm + widthMm - Width(lines[i], style),
                PdfAlign.Center => xMm + (widthMm - Width(lines[i], style)) / 2,
                _ => xMm,
            };
            DrawLine(lines[i], x, yMm + i * lineHeight + PdfFontSet.BaselineMm(style), style);
        }

        return lines.Count * lineHeight;
    }

    /// <summary>
    /// Draws a QR code (error correction M) as one vector path of squares, one per dark module, in a
    /// square of <paramref name="sizeMm"/> that includes the four-module quiet zone scanners need.
    /// </summary>
    public void Qr(string content, float xMm, float yMm, float sizeMm)
    {
        var modules = QrModules(content);
        var module = PdfUnits.ToPt(sizeMm) / modules.Count;
        using var path = new SKPath();
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    path.AddRect(SKRect.Create(PdfUnits.ToPt(xMm) + column * module, PdfUnits.ToPt(yMm) + row * module, module, module));
                }
            }
        }

        // One fill of the union of the squares: viewers then show no hairline seams between neighbours.
        using var paint = Paint(PdfTone.Ink);
        paint.IsAntialias = false;
        canvas.DrawPath(path, paint);
    }

    public void Line(float x1Mm, float y1Mm, float x2Mm, float y2Mm, PdfTone tone = PdfTone.Ink, float widthPt = 0.5f)
    {
        using var paint = Paint(tone);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = widthPt;
        canvas.DrawLine(PdfUnits.ToPt(x1Mm), PdfUnits.ToPt(y1Mm), PdfUnits.ToPt(x2Mm), PdfUnits.ToPt(y2Mm), paint);
    }

    public void Fill(float xMm, float yMm, float widthMm, float heightMm, PdfTone tone)
    {
        using var paint = Paint(tone);
        canvas.DrawRect(Rect(xMm, yMm, widthMm, heightMm), paint);
    }

    public void Frame(float xMm, float yMm, float widthMm, float heightMm, PdfTone tone = PdfTone.Ink, float widthPt = 0.5f)
    {
        using var paint = Paint(tone);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = widthPt;
        canvas.DrawRect(Rect(xMm, yMm, widthMm, heightMm), paint);
    }

    /// <summary>QRCoder's module matrix, quiet zone included: true is a dark module.</summary>
    internal static IReadOnlyList<bool[]> QrModules(string content)
    {
        using var data = QRCodeGenerator.GenerateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => row.Cast<bool>().ToArray())];
    }

    /// <summary>
    /// Draws one line as a text blob that carries the text and, per glyph, its UTF-8 cluster. Skia writes
    /// CJK fonts as Type 3 fonts whose ToUnicode map gives a glyph's lowest code point, and Noto shares
    /// glyphs between ideographs and radicals: without the clusters, 骨 and 心 would be copied or searched
    /// as ⻣ and ⼼. With them Skia adds /ActualText where the map would be wrong.
    /// </summary>
    private void DrawLine(string line, float xMm, float baselineMm, PdfTextStyle style)
    {
        if (line.Length == 0)
        {
            return;
        }

        var font = fonts.Font(style);
        var glyphs = font.GetGlyphs(line);
        var positions = font.GetGlyphPositions(line);
        var utf8 = Encoding.UTF8.GetBytes(line);
        var clusters = new uint[glyphs.Length];
        var index = 0;
        var offset = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            clusters[index++] = (uint)offset;
            offset += rune.Utf8SequenceLength;
        }

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateHorizontalTextRun(font, glyphs.Length, 0, utf8.Length);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions.Select(p => p.X).ToArray());
        run.SetText(utf8);
        run.SetClusters(clusters);
        using var blob = builder.Build();
        using var paint = Paint(style.Muted ? PdfTone.Muted : PdfTone.Ink);
        canvas.DrawText(blob, PdfUnits.ToPt(xMm), PdfUnits.ToPt(baselineMm), paint);
    }

    private static SKRect Rect(float xMm, float yMm, float widthMm, float heightMm) =>
        SKRect.Create(PdfUnits.ToPt(xMm), PdfUnits.ToPt(yMm), PdfUnits.ToPt(widthMm), PdfUnits.ToPt(heightMm));

    private static SKPaint Paint(PdfTone tone) => new()
    {
        IsAntialias = true,
        Color = tone switch
        {
            PdfTone.Muted => new SKColor(0x55, 0x5B, 0x66),
            PdfTone.Rule => new SKColor(0x8A, 0x90, 0x99),
            PdfTone.Guide => new SKColor(0xC8, 0xCC, 0xD2),
            PdfTone.Band => new SKColor(0xE8, 0xEE, 0xF7),
            PdfTone.Shade => new SKColor(0xF2, 0xF3, 0xF5),
            _ => SKColors.Black,
        },
    };
}

/// <summary>Writes a PDF whose pages are drawn by the caller (label sheets), and the document the flow layout draws into.</summary>
public static class PdfPages
{
    public static byte[] Render(PdfMetadata metadata, PdfPageSize size, int pageCount, Action<int, PdfPainter> drawPage)
    {
        using var stream = new MemoryStream();
        Render(stream, metadata, size, pageCount, drawPage);
        return stream.ToArray();
    }

    /// <summary>Draws page 0 … <paramref name="pageCount"/> − 1 with <paramref name="drawPage"/> and writes the PDF to <paramref name="output"/>.</summary>
    public static void Render(Stream output, PdfMetadata metadata, PdfPageSize size, int pageCount, Action<int, PdfPainter> drawPage)
    {
        using var fonts = new PdfFontSet();
        Render(output, metadata, size, pageCount, drawPage, fonts);
    }

    /// <summary>Writes with the fonts a layout pass has already measured with.</summary>
    internal static void Render(Stream output, PdfMetadata metadata, PdfPageSize size, int pageCount, Action<int, PdfPainter> drawPage, PdfFontSet fonts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageCount);
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Subject ?? "",
            Creator = PdfMetadata.Creator,
            Creation = metadata.Created?.UtcDateTime,
            Modified = metadata.Created?.UtcDateTime,
        };
        using (var document = SKDocument.CreatePdf(output, pdfMetadata))
        {
            for (var page = 0; page < pageCount; page++)
            {
                var canvas = document.BeginPage(PdfUnits.ToPt(size.WidthMm), PdfUnits.ToPt(size.HeightMm));
                drawPage(page, new PdfPainter(canvas, fonts));
                document.EndPage();
            }

            document.Close();
        }
    }
}
