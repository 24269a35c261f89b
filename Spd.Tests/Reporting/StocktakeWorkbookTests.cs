using ClosedXML.Excel;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Reporting;

public sealed class StocktakeWorkbookTests
{
    private static readonly VarianceLine[] Lines =
    [
        new(1, "C-01-01-01", "WZ0001", "医用纱布块", "8cm×10cm", "块", "L1", new DateOnly(2028, 1, 31), null, StockState.Available, 100, 97, 1.2m, false),
        new(2, "C-01-01-02", "WZ0001", "医用纱布块", "8cm×10cm", "块", "L9", null, null, StockState.Available, 0, 10, 1.2m, true),
        new(3, null, "WZ0002", "冠脉支架", "3.0×18mm", "支", "S1", null, "测试医疗器械有限公司", StockState.Quarantined, 2, null, 6800m, false),
    ];

    private static XLWorkbook Workbook()
    {
        var header = new StocktakeHeader(7, "ST202611220001", 1, "本部院区中心库", "阴凉区", StocktakeStatus.Posted, new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc),
            "warehouse", null, null, 3);
        var report = new VarianceReport(header, Lines, VarianceTotals.Of(Lines.Select(l => (l.Book, l.Counted, l.UnitCost))));
        var calendar = new BusinessCalendar(new ManualClock(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero)));
        return new XLWorkbook(new MemoryStream(StocktakeWorkbooks.Variance(report, calendar)));
    }

    [Fact]
    public void The_variance_sheet_has_a_titled_header_one_row_per_line_and_the_totals_of_gains_and_losses()
    {
        using var workbook = Workbook();
        var sheet = workbook.Worksheet(StocktakeWorkbooks.VarianceSheet);

        Assert.Equal("盘盈盘亏表 ST202611220001", sheet.Cell(1, 1).GetString());
        Assert.Contains("本部院区中心库", sheet.Cell(2, 1).GetString());
        Assert.Contains("冻结账面：2026-11-22 10:00", sheet.Cell(2, 1).GetString());
        Assert.Contains("未盘 1 行", sheet.Cell(2, 1).GetString());
        var header = StocktakeWorkbooks.HeaderRow;
        Assert.Equal("账面数", sheet.Cell(header, 10).GetString());
        Assert.Equal("差异金额", sheet.Cell(header, 14).GetString());
        Assert.Equal(header, sheet.SheetView.SplitRow);

        var first = sheet.Row(header + 1);
        Assert.Equal(("C-01-01-01", 100, 97, -3), (first.Cell(1).GetString(), first.Cell(10).GetValue<int>(), first.Cell(11).GetValue<int>(), first.Cell(12).GetValue<int>()));
        Assert.Equal(-3.6m, first.Cell(14).GetValue<decimal>());
        Assert.Equal(new DateTime(2028, 1, 31), first.Cell(7).GetDateTime());
        Assert.Equal("盘点新增", sheet.Cell(header + 2, 15).GetString());
        var stent = sheet.Row(header + 3);
        Assert.Equal(("收货区", "隔离", "测试医疗器械有限公司", "未盘", -13600m), (stent.Cell(1).GetString(), stent.Cell(9).GetString(), stent.Cell(8).GetString(), stent.Cell(15).GetString(), stent.Cell(14).GetValue<decimal>()));

        var gains = sheet.Row(header + 5);
        var losses = sheet.Row(header + 6);
        var net = sheet.Row(header + 7);
        Assert.Equal(("盘盈合计", 10, 12m), (gains.Cell(1).GetString(), gains.Cell(12).GetValue<int>(), gains.Cell(14).GetValue<decimal>()));
        Assert.Equal(("盘亏合计", -5, -13603.6m), (losses.Cell(1).GetString(), losses.Cell(12).GetValue<int>(), losses.Cell(14).GetValue<decimal>()));
        Assert.Equal(("净差异", 5, -13591.6m), (net.Cell(1).GetString(), net.Cell(12).GetValue<int>(), net.Cell(14).GetValue<decimal>()));
    }

    [Fact]
    public void Every_column_has_an_explicit_width_wide_enough_for_its_title()
    {
        using var workbook = Workbook();
        var sheet = workbook.Worksheet(StocktakeWorkbooks.VarianceSheet);

        for (var column = 1; column <= 15; column++)
        {
            var title = sheet.Cell(StocktakeWorkbooks.HeaderRow, column).GetString();
            Assert.True(sheet.Column(column).Width >= title.Length * 2, $"{title} is {sheet.Column(column).Width} wide");
        }

        Assert.True(sheet.Column(3).Width >= 24, "item names need room");
    }
}
