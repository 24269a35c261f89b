using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>
/// The catalogue's Excel sheet: its columns, the values an item exports, and the import — rows are read
/// into <see cref="ItemDraft"/>s, checked by <see cref="ItemValidator"/> and within the file, and written
/// all or nothing. A row whose 物资编码 exists updates that item, a new code inserts one, and a row equal
/// to the item it names is not written at all (so re-importing an export writes nothing).
/// </summary>
public static class CatalogImport
{
    public static readonly SheetColumn Code = Column("物资编码", nameof(ItemDraft.Code), true, "医院物资编码，最长 32 位；已有的编码更新该品规，新编码新增品规");
    public static readonly SheetColumn Name = Column("名称", nameof(ItemDraft.Name), true, "品名，最长 200 字");
    public static readonly SheetColumn Specification = Column("规格", nameof(ItemDraft.Specification), true, "规格，最长 200 字");
    public static readonly SheetColumn Model = Column("型号", nameof(ItemDraft.Model), false, "型号，可空");
    public static readonly SheetColumn Unit = Column("单位", nameof(ItemDraft.Unit), true, "最小使用单位，如 支、个、副");
    public static readonly SheetColumn PackUnit = Column("包装单位", nameof(ItemDraft.PackUnit), false, "如 盒、箱；包装数量大于 1 时必填");
    public static readonly SheetColumn PackQuantity = Column("包装数量", nameof(ItemDraft.PackQuantity), false, "每个包装单位含多少个单位，整数，空为 1", SheetValueKind.Number);
    public static readonly SheetColumn ManufacturerCode = Column("生产厂家编码", nameof(ItemDraft.ManufacturerId), true, "系统中已有的生产厂家编码");
    public static readonly SheetColumn SupplierCode = Column("供应商编码", nameof(ItemDraft.SupplierId), true, "系统中已有的供应商编码；不能新选黑名单供应商");
    public static readonly SheetColumn UnitPrice = Column("采购单价", nameof(ItemDraft.UnitPrice), true, "每单位采购价（元），不小于 0", SheetValueKind.Number);
    public static readonly SheetColumn ChargePrice = Column("收费价格", nameof(ItemDraft.ChargePrice), false, "每单位向患者收费的价格（元），不收费耗材留空", SheetValueKind.Number);
    public static readonly SheetColumn Category = Column("类别", nameof(ItemDraft.Category), true, Choices<ItemCategory>("高值耗材须一物一码追溯；不收费耗材没有物价收费码"));
    public static readonly SheetColumn ManagementMode = Column("管理方式", nameof(ItemDraft.ManagementMode), true, Choices<Catalog.ManagementMode>("医嘱管理类须为收费耗材"));
    public static readonly SheetColumn TrackingMode = Column("追溯方式", nameof(ItemDraft.TrackingMode), true, Choices<Catalog.TrackingMode>(null));
    public static readonly SheetColumn UdiDi = Column("UDI-DI", nameof(ItemDraft.UdiDi), false, "GTIN-14：14 位数字，最后一位为 GS1 校验位；以文本保存，保留开头的 0");
    public static readonly SheetColumn RegistrationCertificateNo = Column("注册证号", nameof(ItemDraft.RegistrationCertificateNo), false, "医疗器械注册证号；填写有效期时必填");
    public static readonly SheetColumn RegistrationCertificateExpiry = Column("注册证有效期至", nameof(ItemDraft.RegistrationCertificateExpiry), false, "日期，格式 yyyy-MM-dd", SheetValueKind.Date);
    public static readonly SheetColumn ChargeCode = Column("物价收费码", nameof(ItemDraft.ChargeCode), false, "HIS 物价收费码，全院唯一；不收费耗材留空");
    public static readonly SheetColumn NationalCode = Column("国家医保耗材编码", nameof(ItemDraft.NationalCode), false, "C 加 19 位数字，共 20 位");
    public static readonly SheetColumn StorageCondition = Column("储存条件", nameof(ItemDraft.StorageCondition), true, Choices<Catalog.StorageCondition>(null));
    public static readonly SheetColumn ShelfLifeMonths = Column("有效期(月)", nameof(ItemDraft.ShelfLifeMonths), false, "自生产日期起的有效期，1 至 600 个月，可空", SheetValueKind.Number);
    public static readonly SheetColumn IsConsignment = Column("寄售", nameof(ItemDraft.IsConsignment), false, "是 或 否，空为否");
    public static readonly SheetColumn IsImplant = Column("植入", nameof(ItemDraft.IsImplant), false, "是 或 否，空为否");
    public static readonly SheetColumn Status = Column("状态", nameof(ItemDraft.Status), true, Choices<ItemStatus>(null));

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        Code, Name, Specification, Model, Unit, PackUnit, PackQuantity, ManufacturerCode, SupplierCode, UnitPrice, ChargePrice,
        Category, ManagementMode, TrackingMode, UdiDi, RegistrationCertificateNo, RegistrationCertificateExpiry, ChargeCode,
        NationalCode, StorageCondition, ShelfLifeMonths, IsConsignment, IsImplant, Status,
    ];

    /// <summary>Items per SaveChanges when applying: keeps the change tracker small for a 30,000-row file.</summary>
    private const int BatchSize = 1_000;

    /// <summary>
    /// The cells of one item in column order: text, numbers (int, decimal), dates (<see cref="DateOnly"/>) or null
    /// for an empty cell. Enums, booleans and the supplier and manufacturer are written as the sheet reads them.
    /// </summary>
    public static object?[] Cells(ItemDraft item, CatalogLookup lookup) =>
    [
        item.Code, item.Name, item.Specification, item.Model, item.Unit, item.PackUnit, item.PackQuantity,
        lookup.Manufacturers.GetValueOrDefault(item.ManufacturerId), lookup.Suppliers.TryGetValue(item.SupplierId, out var supplier) ? supplier.Code : null,
        item.UnitPrice, item.ChargePrice, SheetText.Name(item.Category), SheetText.Name(item.ManagementMode), SheetText.Name(item.TrackingMode),
        item.UdiDi, item.RegistrationCertificateNo, item.RegistrationCertificateExpiry, item.ChargeCode, item.NationalCode,
        SheetText.Name(item.StorageCondition), item.ShelfLifeMonths, SheetText.YesNo(item.IsConsignment), SheetText.YesNo(item.IsImplant),
        SheetText.Name(item.Status),
    ];

    /// <summary>The example row of the template: a valid new item using the first supplier and manufacturer.</summary>
    public static ItemDraft Example(CatalogLookup lookup) => new()
    {
        Code = "WZ-EXAMPLE-001",
        Name = "一次性使用无菌注射器",
        Specification = "5ml",
        Model = "带针 0.7×32",
        Unit = "支",
        PackUnit = "盒",
        PackQuantity = 100,
        ManufacturerId = lookup.Manufacturers.Keys.DefaultIfEmpty().Min(),
        SupplierId = lookup.Suppliers.Where(s => !s.Value.Blacklisted).Select(s => s.Key).DefaultIfEmpty().Min(),
        UnitPrice = 0.35m,
        ChargePrice = 0.42m,
        Category = ItemCategory.LowValueCharged,
        ManagementMode = Catalog.ManagementMode.StockManaged,
        TrackingMode = Catalog.TrackingMode.Bulk,
        UdiDi = "06901234567892",
        ChargeCode = "CL-EXAMPLE-001",
        StorageCondition = Catalog.StorageCondition.Ambient,
        ShelfLifeMonths = 36,
    };

    /// <summary>The whole catalogue as drafts, ordered by code.</summary>
    public static async Task<List<ItemDraft>> ExportAsync(SpdDbContext db, CancellationToken cancellationToken = default) =>
        [.. (await db.Items.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken)).Select(ItemDraft.From)];

    public static async Task<ImportPreview<ItemDraft>> PreviewAsync(SpdDbContext db, ImportSheet sheet, CancellationToken cancellationToken = default)
    {
        var lookup = await CatalogLookup.LoadAsync(db, cancellationToken);
        var items = await db.Items.AsNoTracking().ToListAsync(cancellationToken);
        return Preview(sheet, lookup, items.ToDictionary(i => i.Code, i => (i.Id, ItemDraft.From(i)), StringComparer.OrdinalIgnoreCase));
    }

    /// <param name="existing">The catalogue's items by code, with their ids.</param>
    public static ImportPreview<ItemDraft> Preview(ImportSheet sheet, CatalogLookup lookup, IReadOnlyDictionary<string, (int Id, ItemDraft Draft)> existing)
    {
        var errors = MissingColumns(sheet, Columns);
        var inserts = new List<ItemDraft>();
        var updates = new List<(int, ItemDraft)>();
        var unchanged = 0;
        var rowsByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rowsByChargeCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (errors.Count > 0)
        {
            return new(sheet.Rows.Count, inserts, updates, unchanged, errors);
        }

        foreach (var row in sheet.Rows)
        {
            var errorsBefore = errors.Count;
            var reader = new SheetRowReader(row, errors);
            var draft = Read(reader, lookup).Normalized();
            var current = existing.TryGetValue(draft.Code, out var found) ? found : ((int Id, ItemDraft Draft)?)null;

            foreach (var error in ItemValidator.Validate(draft, lookup, current?.Draft, current?.Id))
            {
                // A rule on a field the sheet has no column for is reported under the field's name.
                var column = Columns.FirstOrDefault(c => c.Field == error.Field) ?? new SheetColumn(error.Field, error.Field, false, SheetValueKind.Text, "");
                if (!reader.FailedColumns.Contains(column.Header))
                {
                    errors.Add(new ImportError(row.Number, column.Header, reader.Cell(column), error.Code, $"{column.Header}: {error.Message}", error.Arguments));
                }
            }

            InFile(reader, Code, draft.Code, rowsByCode, "DuplicateCodeInFile", "item code");
            InFile(reader, ChargeCode, draft.ChargeCode, rowsByChargeCode, "DuplicateChargeCodeInFile", "charge code");
            if (errors.Count > errorsBefore)
            {
                continue;
            }

            if (current is not { } known)
            {
                inserts.Add(draft);
            }
            else if (known.Draft.Normalized() == draft)
            {
                unchanged++;
            }
            else
            {
                updates.Add((known.Id, draft));
            }
        }

        return new(sheet.Rows.Count, inserts, updates, unchanged, errors);
    }

    /// <summary>
    /// Writes a clean preview in one transaction: every row or none. Saves in batches, each audited;
    /// the audit lines commit with the items.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(
        SpdDbContext db, ImportPreview<ItemDraft> preview, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!preview.IsClean)
        {
            throw new InvalidOperationException($"The file has {preview.Errors.Count} errors; an import with errors writes nothing.");
        }

        var total = Math.Max(1, preview.Inserts.Count + preview.Updates.Count);
        var done = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var batch in preview.Inserts.Chunk(BatchSize))
            {
                db.Items.AddRange(batch.Select(draft => draft.ToNewItem()));
                await SaveBatchAsync(batch.Length);
            }

            foreach (var batch in preview.Updates.Chunk(BatchSize))
            {
                var ids = batch.Select(update => update.Id).ToList();
                var items = await db.Items.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
                foreach (var (id, draft) in batch)
                {
                    draft.ApplyTo(items[id]);
                }

                await SaveBatchAsync(batch.Length);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new(preview.Inserts.Count, preview.Updates.Count, preview.Unchanged);

        async Task SaveBatchAsync(int rows)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += rows;
            progress?.Report((double)done / total);
        }
    }

    /// <summary>Required columns missing from the header row: an error on row 1 each, and nothing else is checked.</summary>
    public static List<ImportError> MissingColumns(ImportSheet sheet, IReadOnlyList<SheetColumn> columns) =>
    [
        .. columns.Where(c => !sheet.Headers.Contains(c.Header))
            .Select(c => new ImportError(1, c.Header, null, "MissingColumn", $"The header row has no column {c.Header}.", c.Header)),
    ];

    /// <summary>The second and later rows with the same value in a column that must be unique within the file.</summary>
    public static void InFile(SheetRowReader reader, SheetColumn column, string? value, Dictionary<string, int> firstRows, string code, string what)
    {
        if (string.IsNullOrEmpty(value) || reader.FailedColumns.Contains(column.Header))
        {
            return;
        }

        if (firstRows.TryGetValue(value, out var first))
        {
            reader.Fail(column, value, code, $"{column.Header}: the {what} {value} is already on row {first}.", value, first);
        }
        else
        {
            firstRows[value] = reader.Row.Number;
        }
    }

    private static ItemDraft Read(SheetRowReader row, CatalogLookup lookup) => new()
    {
        Code = row.Text(Code),
        Name = row.Text(Name),
        Specification = row.Text(Specification),
        Model = row.Cell(Model),
        Unit = row.Text(Unit),
        PackUnit = row.Cell(PackUnit),
        PackQuantity = row.Integer(PackQuantity) ?? 1,
        ManufacturerId = row.Code(ManufacturerCode, lookup.ManufacturerIdsByCode, "UnknownManufacturerCode", "manufacturer"),
        SupplierId = row.Code(SupplierCode, lookup.SupplierIdsByCode, "UnknownSupplierCode", "supplier"),
        UnitPrice = row.Decimal(UnitPrice) ?? 0,
        ChargePrice = row.Decimal(ChargePrice),
        Category = row.Choice<ItemCategory>(Category) ?? default,
        ManagementMode = row.Choice<Catalog.ManagementMode>(ManagementMode) ?? default,
        TrackingMode = row.Choice<Catalog.TrackingMode>(TrackingMode) ?? default,
        UdiDi = row.Cell(UdiDi),
        RegistrationCertificateNo = row.Cell(RegistrationCertificateNo),
        RegistrationCertificateExpiry = row.Date(RegistrationCertificateExpiry),
        ChargeCode = row.Cell(ChargeCode),
        NationalCode = row.Cell(NationalCode),
        StorageCondition = row.Choice<Catalog.StorageCondition>(StorageCondition) ?? default,
        ShelfLifeMonths = row.Integer(ShelfLifeMonths),
        IsConsignment = row.YesNo(IsConsignment),
        IsImplant = row.YesNo(IsImplant),
        Status = row.Choice<ItemStatus>(Status) ?? ItemStatus.Active,
    };

    private static SheetColumn Column(string header, string field, bool required, string note, SheetValueKind kind = SheetValueKind.Text) =>
        new(header, field, required, kind, (required ? "必填。" : "选填。") + note);

    private static string Choices<TEnum>(string? rule)
        where TEnum : struct, Enum =>
        "可选：" + string.Join("、", SheetText.Names<TEnum>().Values) + (rule is null ? "" : "；" + rule);
}
