using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class CatalogImportTests : IDisposable
{
    private readonly TestDatabase database = new();

    public CatalogImportTests()
    {
        using var db = database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var existing = MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.45m, supplier, manufacturer);
        existing.ChargeCode = "CL001";
        existing.ManagementMode = ManagementMode.StockManaged;
        existing.TrackingMode = TrackingMode.Bulk;
        db.Items.Add(existing);
        db.SaveChanges();
    }

    public void Dispose() => database.Dispose();

    /// <summary>A valid new high-value item, as the cells of a sheet row.</summary>
    private static Dictionary<string, string> ValidCells(string code = "WZ100", string chargeCode = "CL100") => new()
    {
        [CatalogImport.Code.Header] = code,
        [CatalogImport.Name.Header] = "全髋系统 陶瓷股骨头",
        [CatalogImport.Specification.Header] = "32mm",
        [CatalogImport.Unit.Header] = "个",
        [CatalogImport.PackQuantity.Header] = "1",
        [CatalogImport.ManufacturerCode.Header] = "CJGYS900",
        [CatalogImport.SupplierCode.Header] = "GYS900",
        [CatalogImport.UnitPrice.Header] = "12800",
        [CatalogImport.ChargePrice.Header] = "12800",
        [CatalogImport.Category.Header] = "高值耗材",
        [CatalogImport.ManagementMode.Header] = "医嘱管理类",
        [CatalogImport.TrackingMode.Header] = "一物一码",
        [CatalogImport.UdiDi.Header] = RegistryCodes.Gtin14("0693005000001"),
        [CatalogImport.ChargeCode.Header] = chargeCode,
        [CatalogImport.NationalCode.Header] = "C0310010010000001234",
        [CatalogImport.StorageCondition.Header] = "常温",
        [CatalogImport.IsConsignment.Header] = "否",
        [CatalogImport.IsImplant.Header] = "是",
        [CatalogImport.Status.Header] = "启用",
    };

    private static ImportSheet Sheet(params Dictionary<string, string>[] rows) =>
        new([.. CatalogImport.Columns.Select(c => c.Header)], [.. rows.Select((cells, i) => new SheetRow(i + 2, cells))]);

    private static Dictionary<string, string> With(Dictionary<string, string> cells, SheetColumn column, string? value)
    {
        if (value is null)
        {
            cells.Remove(column.Header);
        }
        else
        {
            cells[column.Header] = value;
        }

        return cells;
    }

    private async Task<ImportPreview<ItemDraft>> PreviewAsync(ImportSheet sheet)
    {
        await using var db = database.Create();
        return await CatalogImport.PreviewAsync(db, sheet);
    }

    private static string Describe(ImportError error) => $"{error.Row}:{error.Column}:{error.Code}";

    [Fact]
    public async Task A_valid_new_row_is_inserted_with_its_codes_resolved()
    {
        var preview = await PreviewAsync(Sheet(ValidCells()));

        Assert.Empty(preview.Errors);
        var draft = Assert.Single(preview.Inserts);
        Assert.Equal("WZ100", draft.Code);
        Assert.Equal(ItemCategory.HighValue, draft.Category);
        Assert.True(draft.IsImplant);
        Assert.NotEqual(0, draft.SupplierId);
    }

    [Fact]
    public async Task An_unknown_supplier_code_is_an_error_on_the_supplier_column_of_its_row()
    {
        var preview = await PreviewAsync(Sheet(ValidCells(), With(ValidCells("WZ101", "CL101"), CatalogImport.SupplierCode, "GYS404")));

        var error = Assert.Single(preview.Errors);
        Assert.Equal("3:供应商编码:UnknownSupplierCode", Describe(error));
        Assert.Equal("GYS404", error.Value);
        Assert.Contains("GYS404", error.Message);
    }

    [Fact]
    public async Task An_unknown_manufacturer_code_is_an_error_on_its_column()
    {
        var preview = await PreviewAsync(Sheet(With(ValidCells(), CatalogImport.ManufacturerCode, "CJ404")));

        Assert.Equal(["2:生产厂家编码:UnknownManufacturerCode"], preview.Errors.Select(Describe));
    }

    [Fact]
    public async Task A_charge_code_twice_in_the_file_names_the_later_row_and_the_first()
    {
        var preview = await PreviewAsync(Sheet(ValidCells("WZ100", "CL100"), ValidCells("WZ101", "CL100")));

        var error = Assert.Single(preview.Errors);
        Assert.Equal("3:物价收费码:DuplicateChargeCodeInFile", Describe(error));
        Assert.Equal(["CL100", 2], error.Arguments);
    }

    [Fact]
    public async Task A_charge_code_of_another_catalogue_item_is_refused()
    {
        var preview = await PreviewAsync(Sheet(ValidCells("WZ100", "CL001")));

        Assert.Equal(["2:物价收费码:DuplicateChargeCode"], preview.Errors.Select(Describe));
    }

    [Fact]
    public async Task An_item_code_twice_in_the_file_is_an_error_on_the_later_row()
    {
        var preview = await PreviewAsync(Sheet(ValidCells("WZ100", "CL100"), ValidCells("wz100", "CL101")));

        Assert.Equal(["3:物资编码:DuplicateCodeInFile"], preview.Errors.Select(Describe));
    }

    [Fact]
    public async Task A_gtin_with_a_bad_check_digit_is_an_error_on_the_udi_column()
    {
        var preview = await PreviewAsync(Sheet(With(ValidCells(), CatalogImport.UdiDi, "06930050000017")));

        var error = Assert.Single(preview.Errors);
        Assert.Equal("2:UDI-DI:GtinCheckDigit", Describe(error));
        Assert.Equal("06930050000017", error.Value);
    }

    [Theory]
    [InlineData("名称", "Required")]
    [InlineData("单位", "Required")]
    [InlineData("供应商编码", "Required")]
    [InlineData("采购单价", "Required")]
    [InlineData("类别", "Required")]
    public async Task A_missing_required_field_is_reported_on_its_column(string header, string code)
    {
        var column = CatalogImport.Columns.Single(c => c.Header == header);

        var preview = await PreviewAsync(Sheet(With(ValidCells(), column, null)));

        Assert.Contains($"2:{header}:{code}", preview.Errors.Select(Describe));
        Assert.Empty(preview.Inserts);
    }

    [Fact]
    public async Task An_unknown_enum_text_lists_the_allowed_values()
    {
        var preview = await PreviewAsync(Sheet(With(ValidCells(), CatalogImport.Category, "贵重耗材")));

        var error = Assert.Single(preview.Errors);
        Assert.Equal("2:类别:BadChoice", Describe(error));
        Assert.Equal("高值耗材、低值收费耗材、低值不收费耗材", error.Arguments[0]);
    }

    [Fact]
    public async Task English_code_names_are_read_as_well_as_Chinese_ones()
    {
        var cells = With(With(ValidCells(), CatalogImport.Category, "HighValue"), CatalogImport.TrackingMode, "unique");

        var preview = await PreviewAsync(Sheet(cells));

        Assert.Empty(preview.Errors);
        Assert.Equal(TrackingMode.Unique, Assert.Single(preview.Inserts).TrackingMode);
    }

    [Theory]
    [InlineData("采购单价", "十二", "BadNumber")]
    [InlineData("包装数量", "1.5", "BadInteger")]
    [InlineData("注册证有效期至", "2027/13/01", "BadDate")]
    [InlineData("植入", "也许", "BadYesNo")]
    public async Task Unreadable_cells_are_reported_with_their_text(string header, string text, string code)
    {
        var column = CatalogImport.Columns.Single(c => c.Header == header);

        var preview = await PreviewAsync(Sheet(With(ValidCells(), column, text)));

        var error = Assert.Single(preview.Errors, e => e.Column == header);
        Assert.Equal($"2:{header}:{code}", Describe(error));
        Assert.Equal(text, error.Value);
    }

    [Fact]
    public async Task Category_rules_of_the_validator_are_reported_on_the_right_columns()
    {
        var cells = With(With(ValidCells(), CatalogImport.Category, "低值不收费耗材"), CatalogImport.ManagementMode, "库存管理类");

        var preview = await PreviewAsync(Sheet(cells));

        Assert.Equal(["2:物价收费码:UnchargedWithChargeCode"], preview.Errors.Select(Describe));
    }

    [Fact]
    public async Task A_missing_column_is_an_error_on_the_header_row()
    {
        var sheet = Sheet(ValidCells()) with { Headers = [.. CatalogImport.Columns.Select(c => c.Header).Where(h => h != "状态")] };

        var preview = await PreviewAsync(sheet);

        Assert.Equal(["1:状态:MissingColumn"], preview.Errors.Select(Describe));
    }

    [Fact]
    public async Task An_existing_code_updates_that_item_and_an_equal_row_is_unchanged()
    {
        await using var db = database.Create();
        var lookup = await CatalogLookup.LoadAsync(db);
        var existing = ItemDraft.From(await db.Items.SingleAsync(i => i.Code == "WZ001"));
        var columns = CatalogImport.Columns.Select(c => c.Header).ToList();
        Dictionary<string, string> Cells(ItemDraft draft) => CatalogImport.Cells(draft, lookup)
            .Select((value, i) => (columns[i], Text: value switch
            {
                null => null,
                decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString(),
            }))
            .Where(cell => cell.Text is not null)
            .ToDictionary(cell => cell.Item1, cell => cell.Text!);

        var unchanged = await CatalogImport.PreviewAsync(db, Sheet(Cells(existing)));
        var changed = await CatalogImport.PreviewAsync(db, Sheet(Cells(existing with { Name = "一次性使用无菌注射器（新）" })));

        Assert.Equal((0, 0, 1), (unchanged.Inserts.Count, unchanged.Updates.Count, unchanged.Unchanged));
        Assert.Empty(changed.Errors);
        Assert.Equal("一次性使用无菌注射器（新）", Assert.Single(changed.Updates).Draft.Name);
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing()
    {
        var preview = await PreviewAsync(Sheet(ValidCells("WZ100", "CL100"), With(ValidCells("WZ101", "CL101"), CatalogImport.UdiDi, "12345")));
        Assert.Single(preview.Inserts);
        Assert.Single(preview.Errors);

        await using (var db = database.Create())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => CatalogImport.ApplyAsync(db, preview));
        }

        await using var check = database.Create();
        Assert.Equal(["WZ001"], await check.Items.Select(i => i.Code).ToListAsync());
    }

    [Fact]
    public async Task A_failure_in_a_later_batch_rolls_back_the_batches_already_saved()
    {
        await using var db = database.Create();
        var lookup = await CatalogLookup.LoadAsync(db);
        var template = CatalogImport.Example(lookup) with { UdiDi = null, ChargeCode = null };
        // 1,500 drafts cross a batch boundary; the last repeats an existing code, which only the database's unique index catches.
        var drafts = Enumerable.Range(1, 1_499).Select(i => template with { Code = $"NEW{i:0000}" }).Append(template with { Code = "WZ001" }).ToList();
        var preview = new ImportPreview<ItemDraft>(drafts.Count, drafts, [], 0, []);

        await Assert.ThrowsAsync<DbUpdateException>(() => CatalogImport.ApplyAsync(db, preview));

        await using var check = database.Create();
        Assert.Equal(1, await check.Items.CountAsync());
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Item)));
    }

    [Fact]
    public async Task Applying_writes_inserts_and_updates_in_one_go_and_audits_each_row()
    {
        var existingRow = new Dictionary<string, string>(ValidCells("WZ001", "CL001"))
        {
            [CatalogImport.Category.Header] = "低值收费耗材",
            [CatalogImport.ManagementMode.Header] = "库存管理类",
            [CatalogImport.TrackingMode.Header] = "散装",
        };
        var preview = await PreviewAsync(Sheet(ValidCells("WZ100", "CL100"), existingRow));
        Assert.Empty(preview.Errors);
        var progress = new List<double>();

        await using (var db = database.Create())
        {
            var result = await CatalogImport.ApplyAsync(db, preview, new SynchronousProgress(progress.Add));
            Assert.Equal(new ImportResult(1, 1, 0), result);
        }

        Assert.Equal(1.0, progress.Last());
        await using var check = database.Create();
        var updated = await check.Items.SingleAsync(i => i.Code == "WZ001");
        Assert.Equal("全髋系统 陶瓷股骨头", updated.Name);
        Assert.Equal(12800m, updated.UnitPrice);
        Assert.True(await check.Items.AnyAsync(i => i.Code == "WZ100"));
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Item)));
        Assert.Contains(await check.AuditEntries.Where(a => a.EntityType == nameof(Item)).Select(a => a.Action).ToListAsync(), a => a == AuditAction.Update);
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
