using ClosedXML.Excel;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Reporting.Excel;

/// <summary>盘盈盘亏表: the variance report of a stocktake as the equipment department and finance sign it.</summary>
public static class StocktakeWorkbooks
{
    public const string VarianceSheet = "盘盈盘亏表";

    /// <summary>The row of the column titles; the lines start below it.</summary>
    public const int HeaderRow = 4;

    private const string QuantityFormat = "#,##0;-#,##0;0";
    private const string MoneyFormat = "#,##0.00;-#,##0.00;0.00";

    /// <summary>Titles and widths in characters (a Chinese character takes two); set explicitly because AdjustToContents needs GDI+, which servers lack.</summary>
    private static readonly (string Title, double Width)[] Columns =
    [
        ("货位", 14), ("物资编码", 12), ("名称", 28), ("规格", 18), ("单位", 6), ("批号", 14), ("有效期", 12), ("货主", 20), ("库存状态", 10),
        ("账面数", 10), ("实盘数", 10), ("差异数", 10), ("单价", 12), ("差异金额", 14), ("备注", 12),
    ];

    private static readonly Dictionary<StocktakeStatus, string> StatusNames = new()
    {
        [StocktakeStatus.Counting] = "盘点中",
        [StocktakeStatus.Submitted] = "待设备科审批",
        [StocktakeStatus.EquipmentApproved] = "待财务审批",
        [StocktakeStatus.Posted] = "已过账",
        [StocktakeStatus.Rejected] = "已驳回",
        [StocktakeStatus.Cancelled] = "已作废",
    };

    public static byte[] Variance(VarianceReport report, BusinessCalendar calendar)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(VarianceSheet);
        var header = report.Header;
        sheet.Cell(1, 1).SetValue($"盘盈盘亏表 {header.No}");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue(
            $"库房：{header.WarehouseName}　范围：{header.Zone ?? "全库"}　冻结账面：{calendar.ToLocal(header.FrozenUtc):yyyy-MM-dd HH:mm}　状态：{StatusNames[header.Status]}"
            + $"　明细 {report.Totals.Lines} 行，已盘 {report.Totals.Counted} 行，未盘 {report.Totals.Uncounted} 行（未盘按实盘 0 计）");
        sheet.Range(1, 1, 1, Columns.Length).Merge();
        sheet.Range(2, 1, 2, Columns.Length).Merge();

        for (var c = 0; c < Columns.Length; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1);
            cell.SetValue(Columns[c].Title);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
            sheet.Column(c + 1).Width = Columns[c].Width;
        }

        var row = HeaderRow;
        foreach (var line in report.Lines)
        {
            row++;
            sheet.Cell(row, 1).SetValue(line.LocationCode ?? "收货区");
            sheet.Cell(row, 2).SetValue(line.ItemCode);
            sheet.Cell(row, 3).SetValue(line.ItemName);
            sheet.Cell(row, 4).SetValue(line.Specification);
            sheet.Cell(row, 5).SetValue(line.Unit);
            sheet.Cell(row, 6).SetValue(line.LotNumber);
            if (line.ExpiryDate is { } expiry)
            {
                sheet.Cell(row, 7).SetValue(expiry.ToDateTime(TimeOnly.MinValue));
            }

            sheet.Cell(row, 8).SetValue(line.OwnerName ?? "本院");
            sheet.Cell(row, 9).SetValue(line.State switch { StockState.Quarantined => "隔离", StockState.InTransit => "在途", _ => "可用" });
            sheet.Cell(row, 10).SetValue(line.Book);
            sheet.Cell(row, 11).SetValue(line.Counted ?? 0);
            sheet.Cell(row, 12).SetValue(line.Variance);
            sheet.Cell(row, 13).SetValue(line.UnitCost);
            sheet.Cell(row, 14).SetValue(line.VarianceValue);
            sheet.Cell(row, 15).SetValue(line.Counted is null ? "未盘" : line.AddedDuringCount ? "盘点新增" : "");
            if (line.Variance != 0)
            {
                sheet.Range(row, 12, row, 14).Style.Font.FontColor = line.Variance > 0 ? XLColor.DarkGreen : XLColor.DarkRed;
            }
        }

        sheet.Range(HeaderRow + 1, 7, Math.Max(row, HeaderRow + 1), 7).Style.NumberFormat.Format = SheetText.DateFormat;
        sheet.Range(HeaderRow + 1, 10, Math.Max(row, HeaderRow + 1), 12).Style.NumberFormat.Format = QuantityFormat;
        sheet.Range(HeaderRow + 1, 13, Math.Max(row, HeaderRow + 1), 14).Style.NumberFormat.Format = MoneyFormat;

        var totals = report.Totals;
        row++;
        Total(sheet, ++row, "盘盈合计", totals.GainQuantity, totals.GainValue);
        Total(sheet, ++row, "盘亏合计", -totals.LossQuantity, -totals.LossValue);
        Total(sheet, ++row, "净差异", totals.GainQuantity - totals.LossQuantity, totals.NetValue);
        sheet.SheetView.FreezeRows(HeaderRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Total(IXLWorksheet sheet, int row, string title, int quantity, decimal value)
    {
        sheet.Cell(row, 1).SetValue(title);
        sheet.Cell(row, 12).SetValue(quantity);
        sheet.Cell(row, 12).Style.NumberFormat.Format = QuantityFormat;
        sheet.Cell(row, 14).SetValue(value);
        sheet.Cell(row, 14).Style.NumberFormat.Format = MoneyFormat;
        sheet.Range(row, 1, row, Columns.Length).Style.Font.Bold = true;
    }
}
