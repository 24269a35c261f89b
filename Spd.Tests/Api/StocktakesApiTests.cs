using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Admission;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class StocktakesApiTests(SpdWebFactory factory)
{
    /// <summary>Opens a count of the demo's cool zone and cancels it again, so that no other test finds its stock frozen.</summary>
    private async Task<(int Id, string No)> CountedAndCancelledAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var keeper = (await WorkflowActor.LoadAsync(db, "warehouse"))!;
        var warehouseId = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).OrderBy(w => w.Code).Select(w => w.Id).FirstAsync();
        var workflow = new StocktakeWorkflow(factory.Clock);
        var stocktake = await workflow.OpenAsync(db, warehouseId, StocktakeDemoData.Zone, keeper);
        await workflow.CancelAsync(db, stocktake.Id, stocktake.Version, keeper, "接口测试");
        return (stocktake.Id, stocktake.No);
    }

    [Fact]
    public async Task Finance_downloads_the_variance_sheet_of_a_stocktake_of_the_demo_stock()
    {
        var (id, no) = await CountedAndCancelledAsync();
        var (client, _) = await factory.SignInAsync("finance");
        using (client)
        {
            var response = await client.GetAsync($"/api/v1/stocktakes/{id}/variance.xlsx");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SheetWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"盘盈盘亏表-{no}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
            using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
            var sheet = workbook.Worksheet(StocktakeWorkbooks.VarianceSheet);
            Assert.Equal($"盘盈盘亏表 {no}", sheet.Cell(1, 1).GetString());
            Assert.Equal(3, sheet.RowsUsed().Count(r => r.RowNumber() > StocktakeWorkbooks.HeaderRow && r.Cell(15).GetString() == "未盘"));
        }
    }

    [Theory]
    [InlineData("supplier")]
    [InlineData("nurse")]
    public async Task People_outside_the_stocktake_cannot_read_it(string user)
    {
        var (id, _) = await CountedAndCancelledAsync();
        var (client, _) = await factory.SignInAsync(user);
        using (client)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/stocktakes/{id}/variance.xlsx")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/stocktakes/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_auditor_reads_the_list_and_an_unknown_stocktake_is_404()
    {
        var (id, no) = await CountedAndCancelledAsync();
        var (client, _) = await factory.SignInAsync("auditor");
        using (client)
        {
            var list = await client.GetStringAsync("/api/v1/stocktakes?status=Cancelled");

            Assert.Contains(no, list);
            Assert.Contains("\"Cancelled\"", list);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/stocktakes/{id + 10_000}")).StatusCode);
        }
    }
}
