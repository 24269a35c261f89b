namespace Spd.Reporting.Pdf;

/// <summary>The block at the top of every page: a centred title and subtitle, and optionally a QR code at the right with a caption under it.</summary>
public sealed record PdfHeader(string Title)
{
    public string? Subtitle { get; init; }

    public string? QrText { get; init; }

    public string? QrCaption { get; init; }
}

/// <summary>The line at the bottom of every page: the page text (given page number and page count, e.g. 第 1 页 / 共 3 页) centred, a note at the left.</summary>
public sealed record PdfFooter(Func<int, int, string> PageText)
{
    public string? Note { get; init; }
}

/// <summary>
/// A flowing document: blocks (paragraphs, key–value grids, tables, signature lines) are laid out top to
/// bottom onto as many pages as they need, between a header and a footer repeated on each page. The
/// whole document is laid out before anything is drawn, so each footer knows the page count.
/// </summary>
public sealed class PdfDocumentBuilder(PdfMetadata metadata, PdfPageSize size, PdfMargins margins)
{
    /// <summary>The size of the header's QR code, at the top-right corner of the content area.</summary>
    internal const float QrSizeMm = 22;

    private const float BlockGapMm = 3;
    private const float HeaderGapMm = 4;

    public static readonly PdfTextStyle BodyStyle = new(9);

    private static readonly PdfTextStyle TitleStyle = new(16, Bold: true);
    private static readonly PdfTextStyle SubtitleStyle = new(12);
    private static readonly PdfTextStyle CaptionStyle = new(8);
    private static readonly PdfTextStyle FooterStyle = new(8, Muted: true);

    private readonly List<Block> blocks = [];
    private PdfHeader? header;
    private PdfFooter? footer;

    public PdfDocumentBuilder Header(PdfHeader value)
    {
        header = value;
        return this;
    }

    public PdfDocumentBuilder Footer(PdfFooter value)
    {
        footer = value;
        return this;
    }

    public PdfDocumentBuilder Paragraph(string text, PdfTextStyle? style = null, PdfAlign align = PdfAlign.Left)
    {
        var textStyle = style ?? BodyStyle;
        blocks.Add(new((flow, _) =>
        {
            var lineHeight = PdfPainter.LineHeight(textStyle);
            foreach (var line in flow.Fonts.Wrap(text, textStyle, flow.Width))
            {
                flow.EnsureSpace(lineHeight);
                flow.Place(lineHeight, (painter, y) => painter.Text(line, flow.Left, y, flow.Width, textStyle, align));
            }
        }));
        return this;
    }

