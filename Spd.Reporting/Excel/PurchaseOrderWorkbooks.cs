using System.Globalization;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Reporting.Excel;

/// <summary>The open purchase orders of one supplier, one row per order line still to be completed, for the supplier's ERP.</summary>
public static class PurchaseOrderWorkbooks
{
    public const string OpenOrdersSheet = "未完成订单";

    /// <summary>订单行ID is the <c>orderLineId</c> that <c>POST /api/v1/delivery-notes</c> takes.</summary>
    public static readonly IReadOnlyList<SheetColumn> OpenOrderColumns =
    [
        new("订单号", nameof(OpenOrderLine.OrderNo), true, SheetValueKind.Text, ""),
        new("下单时间", nameof(OpenOrderLine.CreatedUtc), true, SheetValueKind.Text, ""),
        new("要求到货时间", nameof(OpenOrderLine.DueUtc), true, SheetValueKind.Text, ""),
        new("紧急程度", nameof(OpenOrderLine.Urgency), true, SheetValueKind.Text, ""),
        new("订单状态", nameof(OpenOrderLine.Status), true, SheetValueKind.Text, ""),
        new("订单行ID", nameof(OpenOrderLine.LineId), true, SheetValueKind.Number, ""),
        new("物资编码", nameof(OpenOrderLine.ItemCode), true, SheetValueKind.Text, ""),
        new("名称", nameof(OpenOrderLine.ItemName), true, SheetValueKind.Text, ""),
        new("规格", nameof(OpenOrderLine.Specification), true, SheetValueKind.Text, ""),
        new("型号", nameof(OpenOrderLine.Model), false, SheetValueKind.Text, ""),
        new("单位", nameof(OpenOrderLine.Unit), true, SheetValueKind.Text, ""),
        new("订购数量", nameof(OpenOrderLine.Quantity), true, SheetValueKind.Number, ""),
        new("已送数量", nameof(OpenOrderLine.DeliveredQuantity), true, SheetValueKind.Number, ""),
        new("已收数量", nameof(OpenOrderLine.ReceivedQuantity), true, SheetValueKind.Number, ""),
        new("待送数量", nameof(OpenOrderLine.ToDeliver), true, SheetValueKind.Number, ""),
        new("单价", nameof(OpenOrderLine.UnitPrice), true, SheetValueKind.Number, ""),
        new("缺货标记", nameof(OpenOrderLine.Short), true, SheetValueKind.Text, ""),
    ];

    private static readonly Dictionary<Urgency, string> UrgencyNames = new()
    {
        [Urgency.Normal] = "普通（24小时）",
        [Urgency.Urgent] = "紧急（8小时）",
    };

    private static readonly Dictionary<PurchaseOrderStatus, string> StatusNames = new()
    {
        [PurchaseOrderStatus.Published] = "待确认交期",
        [PurchaseOrderStatus.Confirmed] = "已确认交期",
        [PurchaseOrderStatus.PartiallyReceived] = "部分到货",
        [PurchaseOrderStatus.Received] = "已到货",
        [PurchaseOrderStatus.Closed] = "已关闭",
        [PurchaseOrderStatus.Cancelled] = "已取消",
    };

    /// <param name="calendar">Times are written in the hospital's time zone, as the portal shows them.</param>
    public static async Task<byte[]> OpenOrdersAsync(SpdDbContext db, int supplierId, BusinessCalendar calendar, CancellationToken cancellationToken = default)
    {
        var lines = await SupplierOrders.OpenLinesAsync(db, supplierId, cancellationToken);
        using var workbook = SheetWorkbook.Create(OpenOrdersSheet, OpenOrderColumns, lines.Select(l => new object?[]
        {
            l.OrderNo, Time(calendar, l.CreatedUtc), Time(calendar, l.DueUtc), UrgencyNames[l.Urgency], StatusNames[l.Status],
            (decimal)l.LineId, l.ItemCode, l.ItemName, l.Specification, l.Model, l.Unit,
            l.Quantity, l.DeliveredQuantity, l.ReceivedQuantity, l.ToDeliver, l.UnitPrice, SheetText.YesNo(l.Short),
        }));
        return SheetWorkbook.ToBytes(workbook);
    }

    private static string Time(BusinessCalendar calendar, DateTime utc) =>
        calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
