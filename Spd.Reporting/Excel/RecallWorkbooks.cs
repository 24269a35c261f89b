using System.Globalization;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Reporting.Excel;

/// <summary>
/// The recall report as the regulator and the manufacturer receive it: a summary sheet, then where the
/// stock is, every coded unit, and the patients who received the recalled goods. Times are the hospital's.
/// </summary>
public static class RecallWorkbooks
{
    public const string SummarySheet = "召回报告";
    public const string StockSheet = "库存分布";
    public const string UnitsSheet = "追溯码";
    public const string PatientsSheet = "使用患者";

    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    public static readonly IReadOnlyList<SheetColumn> SummaryColumns = [Text("项目"), Text("内容")];

    public static readonly IReadOnlyList<SheetColumn> StockColumns =
    [
        Text("库房编码"), Text("库房"), Text("库房类型"), Text("所属科室"), Text("货位"), Text("物资编码"), Text("物资名称"), Text("批号"),
        new("效期", "", false, SheetValueKind.Date, ""), Number("数量"), Text("状态"),
    ];

    public static readonly IReadOnlyList<SheetColumn> UnitColumns =
        [Text("追溯码"), Text("物资编码"), Text("批号"), Text("序列号"), Text("状态"), Text("库存状态"), Text("库房"), Text("所属科室"), Text("货位")];

    public static readonly IReadOnlyList<SheetColumn> PatientColumns =
    [
        Text("使用时间"), Text("患者ID"), Text("物资编码"), Text("物资名称"), Text("批号"), Number("数量"), Text("库房"), Text("科室"), Text("追溯码"),
        Text("单据号"), Text("操作人"),
    ];

    private static readonly Dictionary<Enum, string> Names = new()
    {
        [RecallKind.Recall] = "召回",
        [RecallKind.Quarantine] = "隔离",
        [RecallStatus.Active] = "进行中",
        [RecallStatus.Closed] = "已关闭",
        [StockState.Available] = "未隔离",
        [StockState.Quarantined] = "已隔离",
        [StockState.InTransit] = "在途（未隔离）",
        [StockUnitStatus.InStock] = "在库",
        [StockUnitStatus.InTransit] = "在途",
        [StockUnitStatus.Consumed] = "已使用",
        [StockUnitStatus.Returned] = "已退货",
        [StockUnitStatus.Scrapped] = "已报损",
        [StockUnitStatus.Missing] = "盘亏",
        [WarehouseKind.Central] = "一级库",
        [WarehouseKind.OffSite] = "院外中心库",
        [WarehouseKind.Secondary] = "二级库",
        [WarehouseKind.Tertiary] = "三级库",
    };

    public static byte[] Report(RecallReport report, BusinessCalendar calendar)
    {
        string Time(DateTime utc) => calendar.ToLocal(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);
        var recall = report.Recall;
        var target = recall.ItemCode is not null ? $"{recall.ItemCode} {recall.ItemName}" : $"{recall.ManufacturerName} 型号 {recall.Model}";
        object?[][] summary =
        [
            ["单号", recall.No],
            ["类型", Names[recall.Kind]],
            ["状态", Names[recall.Status]],
            ["召回对象", target],
            ["生产厂家", recall.ManufacturerName],
            ["批号", recall.LotNumber ?? "全部批号"],
            ["原因", recall.Reason],
            ["发起人", recall.StartedBy],
            ["发起时间", Time(recall.StartedUtc)],
            ["上报期限", recall.HasDeadline ? Time(recall.DeadlineUtc) : "—"],
            ["上报时间", recall.ReportedUtc is { } reported ? Time(reported) : "未上报"],
            ["关闭时间", recall.ClosedUtc is { } closed ? $"{Time(closed)} {recall.ClosedBy}" : "—"],
            ["涉及品规", Count(report.Items.Count)],
            ["涉及库房", Count(report.Warehouses)],
            ["在库未隔离数量", Count(report.AvailableQuantity)],
            ["已隔离数量", Count(report.QuarantinedQuantity)],
            ["已使用数量", Count(report.ConsumedQuantity)],
            ["涉及患者", Count(report.Patients)],
        ];

        using var workbook = SheetWorkbook.Create(SummarySheet, SummaryColumns, summary);
        workbook.Worksheet(SummarySheet).Column(2).Style.Alignment.WrapText = true;
        SheetWorkbook.AddSheet(workbook, StockSheet, StockColumns, report.Stock.Select(s => new object?[]
        {
            s.WarehouseCode, s.WarehouseName, Names[s.WarehouseKind], s.DepartmentName, s.LocationCode, s.ItemCode, s.ItemName, s.LotNumber,
            s.ExpiryDate, s.Quantity, Names[s.State],
        }));
        SheetWorkbook.AddSheet(workbook, UnitsSheet, UnitColumns, report.Units.Select(u => new object?[]
        {
            u.Code, u.ItemCode, u.LotNumber, u.Serial, Names[u.Status], u.Status == StockUnitStatus.InStock ? Names[u.State] : null,
            u.WarehouseName, u.DepartmentName, u.LocationCode,
        }));
        SheetWorkbook.AddSheet(workbook, PatientsSheet, PatientColumns, report.Consumption.Select(c => new object?[]
        {
            Time(c.AtUtc), c.PatientId, c.ItemCode, c.ItemName, c.LotNumber, c.Quantity, c.WarehouseName, c.DepartmentName, c.UnitCode,
            c.DocumentNo, c.UserName,
        }));
        return SheetWorkbook.ToBytes(workbook);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static SheetColumn Text(string header) => new(header, "", false, SheetValueKind.Text, "");

    private static SheetColumn Number(string header) => new(header, "", false, SheetValueKind.Number, "");
}
