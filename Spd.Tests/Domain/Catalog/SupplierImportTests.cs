using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class SupplierImportTests : IDisposable
{
    private readonly TestDatabase database = new();

    public SupplierImportTests()
    {
        using var db = database.CreateUnaudited();
        var blacklisted = new Supplier { Code = "GYS001", Name = "成都甲医疗器械有限公司", Phone = "028-1" };
        blacklisted.Blacklist("提供过期产品", new DateOnly(2026, 1, 1));
        db.Suppliers.Add(blacklisted);
        db.SaveChanges();
    }

    public void Dispose() => database.Dispose();

    private static ImportSheet Sheet(params Dictionary<string, string>[] rows) =>
        new([.. SupplierImport.Columns.Select(c => c.Header)], [.. rows.Select((cells, i) => new SheetRow(i + 2, cells))]);

    private static Dictionary<string, string> Row(string code, string name, string? creditCode = null)
    {
        var cells = new Dictionary<string, string> { ["供应商编码"] = code, ["名称"] = name };
        if (creditCode is not null)
        {
            cells["统一社会信用代码"] = creditCode;
        }

        return cells;
    }

    private async Task<ImportPreview<SupplierImportRow>> PreviewAsync(ImportSheet sheet)
    {
        await using var db = database.Create();
        return await SupplierImport.PreviewAsync(db, sheet);
    }

    [Fact]
    public async Task Rows_are_checked_for_required_fields_credit_code_and_codes_repeated_in_the_file()
    {
        var good = RegistryCodes.CreditCode("510107", 12345678);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var preview = await PreviewAsync(Sheet(Row("GYS100", "乙公司", good), Row("GYS101", "", null), Row("GYS102", "丙公司", bad), Row("gys100", "丁公司")));

        Assert.Equal(
            ["3:名称:Required", "4:统一社会信用代码:CreditCodeFormat", "5:供应商编码:DuplicateCodeInFile"],
            preview.Errors.Select(e => $"{e.Row}:{e.Column}:{e.Code}"));
    }

    [Fact]
    public async Task An_existing_code_updates_its_supplier_and_leaves_the_blacklist_alone()
    {
        var preview = await PreviewAsync(Sheet(Row("GYS001", "成都甲医疗器械有限公司（更名）"), Row("GYS100", "乙公司")));
        Assert.Empty(preview.Errors);
        Assert.Equal((1, 1), (preview.Inserts.Count, preview.Updates.Count));

        await using (var db = database.Create())
        {
            Assert.Equal(new ImportResult(1, 1, 0), await SupplierImport.ApplyAsync(db, preview));
        }

        await using var check = database.Create();
        var updated = await check.Suppliers.SingleAsync(s => s.Code == "GYS001");
        Assert.Equal("成都甲医疗器械有限公司（更名）", updated.Name);
        Assert.True(updated.Blacklisted);
        Assert.Null(updated.Phone);
        Assert.Equal(2, await check.Suppliers.CountAsync());
    }

    [Fact]
    public async Task A_supplier_file_with_an_error_writes_nothing()
    {
        var preview = await PreviewAsync(Sheet(Row("GYS100", "乙公司"), Row("GYS101", "")));

        await using (var db = database.Create())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => SupplierImport.ApplyAsync(db, preview));
        }

        await using var check = database.Create();
        Assert.Equal(1, await check.Suppliers.CountAsync());
    }
}
