using System.Globalization;
using ClosedXML.Excel;
using Spd.Domain.Catalog;

namespace Spd.Reporting.Excel;

/// <summary>
/// Writes and reads the one-table sheets of the import and export files: a frozen header row, then one
/// row per record. Text columns are stored as text (so GTINs keep their leading zeros), numbers as
/// numbers and dates as dates shown yyyy-MM-dd.
/// </summary>
public static class SheetWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string NotesSheet = "说明";

    /// <summary>Columns are sized from the header and the first rows: AdjustToContents needs GDI+, which servers lack.</summary>
    private const int RowsMeasured = 200;

    public static XLWorkbook Create(string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<object?[]> rows)
    {
        var workbook = new XLWorkbook();
        AddSheet(workbook, sheetName, columns, rows);
        return workbook;
    }

    /// <summary>Adds one more table sheet to a workbook, written as <see cref="Create"/> writes the first.</summary>
    public static IXLWorksheet AddSheet(XLWorkbook workbook, string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<object?[]> rows)
    {
        var sheet = workbook.Worksheets.Add(sheetName);
        var widths = columns.Select(c => Width(c.Header) + 2).ToArray();
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            header.Style.Font.Bold = true;
            header.Style.Font.FontColor = columns[c].Required ? XLColor.DarkRed : XLColor.Black;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
            if (columns[c].Kind != SheetValueKind.Number)
            {
                // Text columns keep what users type as text (leading zeros of a GTIN); date columns show yyyy-MM-dd.
                sheet.Column(c + 1).Style.NumberFormat.Format = columns[c].Kind == SheetValueKind.Text ? "@" : SheetText.DateFormat;
            }
        }

        var rowNumber = 1;
        foreach (var values in rows)
        {
            rowNumber++;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = values[c];
                if (value is null)
                {
                    continue;
                }

                var cell = sheet.Cell(rowNumber, c + 1);
                switch (value)
                {
                    case string text:
                        // SetValue of a string stores text as it is (the Value setter would parse "069…" into a number).
                        cell.SetValue(text);
                        break;
                    case DateOnly date:
                        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                        break;
                    case DateTime time:
                        cell.SetValue(time);
                        break;
                    case decimal number:
                        cell.SetValue(number);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    default:
                        throw new ArgumentException($"Column {columns[c].Header} has a value of type {value.GetType().Name}, which a sheet does not hold.", nameof(rows));
                }

                if (rowNumber <= RowsMeasured + 1)
                {
                    widths[c] = Math.Max(widths[c], Width(Display(value)) + 2);
                }
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = Math.Min(widths[c], 60);
        }

        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    /// <summary>Adds the sheet 说明: one line per column with whether it is required and what it takes.</summary>
    public static void AddNotes(XLWorkbook workbook, IReadOnlyList<SheetColumn> columns, string introduction)
    {
        var notes = workbook.Worksheets.Add(NotesSheet);
        notes.Cell(1, 1).SetValue(introduction);
        notes.Range(1, 1, 1, 3).Merge().Style.Alignment.WrapText = true;
        notes.Row(1).Height = 48;
        string[] headers = ["列名", "是否必填", "说明"];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = notes.Cell(3, c + 1);
            cell.SetValue(headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
        }

        for (var i = 0; i < columns.Count; i++)
        {
            notes.Cell(i + 4, 1).SetValue(columns[i].Header);
            notes.Cell(i + 4, 2).SetValue(columns[i].Required ? "必填" : "选填");
            notes.Cell(i + 4, 3).SetValue(columns[i].Note);
            notes.Cell(i + 4, 3).Style.Alignment.WrapText = true;
        }

        notes.Column(1).Width = 20;
        notes.Column(2).Width = 10;
        notes.Column(3).Width = 90;
        notes.SheetView.FreezeRows(3);
    }

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Reads the first sheet: the headers of row 1 and every later row that has a value, each cell as
    /// the text the import rules read (numbers in invariant culture, dates yyyy-MM-dd, booleans 是/否).
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not an .xlsx workbook.</exception>
    public static ImportSheet Read(Stream stream)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException("The file is not an Excel workbook (.xlsx).", e);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var headers = new List<string>();
            var headerByColumn = new Dictionary<int, string>();
            foreach (var cell in sheet.Row(1).CellsUsed(XLCellsUsedOptions.Contents))
            {
                var header = cell.GetString().Trim();
                if (header.Length > 0 && !headers.Contains(header))
                {
                    headers.Add(header);
                    headerByColumn[cell.Address.ColumnNumber] = header;
                }
            }

            // Only the cells that hold something: addressing every (row, column) would create the empty ones.
            var rows = new SortedDictionary<int, Dictionary<string, string>>();
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
            {
                var address = cell.Address;
                if (address.RowNumber == 1 || !headerByColumn.TryGetValue(address.ColumnNumber, out var header))
                {
                    continue;
                }

                var text = Text(cell);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (!rows.TryGetValue(address.RowNumber, out var cells))
                {
                    rows[address.RowNumber] = cells = new Dictionary<string, string>(headers.Count);
                }

                cells[header] = text;
            }

            return new ImportSheet(headers, [.. rows.Select(row => new SheetRow(row.Key, row.Value))]);
        }
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => ((decimal)cell.GetDouble()).ToString(CultureInfo.InvariantCulture),
        XLDataType.DateTime => cell.GetDateTime().ToString(SheetText.DateFormat, CultureInfo.InvariantCulture),
        XLDataType.Boolean => SheetText.YesNo(cell.GetBoolean()),
        _ => cell.GetString(),
    };

    private static string Display(object value) => value switch
    {
        DateOnly or DateTime => SheetText.DateFormat,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Excel column width in characters: Chinese characters take two.</summary>
    private static int Width(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
}
