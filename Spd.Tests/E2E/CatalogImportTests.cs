using Microsoft.Playwright;
using Spd.Domain.Catalog;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CatalogImportTests(BrowserFixture browser) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-e2e-excel-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Equipment_user_exports_the_catalogue_sees_a_bad_row_refused_then_imports_the_fixed_file()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/items']").ClickAsync();
        await page.GetByTestId("items-excel").GetByText("导入").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("物资导入导出");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-export").ClickAsync());
        var exported = Path.Combine(folder.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(exported);
        Assert.StartsWith("物资目录-", download.SuggestedFilename);
        ImportSheet sheet;
        await using (var file = File.OpenRead(exported))
        {
            sheet = SheetWorkbook.Read(file);
        }

        // The demo hospital has 3,000 items; the demo admissions and other browser tests add a few.
        Assert.InRange(sheet.Rows.Count, 3_000, 3_020);
        // Two rows that no other browser test looks at: one gets a new model, the other an unknown supplier.
        var rows = sheet.Rows.Where(r => !r.Cells["名称"].StartsWith("一次性使用", StringComparison.Ordinal)).Take(2).ToList();
        var changed = With(rows[0], "型号", "E2E-导入-01");
        var bad = WriteFile("有错误.xlsx", changed, With(rows[1], "供应商编码", "GYS404"));
        var fixedFile = WriteFile("已修正.xlsx", changed, rows[1].Cells);

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(bad);
        var errors = page.GetByTestId("import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("系统中没有供应商编码 GYS404");
        await Assertions.Expect(errors.Locator("tbody tr").First).ToContainTextAsync("供应商编码");
        await Assertions.Expect(page.GetByTestId("import-apply")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("import-choose")).ToBeEnabledAsync();
        await browser.ScreenshotAsync(page, "catalog-import-errors");

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(fixedFile);
        await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync("更新 1");
        await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync("未变 1");
        await page.GetByTestId("import-apply").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("更新 1 条");
        await browser.ScreenshotAsync(page, "catalog-import-done");

        await page.GotoAsync("/items");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("items-search").FillAsync("E2E-导入-01");
        await Assertions.Expect(page.GetByTestId("items-grid").Locator("tbody tr.mud-table-row")).ToHaveCountAsync(1);
    }

    private static Dictionary<string, string> With(SheetRow row, string header, string value) =>
        new(row.Cells) { [header] = value };

    private string WriteFile(string name, params IReadOnlyDictionary<string, string>[] rows)
    {
        var path = Path.Combine(folder.FullName, name);
        using var workbook = SheetWorkbook.Create(CatalogWorkbooks.ItemsSheet, CatalogImport.Columns,
            rows.Select(cells => CatalogImport.Columns.Select(c => (object?)cells.GetValueOrDefault(c.Header)).ToArray()));
        workbook.SaveAs(path);
        return path;
    }
}
