using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Security;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;
using ImportPage = Spd.Web.Components.Pages.Catalog.CatalogImport;

namespace Spd.Tests.Web;

public sealed class CatalogImportPageTests : SpdBunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly CatalogLookup lookup;

    public CatalogImportPageTests()
    {
        Authorization.SetAuthorized("equipment").SetRoles(Roles.EquipmentDept);
        using var db = Database.CreateUnaudited();
        MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        lookup = CatalogLookup.LoadAsync(db).GetAwaiter().GetResult();
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<ImportPage>(2);
        builder.CloseComponent();
    });

    private byte[] ItemFile(params ItemDraft[] drafts)
    {
        using var workbook = SheetWorkbook.Create(CatalogWorkbooks.ItemsSheet, CatalogImport.Columns, drafts.Select(d => CatalogImport.Cells(d, lookup)));
        return SheetWorkbook.ToBytes(workbook);
    }

    private static void Upload(IRenderedComponent<IComponent> page, byte[] content, string name) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

    [Fact]
    public void The_preview_lists_each_bad_cell_with_row_column_value_and_reason_and_offers_no_import()
    {
        var example = CatalogImport.Example(lookup);
        var page = RenderPage();

        Upload(page, ItemFile(example, example with { Code = "WZ-2", ChargeCode = "CL-2", UdiDi = "06901234567891" }), "目录.xlsx");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=import-errors] tbody tr")), Patience);
        var cells = page.FindAll("[data-testid=import-errors] tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["3", "UDI-DI", "06901234567891", "UDI-DI 06901234567891 的校验位错误"], cells);
        Assert.Contains("错误 1", page.Find("[data-testid=import-error-count]").TextContent);
        Assert.Contains("未导入任何数据", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=import-apply]"));
    }

    [Fact]
    public void A_clean_file_shows_its_counts_and_the_import_button()
    {
        var page = RenderPage();

        Upload(page, ItemFile(CatalogImport.Example(lookup)), "目录.xlsx");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=import-apply]")), Patience);
        Assert.Contains("新增 1", page.Find("[data-testid=import-preview]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=import-errors]"));
        Assert.False(page.Find("[data-testid=import-choose]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_file_that_is_not_xlsx_is_refused_with_a_clear_message()
    {
        var page = RenderPage();

        Upload(page, "a,b"u8.ToArray(), "目录.csv");

        page.WaitForAssertion(() => Assert.Contains("目录.csv 不是 Excel 工作簿", page.Find("[data-testid=import-problem]").TextContent), Patience);
        Assert.Empty(page.FindAll("[data-testid=import-preview]"));
    }
}
