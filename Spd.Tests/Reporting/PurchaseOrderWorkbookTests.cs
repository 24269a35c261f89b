using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Purchasing;
using Spd.Reporting.Excel;
using Spd.Tests.Domain.Purchasing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Reporting;

public sealed class PurchaseOrderWorkbookTests : PortalFixture
{
    private async Task<XLWorkbook> ExportAsync(int supplierId)
    {
        await using var db = Db();
        return new XLWorkbook(new MemoryStream(await PurchaseOrderWorkbooks.OpenOrdersAsync(db, supplierId, Calendar)));
    }

    private static List<IXLRow> DataRows(IXLWorksheet sheet) => [.. sheet.RowsUsed().Skip(1)];

    [Fact]
    public async Task The_open_orders_export_has_one_row_per_open_line_of_the_supplier_with_every_column()
    {
        await SubmittedAsync(Lot(Data.SyringeLine, 60));
        await using (var db = Db())
        {
            Assert.Empty(await Orders.FlagShortAsync(db, A, Data.OrderA.Id, Data.GlovesLine.Id, await OrderVersionAsync(Data.OrderA.Id), null));
        }

        using var workbook = await ExportAsync(A);

        var sheet = workbook.Worksheet(PurchaseOrderWorkbooks.OpenOrdersSheet);
        Assert.Equal(
            ["订单号", "下单时间", "要求到货时间", "紧急程度", "订单状态", "订单行ID", "物资编码", "名称", "规格", "型号", "单位", "订购数量", "已送数量", "已收数量", "待送数量", "单价", "缺货标记"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        var rows = DataRows(sheet);
        Assert.Equal(2, rows.Count);
        var syringe = rows.Single(r => r.Cell(7).GetString() == "WZ001");
        Assert.Equal(
            [Data.OrderA.No, "2026-11-22 09:00", "2026-11-23 09:00", "普通（24小时）", "待确认交期", "WZ001", "一次性使用无菌注射器", "5ml", "带针", "支", "否"],
            new[] { 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 17 }.Select(c => syringe.Cell(c).GetString()));
        Assert.Equal(new double[] { Data.SyringeLine.Id, 100, 60, 0, 40, 0.8 }, new[] { 6, 12, 13, 14, 15, 16 }.Select(c => syringe.Cell(c).GetDouble()));
        var gloves = rows.Single(r => r.Cell(7).GetString() == "WZ002");
        Assert.Equal(("是", 50.0), (gloves.Cell(17).GetString(), gloves.Cell(15).GetDouble()));
        Assert.Equal(XLDataType.Number, syringe.Cell(12).DataType);
    }

    [Fact]
    public async Task The_export_leaves_out_other_suppliers_finished_orders_and_completed_lines()
    {
        await ChangeAsync(async db =>
        {
            (await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.GlovesLine.Id)).ReceivedQuantity = 50;
            var closed = await PurchaseOrderBuilder.AddPublishedAsync(db, A, Data.WarehouseId, Calendar.UtcNow, (Data.Syringe, 7));
            closed.Status = PurchaseOrderStatus.Closed;
        });

        using var own = await ExportAsync(A);
        using var other = await ExportAsync(B);

        Assert.Equal(["WZ001"], DataRows(own.Worksheet(1)).Select(r => r.Cell(7).GetString()));
        Assert.Equal([Data.OrderA.No], DataRows(own.Worksheet(1)).Select(r => r.Cell(1).GetString()));
        Assert.Equal(["WZ003"], DataRows(other.Worksheet(1)).Select(r => r.Cell(7).GetString()));
    }

    [Fact]
    public async Task The_export_sizes_its_columns_to_their_content_and_freezes_the_header()
    {
        using var workbook = await ExportAsync(A);

        var sheet = workbook.Worksheet(1);
        Assert.True(sheet.Column(8).Width >= "一次性使用无菌注射器".Length * 2, $"name column is {sheet.Column(8).Width} wide");
        Assert.True(sheet.Column(1).Width >= Data.OrderA.No.Length);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    [Fact]
    public async Task A_supplier_without_open_orders_gets_the_header_only()
    {
        await ChangeAsync(async db => (await db.PurchaseOrders.SingleAsync(o => o.Id == Data.OrderB.Id)).Status = PurchaseOrderStatus.Received);

        using var workbook = await ExportAsync(B);

        Assert.Empty(DataRows(workbook.Worksheet(1)));
    }
}
