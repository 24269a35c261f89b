using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Seeding;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Reporting;

public sealed class CatalogWorkbookTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task SeedDemoAsync()
    {
        await using var db = database.CreateUnaudited();
        await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, new DateOnly(2026, 11, 22)));
    }

    private static ImportSheet Read(byte[] workbook) => SheetWorkbook.Read(new MemoryStream(workbook));

    [Fact]
    public async Task Exporting_the_demo_catalogue_and_importing_it_again_changes_nothing()
    {
        await SeedDemoAsync();
        await using var db = database.Create();

        var items = await CatalogImport.PreviewAsync(db, Read(await CatalogWorkbooks.ItemsAsync(db)));
        var suppliers = await SupplierImport.PreviewAsync(db, Read(await CatalogWorkbooks.SuppliersAsync(db)));

        Assert.Empty(items.Errors);
        Assert.Equal((0, 0, 3_000), (items.Inserts.Count, items.Updates.Count, items.Unchanged));
        Assert.Empty(suppliers.Errors);
        Assert.Equal((0, 0, 60), (suppliers.Inserts.Count, suppliers.Updates.Count, suppliers.Unchanged));

        Assert.Equal(new ImportResult(0, 0, 3_000), await CatalogImport.ApplyAsync(db, items));
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Gtins_with_leading_zeros_are_text_cells_and_survive_the_round_trip()
    {
        await SeedDemoAsync();
        await using var db = database.Create();
        var withLeadingZero = await db.Items.Where(i => i.UdiDi != null && i.UdiDi.StartsWith("0")).OrderBy(i => i.Code).FirstAsync();

        var bytes = await CatalogWorkbooks.ItemsAsync(db);

        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(CatalogWorkbooks.ItemsSheet);
            var udiColumn = CatalogImport.Columns.ToList().IndexOf(CatalogImport.UdiDi) + 1;
            var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == withLeadingZero.Code);
            Assert.Equal(XLDataType.Text, row.Cell(udiColumn).DataType);
            Assert.Equal(withLeadingZero.UdiDi, row.Cell(udiColumn).GetString());
            Assert.Equal(1, sheet.SheetView.SplitRow);
        }

        var read = Read(bytes).Rows.Single(r => r.Cells["物资编码"] == withLeadingZero.Code);
        Assert.Equal(withLeadingZero.UdiDi, read.Cells["UDI-DI"]);
    }

    [Fact]
    public async Task The_item_template_has_every_column_an_example_row_that_imports_cleanly_and_a_notes_sheet()
    {
        await SeedDemoAsync();
        await using var db = database.Create();

        var bytes = await CatalogWorkbooks.ItemsTemplateAsync(db);
        var sheet = Read(bytes);
        var preview = await CatalogImport.PreviewAsync(db, sheet);

        Assert.Equal(CatalogImport.Columns.Select(c => c.Header), sheet.Headers);
        Assert.Empty(preview.Errors);
        Assert.Equal("WZ-EXAMPLE-001", Assert.Single(preview.Inserts).Code);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var notes = workbook.Worksheet("说明");
        Assert.Contains(notes.RowsUsed(), r => r.Cell(1).GetString() == "类别" && r.Cell(3).GetString().Contains("高值耗材"));
    }

    [Fact]
    public async Task The_supplier_template_example_imports_cleanly()
    {
        var sheet = Read(CatalogWorkbooks.SuppliersTemplate());
        await using var db = database.Create();

        var preview = await SupplierImport.PreviewAsync(db, sheet);

        Assert.Empty(preview.Errors);
        Assert.Equal("GYS-EXAMPLE-01", Assert.Single(preview.Inserts).Code);
        Assert.Equal(new DateOnly(2026, 1, 5), preview.Inserts[0].IntegrityPledgeDate);
    }

    [Fact]
    public async Task The_his_export_lists_active_items_changed_since_the_given_time()
    {
        await SeedDemoAsync();
        await using var db = database.Create();
        var active = await db.Items.CountAsync(i => i.Status == ItemStatus.Active);
        var item = await db.Items.FirstAsync(i => i.Status == ItemStatus.Active);
        database.Clock.Advance(TimeSpan.FromHours(1));
        var since = database.Clock.GetUtcNow().UtcDateTime;
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        item.ChargePrice = 99m;
        await db.SaveChangesAsync();

        var all = Read(await CatalogWorkbooks.HisItemsAsync(db, null));
        var changed = Read(await CatalogWorkbooks.HisItemsAsync(db, since));

        Assert.Equal(active, all.Rows.Count);
        Assert.All(all.Rows, row => Assert.Equal("启用", row.Cells["状态"]));
        var row = Assert.Single(changed.Rows);
        Assert.Equal(item.Code, row.Cells["物资编码"]);
        Assert.Equal("99", row.Cells["收费价格"]);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_as_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => SheetWorkbook.Read(new MemoryStream("not a workbook"u8.ToArray())));
}
