using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;

namespace Spd.Reporting.Excel;

/// <summary>The catalogue's and the suppliers' Excel files: exports that re-import unchanged, templates, and the HIS export.</summary>
public static class CatalogWorkbooks
{
    public const string ItemsSheet = "物资目录";
    public const string SuppliersSheet = "供应商";
    public const string HisSheet = "HIS物资字典";

    public static readonly IReadOnlyList<SheetColumn> HisColumns =
    [
        new("物资编码", nameof(Item.Code), true, SheetValueKind.Text, ""),
        new("名称", nameof(Item.Name), true, SheetValueKind.Text, ""),
        new("规格", nameof(Item.Specification), true, SheetValueKind.Text, ""),
        new("型号", nameof(Item.Model), false, SheetValueKind.Text, ""),
        new("单位", nameof(Item.Unit), true, SheetValueKind.Text, ""),
        new("物价收费码", nameof(Item.ChargeCode), false, SheetValueKind.Text, ""),
        new("收费价格", nameof(Item.ChargePrice), false, SheetValueKind.Number, ""),
        new("国家医保耗材编码", nameof(Item.NationalCode), false, SheetValueKind.Text, ""),
        new("状态", nameof(Item.Status), true, SheetValueKind.Text, ""),
        new("变更时间(UTC)", nameof(Item.ChangedUtc), true, SheetValueKind.Text, ""),
    ];

    private const string ItemsIntroduction =
        "物资目录导入说明：第一个工作表的第一行为列名（不可改名，深红色为必填列），从第二行起每行一个品规。物资编码已存在的行更新该品规，新编码新增品规，与系统中完全相同的行不写入。"
        + "文件中任一行有错误时整个文件都不导入。导入前请删除示例行或改为真实数据。";

    private const string SuppliersIntroduction =
        "供应商导入说明：第一个工作表的第一行为列名（不可改名，深红色为必填列），从第二行起每行一个供应商。供应商编码已存在的行更新该供应商，新编码新增供应商。"
        + "黑名单不在此导入，请在供应商页面操作。文件中任一行有错误时整个文件都不导入。";

    public static async Task<byte[]> ItemsAsync(SpdDbContext db, CancellationToken cancellationToken = default)
    {
        var lookup = await CatalogLookup.LoadAsync(db, cancellationToken);
        var items = await CatalogImport.ExportAsync(db, cancellationToken);
        using var workbook = SheetWorkbook.Create(ItemsSheet, CatalogImport.Columns, items.Select(item => CatalogImport.Cells(item, lookup)));
        return SheetWorkbook.ToBytes(workbook);
    }

    public static async Task<byte[]> ItemsTemplateAsync(SpdDbContext db, CancellationToken cancellationToken = default)
    {
        var lookup = await CatalogLookup.LoadAsync(db, cancellationToken);
        using var workbook = SheetWorkbook.Create(ItemsSheet, CatalogImport.Columns, [CatalogImport.Cells(CatalogImport.Example(lookup), lookup)]);
        SheetWorkbook.AddNotes(workbook, CatalogImport.Columns, ItemsIntroduction);
        return SheetWorkbook.ToBytes(workbook);
    }

    public static async Task<byte[]> SuppliersAsync(SpdDbContext db, CancellationToken cancellationToken = default)
    {
        var suppliers = await SupplierImport.ExportAsync(db, cancellationToken);
        using var workbook = SheetWorkbook.Create(SuppliersSheet, SupplierImport.Columns, suppliers.Select(SupplierImport.Cells));
        return SheetWorkbook.ToBytes(workbook);
    }

    public static byte[] SuppliersTemplate()
    {
        using var workbook = SheetWorkbook.Create(SuppliersSheet, SupplierImport.Columns, [SupplierImport.Cells(SupplierImport.Example)]);
        SheetWorkbook.AddNotes(workbook, SupplierImport.Columns, SuppliersIntroduction);
        return SheetWorkbook.ToBytes(workbook);
    }

    /// <summary>The active items the HIS needs (charge code, price, national code), those changed since a time if given.</summary>
    public static async Task<byte[]> HisItemsAsync(SpdDbContext db, DateTime? changedSinceUtc, CancellationToken cancellationToken = default)
    {
        var items = db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Active);
        if (changedSinceUtc is { } since)
        {
            items = items.Where(i => i.ChangedUtc > since);
        }

        var rows = await items.OrderBy(i => i.Code)
            .Select(i => new { i.Code, i.Name, i.Specification, i.Model, i.Unit, i.ChargeCode, i.ChargePrice, i.NationalCode, i.Status, i.ChangedUtc })
            .ToListAsync(cancellationToken);
        using var workbook = SheetWorkbook.Create(HisSheet, HisColumns, rows.Select(i => new object?[]
        {
            i.Code, i.Name, i.Specification, i.Model, i.Unit, i.ChargeCode, i.ChargePrice, i.NationalCode, SheetText.Name(i.Status),
            i.ChangedUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        }));
        return SheetWorkbook.ToBytes(workbook);
    }
}
