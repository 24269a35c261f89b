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

    [Fact]
    public async Task Equipment_user_edits_an_item_is_told_what_is_wrong_and_sees_the_change_in_its_history()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GotoAsync("/items/12");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("item-edit").ClickAsync();

        var national = page.GetByTestId("item-national-code");
        await national.FillAsync("X123");
        await page.GetByTestId("item-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("item-form-errors")).ToContainTextAsync("国家医保耗材编码应为字母 C 加 19 位数字");
        await browser.ScreenshotAsync(page, "item-form-error");

        await national.FillAsync("C0310010010000009999");
        await page.GetByTestId("item-save").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/items/12$"));
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("C0310010010000009999");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("equipment");
        await browser.ScreenshotAsync(page, "item-history");
    }

    [Fact]
    public async Task The_quality_page_shows_the_complete_share_and_lists_the_gaps()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/items/quality']").ClickAsync();

        await Assertions.Expect(page.GetByTestId("quality-share")).ToContainTextAsync("%");
        await page.GetByTestId("quality-gap-MissingUdiDi").ClickAsync();
        await Assertions.Expect(page.GetByTestId("quality-table").Locator("tbody tr").First).ToContainTextAsync("缺少 UDI-DI");
        await browser.ScreenshotAsync(page, "catalog-quality");
    }
}
