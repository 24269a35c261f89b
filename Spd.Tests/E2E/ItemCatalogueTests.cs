using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ItemCatalogueTests(BrowserFixture browser)
{
    [Fact]
    public async Task Equipment_user_browses_3000_items_searches_by_pinyin_and_pages()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/items']").ClickAsync();

        var rows = page.GetByTestId("items-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await browser.ScreenshotAsync(page, "items");
        // 3,000 generated items plus those the demo admissions and other browser tests create.
        await Assertions.Expect(page.GetByTestId("items-grid")).ToContainTextAsync(new Regex("共 3,00[0-9] 条"));

        await page.GetByTestId("items-search").FillAsync("ycxsy");
        await Assertions.Expect(rows.First).ToContainTextAsync("一次性使用");
        var firstPage = await rows.AllInnerTextsAsync();
        Assert.All(firstPage, row => Assert.Contains("一次性使用", row));

        await page.GetByLabel("下一页").ClickAsync();
        await Assertions.Expect(page.GetByTestId("items-grid")).ToContainTextAsync("第 21-");
        var secondPage = await rows.AllInnerTextsAsync();
        Assert.All(secondPage, row => Assert.Contains("一次性使用", row));
        Assert.Empty(firstPage.Intersect(secondPage));
        await browser.ScreenshotAsync(page, "items-search");

        await rows.First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("一次性使用");
        await browser.ScreenshotAsync(page, "item-detail");
    }
}
