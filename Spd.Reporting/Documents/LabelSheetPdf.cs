using Spd.Reporting.Pdf;

namespace Spd.Reporting.Documents;

/// <summary>
/// A sheet of self-adhesive labels: <see cref="Columns"/> × <see cref="Rows"/> labels of the given size,
/// the first one <see cref="LeftMm"/> and <see cref="TopMm"/> from the sheet's corner. The default is the
/// common A4 sheet of 24 labels of 70 × 37 mm. Outlines help when printing on plain paper.
/// </summary>
public sealed record LabelSheetLayout
{
    public PdfPageSize Page { get; init; } = PdfPageSize.A4Portrait;

    public int Columns { get; init; } = 3;

    public int Rows { get; init; } = 8;

    public float LabelWidthMm { get; init; } = 70;

    public float LabelHeightMm { get; init; } = 37;

    public float LeftMm { get; init; }

    public float TopMm { get; init; } = 0.5f;

    public float ColumnGapMm { get; init; }

    public float RowGapMm { get; init; }

    /// <summary>Space kept free inside each label: sheet printers do not print up to a label's edge.</summary>
    public float PaddingMm { get; init; } = 3;

    public bool Outlines { get; init; } = true;

    public DocumentText Text { get; init; } = DocumentText.Chinese;

    public int LabelsPerPage => Columns * Rows;
}

/// <summary>
/// Labels on sheets for office printers: per label the code as a QR code with the code under it, and
/// beside it the item name (two lines at most), specification, lot, expiry, the department and pack
/// quantity of a fixed-quantity pack, and the EPC of an RFID label.
/// </summary>
public static class LabelSheetPdf
{
    private static readonly PdfTextStyle NameStyle = new(8.5f, Bold: true);
    private static readonly PdfTextStyle DetailStyle = new(7.5f);
    private static readonly PdfTextStyle CaptionStyle = new(7.5f, Muted: true);
    private static readonly PdfTextStyle CodeStyle = new(7.5f, Bold: true);
    private static readonly PdfTextStyle EpcStyle = new(6, Muted: true);

    public static byte[] Render(IReadOnlyList<LabelData> labels, LabelSheetLayout layout)
    {
        if (labels.Count == 0)
        {
            throw new ArgumentException("There are no labels to print.", nameof(labels));
        }

        if (layout.Columns <= 0 || layout.Rows <= 0
            || layout.LeftMm + layout.Columns * layout.LabelWidthMm + (layout.Columns - 1) * layout.ColumnGapMm > layout.Page.WidthMm
            || layout.TopMm + layout.Rows * layout.LabelHeightMm + (layout.Rows - 1) * layout.RowGapMm > layout.Page.HeightMm)
        {
            throw new ArgumentException("The labels of the layout do not fit on its page.", nameof(layout));
        }

        var pages = (labels.Count + layout.LabelsPerPage - 1) / layout.LabelsPerPage;
        return PdfPages.Render(new PdfMetadata(layout.Text.Labels, null), layout.Page, pages, (page, painter) =>
        {
            foreach (var (label, position) in labels.Skip(page * layout.LabelsPerPage).Take(layout.LabelsPerPage).Select((l, i) => (l, i)))
            {
                var (x, y) = Origin(layout, position);
                if (layout.Outlines)
                {
                    painter.Frame(x, y, layout.LabelWidthMm, layout.LabelHeightMm, PdfTone.Guide, 0.3f);
                }

                DrawLabel(painter, label, layout, position);
            }
        });
    }

    /// <summary>The top-left corner of the label at a position on the sheet (0 is top left, read across).</summary>
    internal static (float X, float Y) Origin(LabelSheetLayout layout, int position) => (
        layout.LeftMm + position % layout.Columns * (layout.LabelWidthMm + layout.ColumnGapMm),
        layout.TopMm + position / layout.Columns * (layout.LabelHeightMm + layout.RowGapMm));

    /// <summary>
    /// Where the QR code of a label goes: at the padding's corner (its own quiet zone is the white margin
    /// round it), as large as leaves a line for the code under it and most of the width for the text.
    /// </summary>
    internal static (float X, float Y, float Size) QrBox(LabelSheetLayout layout, int position)
    {
        var (x, y) = Origin(layout, position);
        var size = Math.Min(layout.LabelHeightMm - 2 * layout.PaddingMm - PdfPainter.LineHeight(CodeStyle), (layout.LabelWidthMm - 2 * layout.PaddingMm) * 0.4f);
        return (x + layout.PaddingMm, y + layout.PaddingMm, size);
    }

    private static void DrawLabel(PdfPainter painter, LabelData label, LabelSheetLayout layout, int position)
    {
        var (left, top, qr) = QrBox(layout, position);
        var width = layout.LabelWidthMm - 2 * layout.PaddingMm;
        var height = layout.LabelHeightMm - 2 * layout.PaddingMm;
        painter.Qr(label.Code, left, top, qr);
        painter.Text(label.Code, left, top + qr, qr, CodeStyle, PdfAlign.Center, maxLines: 1);

        var textLeft = left + qr + 1.5f;
        var textWidth = left + width - textLeft;
        var line = top + painter.Text(label.ItemName, textLeft, top, textWidth, NameStyle, maxLines: 2);
        line += painter.Text(label.Specification, textLeft, line, textWidth, DetailStyle, maxLines: 1);
        line += Detail(painter, layout.Text.Lot, label.Lot, textLeft, line, textWidth);
        line += Detail(painter, layout.Text.ExpiryDate, DocumentFormat.Date(label.ExpiryDate), textLeft, line, textWidth);
        if (label.PackLine is { } pack)
        {
            painter.Text(pack, textLeft, line, textWidth, NameStyle, maxLines: 1);
        }

        if (label.Epc is { } epc)
        {
            painter.Text(epc, textLeft, top + height - PdfPainter.LineHeight(EpcStyle), textWidth, EpcStyle, maxLines: 1);
        }
    }

    private static float Detail(PdfPainter painter, string caption, string? value, float x, float y, float width)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        var captionWidth = painter.Width(caption, CaptionStyle) + 1.5f;
        painter.Text(caption, x, y, captionWidth, CaptionStyle, maxLines: 1);
        return painter.Text(value, x + captionWidth, y, width - captionWidth, DetailStyle, maxLines: 1);
    }
}
