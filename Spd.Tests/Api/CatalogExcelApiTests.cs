using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Persistence;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class CatalogExcelApiTests(SpdWebFactory factory)
{
    [Fact]
    public async Task The_his_key_downloads_the_his_dictionary_but_not_the_full_catalogue()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var his = await client.GetAsync("/api/v1/his/items.xlsx?changedSince=2000-01-01T00:00:00");
        var catalogue = await client.GetAsync("/api/v1/items/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, his.StatusCode);
        Assert.Equal(SheetWorkbook.ContentType, his.Content.Headers.ContentType?.MediaType);
        var sheet = SheetWorkbook.Read(await his.Content.ReadAsStreamAsync());
        Assert.True(sheet.Rows.Count > 2_000);
        Assert.Equal(HttpStatusCode.Forbidden, catalogue.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/items/template.xlsx", 1)]
    [InlineData("/api/v1/suppliers/export.xlsx", 60)]
    [InlineData("/api/v1/suppliers/template.xlsx", 1)]
    public async Task Staff_download_exports_and_templates_as_named_workbooks(string path, int rows)
    {
        var (client, _) = await factory.SignInAsync("equipment");
        using (client)
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal(rows, SheetWorkbook.Read(await response.Content.ReadAsStreamAsync()).Rows.Count);
        }
    }

    [Fact]
    public async Task The_item_export_holds_one_row_per_item_of_the_catalogue()
    {
        int items;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            items = await scope.ServiceProvider.GetRequiredService<SpdDbContext>().Items.CountAsync();
        }

        var (client, _) = await factory.SignInAsync("equipment");
        using (client)
        {
            var response = await client.GetAsync("/api/v1/items/export.xlsx");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(items >= 3_000);
            Assert.Equal(items, SheetWorkbook.Read(await response.Content.ReadAsStreamAsync()).Rows.Count);
        }
    }

    [Fact]
    public async Task A_download_without_credentials_is_refused_with_401()
    {
        using var client = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/items/template.xlsx")).StatusCode);
    }
}