    /// <summary>Pairs in a grid of <paramref name="columns"/> columns, read across; keys muted, values wrapped.</summary>
    public PdfDocumentBuilder KeyValues(IReadOnlyList<KeyValuePair<string, string>> pairs, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        var keyStyle = BodyStyle.AsMuted();
        blocks.Add(new((flow, _) =>
        {
            var cellWidth = flow.Width / columns;
            var keyWidth = pairs.Max(p => flow.Fonts.WidthMm(p.Key, keyStyle)) + 2;
            var lineHeight = PdfPainter.LineHeight(BodyStyle);
            foreach (var row in pairs.Chunk(columns))
            {
                var height = row.Max(p => flow.Fonts.Wrap(p.Value, BodyStyle, cellWidth - keyWidth - 2).Count) * lineHeight + 1;
                flow.EnsureSpace(height);
                flow.Place(height, (painter, y) =>
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        var x = flow.Left + i * cellWidth;
                        painter.Text(row[i].Key, x, y, keyWidth, keyStyle);
                        painter.Text(row[i].Value, x + keyWidth, y, cellWidth - keyWidth - 2, BodyStyle);
                    }
                });
            }
        }));
        return this;
    }

    public PdfDocumentBuilder Table(PdfTable table)
    {
        blocks.Add(new(table.Layout));
        return this;
    }

    /// <summary>A row of labels, each followed by a line to sign on, kept on one page with the end of the block before it.</summary>
    public PdfDocumentBuilder Signatures(IReadOnlyList<string> labels)
    {
        const float heightMm = 14;
        void Layout(PageFlow flow, float _)
        {
            var slot = flow.Width / labels.Count;
            flow.EnsureSpace(heightMm);
            flow.Place(heightMm, (painter, y) =>
            {
                var lineY = y + heightMm - 3;
                var textTop = lineY - PdfPainter.LineHeight(BodyStyle);
                for (var i = 0; i < labels.Count; i++)
                {
                    var x = flow.Left + i * slot;
                    var labelWidth = painter.Width(labels[i], BodyStyle) + 2;
                    painter.Text(labels[i], x, textTop, labelWidth, BodyStyle);
                    painter.Line(x + labelWidth, lineY, x + slot - 10, lineY, PdfTone.Ink, 0.6f);
                }
            });
        }

        blocks.Add(new(Layout, KeepWithPreviousMm: heightMm));
        return this;
    }

    /// <summary>The next block starts a new page: each copy (联) of a multi-part form on its own sheet.</summary>
    public PdfDocumentBuilder PageBreak()
    {
        blocks.Add(new((flow, _) => flow.NewPage()));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream output)
    {
        using var fonts = new PdfFontSet();
        var headerHeight = HeaderHeight(fonts);
        var footerHeight = footer is null ? 0 : PdfPainter.LineHeight(FooterStyle) + 2;
        var flow = new PageFlow(
            fonts,
            margins.LeftMm,
            ContentWidth,
            margins.TopMm + headerHeight,
            size.HeightMm - margins.BottomMm - footerHeight);
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1].KeepWithPreviousMm : 0;
            blocks[i].Layout(flow, next > 0 ? next + BlockGapMm : 0);
            if (!flow.AtPageTop)
            {
                flow.Place(BlockGapMm, (_, _) => { });
            }
        }

        var pages = flow.Pages;
        PdfPages.Render(output, metadata, size, pages.Count, (page, painter) =>
        {
            DrawHeader(painter, headerHeight);
            foreach (var draw in pages[page])
            {
                draw(painter);
            }

            DrawFooter(painter, page + 1, pages.Count);
        }, fonts);
    }

    private float ContentWidth => size.WidthMm - margins.LeftMm - margins.RightMm;

    /// <summary>The title is centred on the page and kept clear of the QR code on both sides.</summary>
    private float TitleWidth => header?.QrText is null ? ContentWidth : ContentWidth - 2 * (QrSizeMm + 2);

    private float HeaderHeight(PdfFontSet fonts)
    {
        if (header is null)
        {
            return 0;
        }

        var text = fonts.Wrap(header.Title, TitleStyle, TitleWidth).Count * PdfPainter.LineHeight(TitleStyle)
            + (header.Subtitle is null ? 0 : fonts.Wrap(header.Subtitle, SubtitleStyle, TitleWidth).Count * PdfPainter.LineHeight(SubtitleStyle));
        var qr = header.QrText is null ? 0 : QrSizeMm + (header.QrCaption is null ? 0 : PdfPainter.LineHeight(CaptionStyle));
        return Math.Max(text, qr) + HeaderGapMm;
    }

    private void DrawHeader(PdfPainter painter, float height)
    {
        if (header is null)
        {
            return;
        }

        var titleX = margins.LeftMm + (ContentWidth - TitleWidth) / 2;
        var y = margins.TopMm + painter.Text(header.Title, titleX, margins.TopMm, TitleWidth, TitleStyle, PdfAlign.Center);
        if (header.Subtitle is not null)
        {
            painter.Text(header.Subtitle, titleX, y, TitleWidth, SubtitleStyle, PdfAlign.Center);
        }

        if (header.QrText is not null)
        {
            var qrX = size.WidthMm - margins.RightMm - QrSizeMm;
            painter.Qr(header.QrText, qrX, margins.TopMm, QrSizeMm);
            if (header.QrCaption is not null)
            {
                painter.Text(header.QrCaption, qrX - 4, margins.TopMm + QrSizeMm, QrSizeMm + 4, CaptionStyle, PdfAlign.Center, maxLines: 1);
            }
        }

        var ruleY = margins.TopMm + height - HeaderGapMm / 2;
        painter.Line(margins.LeftMm, ruleY, size.WidthMm - margins.RightMm, ruleY, PdfTone.Ink, 0.8f);
    }

    private void DrawFooter(PdfPainter painter, int page, int pageCount)
    {
        if (footer is null)
        {
            return;
        }

        var y = size.HeightMm - margins.BottomMm - PdfPainter.LineHeight(FooterStyle);
        painter.Line(margins.LeftMm, y - 1, size.WidthMm - margins.RightMm, y - 1, PdfTone.Rule, 0.4f);
        painter.Text(footer.PageText(page, pageCount), margins.LeftMm, y, ContentWidth, FooterStyle, PdfAlign.Center, maxLines: 1);
        if (footer.Note is not null)
        {
            painter.Text(footer.Note, margins.LeftMm, y, ContentWidth / 3, FooterStyle, maxLines: 1);
        }
    }

    /// <summary>
    /// A block lays itself out given how much room the next block needs on the same page as its end
    /// (signature lines are not left alone on a page after the table they sign for).
    /// </summary>
    private sealed record Block(Action<PageFlow, float> Layout, float KeepWithPreviousMm = 0);
}

/// <summary>
/// Where the next block goes: a cursor down the content area of the current page, and the drawing
/// actions collected per page. Nothing is drawn until every block has been placed.
/// </summary>
internal sealed class PageFlow(PdfFontSet fonts, float left, float width, float top, float bottom)
{
    private readonly List<List<Action<PdfPainter>>> pages = [[]];
    private float cursor = top;

    public PdfFontSet Fonts { get; } = fonts;

    public float Left { get; } = left;

    public float Width { get; } = width;

    public float Top { get; } = top;

    public float Remaining => bottom - cursor;

    public bool AtPageTop => cursor <= Top;

    public IReadOnlyList<IReadOnlyList<Action<PdfPainter>>> Pages => pages;

    public void NewPage()
    {
        pages.Add([]);
        cursor = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor or the page is still empty (then it overflows).</summary>
    public void EnsureSpace(float height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Reserves <paramref name="height"/> at the cursor; <paramref name="draw"/> gets the top of the reserved band.</summary>
    public void Place(float height, Action<PdfPainter, float> draw)
    {
        var y = cursor;
        pages[^1].Add(painter => draw(painter, y));
        cursor += height;
    }
}
