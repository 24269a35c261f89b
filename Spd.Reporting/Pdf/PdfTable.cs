namespace Spd.Reporting.Pdf;

/// <summary>A table column: its header, its width relative to the other columns, and how its cells align (numbers right).</summary>
public sealed record PdfColumn(string Header, float Width, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// A table that flows over pages: its header row is repeated at the top of every page it reaches, a row is
/// never split (long cell text wraps inside the row, and a row that does not fit starts the next page),
/// and an optional totals row closes it.
/// </summary>
public sealed class PdfTable
{
    public static readonly PdfTextStyle DefaultStyle = new(7.5f);

    private const float PaddingXMm = 1.2f;
    private const float PaddingYMm = 0.9f;

    private readonly List<IReadOnlyList<string>> rows = [];
    private IReadOnlyList<string>? totals;

    public PdfTable(IReadOnlyList<PdfColumn> columns, PdfTextStyle? style = null)
    {
        if (columns.Count == 0 || columns.Any(c => c.Width <= 0))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive width.", nameof(columns));
        }

        Columns = columns;
        Style = style ?? DefaultStyle;
    }

    public IReadOnlyList<PdfColumn> Columns { get; }

    public PdfTextStyle Style { get; }

    public PdfTable Row(params IReadOnlyList<string> cells)
    {
        rows.Add(Checked(cells));
        return this;
    }

    public PdfTable Totals(params IReadOnlyList<string> cells)
    {
        totals = Checked(cells);
        return this;
    }

    /// <summary>Lays the table out; its last row goes to a new page unless <paramref name="keepWithNextMm"/> more fits under it.</summary>
    internal void Layout(PageFlow flow, float keepWithNextMm)
    {
        var total = Columns.Sum(c => c.Width);
        var widths = Columns.Select(c => c.Width / total * flow.Width).ToArray();
        var headerStyle = Style.AsBold();
        var headers = Columns.Select(c => c.Header).ToArray();
        var headerHeight = Height(flow.Fonts, headers, widths, headerStyle);

        void PlaceHeader() => flow.Place(headerHeight, (painter, y) =>
            DrawRow(painter, flow.Left, y, widths, headerHeight, headers, headerStyle, PdfTone.Band, _ => PdfAlign.Center));

        var body = rows.Select(cells => (Cells: cells, Style, Fill: (PdfTone?)null)).ToList();
        if (totals is not null)
        {
            body.Add((totals, headerStyle, PdfTone.Shade));
        }

        var firstHeight = body.Count == 0 ? 0 : Height(flow.Fonts, body[0].Cells, widths, body[0].Style);
        flow.EnsureSpace(headerHeight + firstHeight);
        PlaceHeader();
        var rowsOnPage = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var (cells, style, fill) = body[i];
            var height = Height(flow.Fonts, cells, widths, style);
            var needed = i == body.Count - 1 ? height + keepWithNextMm : height;
            if (needed > flow.Remaining && rowsOnPage > 0)
            {
                flow.NewPage();
                PlaceHeader();
                rowsOnPage = 0;
            }

            flow.Place(height, (painter, y) => DrawRow(painter, flow.Left, y, widths, height, cells, style, fill, column => Columns[column].Align));
            rowsOnPage++;
        }
    }

    private IReadOnlyList<string> Checked(IReadOnlyList<string> cells) => cells.Count == Columns.Count
        ? cells
        : throw new ArgumentException($"The table has {Columns.Count} columns; a row gave {cells.Count} cells.", nameof(cells));

    private static float Height(PdfFontSet fonts, IReadOnlyList<string> cells, float[] widths, PdfTextStyle style) =>
        cells.Select((cell, i) => fonts.Wrap(cell, style, widths[i] - 2 * PaddingXMm).Count).Max() * PdfPainter.LineHeight(style) + 2 * PaddingYMm;

    private static void DrawRow(
        PdfPainter painter, float left, float y, float[] widths, float height, IReadOnlyList<string> cells, PdfTextStyle style, PdfTone? fill, Func<int, PdfAlign> align)
    {
        var right = left + widths.Sum();
        if (fill is { } tone)
        {
            painter.Fill(left, y, right - left, height, tone);
        }

        var x = left;
        for (var i = 0; i < cells.Count; i++)
        {
            painter.Text(cells[i], x + PaddingXMm, y + PaddingYMm, widths[i] - 2 * PaddingXMm, style, align(i));
            painter.Line(x, y, x, y + height, PdfTone.Rule, 0.4f);
            x += widths[i];
        }

        painter.Line(right, y, right, y + height, PdfTone.Rule, 0.4f);
        painter.Line(left, y, right, y, PdfTone.Rule, 0.4f);
        painter.Line(left, y + height, right, y + height, PdfTone.Rule, 0.4f);
    }
}
