using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class StockTests(BrowserFixture browser)
{
    [Fact]
    public async Task Finance_user_looks_up_the_stock_of_an_item_by_its_code()
    {
        var page = await browser.SignInAsync("finance");
        await page.GetByTestId("nav-menu").Locator("a[href='/stock']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        var rows = page.GetByTestId("stock-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "stock");

        var code = (await rows.First.Locator("td").Nth(2).TextContentAsync())!.Trim();
        await page.GetByTestId("stock-search").FillAsync(code);

        await Assertions.Expect(rows.Filter(new() { HasNotText = code })).ToHaveCountAsync(0);
        await Assertions.Expect(rows.First).ToContainTextAsync(code);
    }
}
