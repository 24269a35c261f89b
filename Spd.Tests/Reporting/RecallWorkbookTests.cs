using ClosedXML.Excel;
using Spd.Domain.Common;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Tests.Domain.Warehousing;

namespace Spd.Tests.Reporting;

public sealed class RecallWorkbookTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_exported_report_holds_the_summary_the_stock_the_units_and_the_patients_in_hospital_time()
    {
        var units = await f.ReceivePiecesAsync(f.StentLong, f.WardShelf, "L7", f.Today.AddYears(2), 2);
        await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(2), 1);
        await f.ConsumeAsync(f.StentLong, f.WardShelf, "L7", "P0001", units[0]);
        int recallId;
        await using (var db = f.Database.Create())
        {
            recallId = (await Recalls.StartAsync(db, f.Database.Clock, "equipment", new RecallDraft(RecallKind.Recall, null, f.Stent.ManufacturerId, "XS-318", null, "厂家召回"))).Recall!.Id;
        }

        byte[] bytes;
        await using (var db = f.Database.Create())
        {
            bytes = RecallWorkbooks.Report((await RecallReport.LoadAsync(db, recallId))!, new BusinessCalendar(f.Database.Clock));
        }

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal([RecallWorkbooks.SummarySheet, RecallWorkbooks.StockSheet, RecallWorkbooks.UnitsSheet, RecallWorkbooks.PatientsSheet], workbook.Worksheets.Select(s => s.Name));

        var summary = workbook.Worksheet(RecallWorkbooks.SummarySheet).RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());
        Assert.Equal("RL202611220001", summary["单号"]);
        Assert.Equal("2026-11-22 22:00", summary["上报期限"]);
        Assert.Equal(("2", "1", "1"), (summary["已隔离数量"], summary["已使用数量"], summary["涉及患者"]));

        var stock = workbook.Worksheet(RecallWorkbooks.StockSheet);
        Assert.Equal(RecallWorkbooks.StockColumns.Select(c => c.Header), stock.Row(1).CellsUsed().Select(c => c.GetString()));
        var ward = stock.RowsUsed().Single(r => r.Cell(1).GetString() == "W101");
        Assert.Equal(("关节外科", 1, "已隔离"), (ward.Cell(4).GetString(), ward.Cell(10).GetValue<int>(), ward.Cell(11).GetString()));
        Assert.Equal(f.Today.AddYears(2).ToDateTime(TimeOnly.MinValue), ward.Cell(9).GetDateTime());

        Assert.Equal(4, workbook.Worksheet(RecallWorkbooks.UnitsSheet).RowsUsed().Count());

        var patients = workbook.Worksheet(RecallWorkbooks.PatientsSheet);
        var patient = patients.Row(2);
        Assert.Equal(("2026-11-22 10:00", "P0001", "L7", "关节外科二级库"), (patient.Cell(1).GetString(), patient.Cell(2).GetString(), patient.Cell(5).GetString(), patient.Cell(7).GetString()));
        Assert.All(workbook.Worksheets, sheet => Assert.All(sheet.ColumnsUsed(), column => Assert.InRange(column.Width, 6, 60)));
    }
}
