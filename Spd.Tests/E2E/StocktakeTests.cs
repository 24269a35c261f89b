using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class StocktakeTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Opens the first central warehouse's cool zone (where the demo keeps a little bulk stock) and returns the stocktake's address.</summary>
    private async Task<string> OpenCountAsync(IPage page)
    {
        await page.GotoAsync("/stocktakes");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("stocktake-new").ClickAsync();
        await page.GetByTestId("stocktake-warehouse").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.GetByTestId("stocktake-zone").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = StocktakeDemoData.Zone }).ClickAsync();
        await page.GetByTestId("stocktake-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stocktake-status-chip")).ToHaveTextAsync("盘点中");
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task ActAsync(IPage page, string action, string? comment = null)
    {
        await page.GetByTestId($"action-{action}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-confirm")).ToBeVisibleAsync();
        if (comment is not null)
        {
            await Input(page, "action-text").FillAsync(comment);
        }

        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-confirm")).ToHaveCountAsync(0);
    }

    /// <summary>Location, item code and book quantity of a line of the detail page's table.</summary>
    private static async Task<(string Location, string ItemCode, int Book)> LineAsync(IPage page, int index)
    {
        var line = page.GetByTestId("stocktake-lines").Locator("tbody tr.mud-table-row").Nth(index);
        await Assertions.Expect(line).ToBeVisibleAsync();
        var location = await line.GetByTestId("line-location").InnerTextAsync();
        var itemCode = await line.GetByTestId("line-item-code").InnerTextAsync();
        var book = await line.GetByTestId("line-book").InnerTextAsync();
        return (location.Trim(), itemCode.Trim(), int.Parse(book.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task ScanAsync(IPage page, string code)
    {
        var scan = Input(page, "count-scan");
        await Assertions.Expect(scan).ToBeFocusedAsync();
        await scan.FillAsync(code);
        await scan.PressAsync("Enter");
    }

    [Fact]
    public async Task A_stocktake_with_a_variance_is_counted_on_the_handheld_approved_twice_and_posted_to_the_book()
    {
        var warehouse = await browser.SignInAsync("warehouse");
        var url = await OpenCountAsync(warehouse);
        var (location, itemCode, book) = await LineAsync(warehouse, 0);
        var (otherLocation, otherItemCode, otherBook) = await LineAsync(warehouse, 1);
        var counted = book - 2;

        await warehouse.SetViewportSizeAsync(360, 740);
        await warehouse.GotoAsync(url + "/count");
        await BrowserFixture.WaitForInteractiveAsync(warehouse);
        await ScanAsync(warehouse, location);
        await Assertions.Expect(warehouse.GetByTestId("count-place-code")).ToHaveTextAsync(location);
        await ScanAsync(warehouse, "NOT-A-CODE-123");
        await Assertions.Expect(warehouse.GetByTestId("count-message")).ToContainTextAsync("无法识别的条码");
        await ScanAsync(warehouse, itemCode);
        var quantity = Input(warehouse, "count-quantity");
        await Assertions.Expect(quantity).ToBeFocusedAsync();
        await quantity.FillAsync(counted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await quantity.PressAsync("Enter");
        await Assertions.Expect(warehouse.GetByTestId("count-recent-row")).ToHaveCountAsync(1);
        await ScanAsync(warehouse, otherLocation);
        await Assertions.Expect(warehouse.GetByTestId("count-place-code")).ToHaveTextAsync(otherLocation);
        await ScanAsync(warehouse, otherItemCode);
        await Assertions.Expect(quantity).ToBeFocusedAsync();
        await quantity.FillAsync((otherBook + 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await quantity.PressAsync("Enter");
        await Assertions.Expect(warehouse.GetByTestId("count-recent-row")).ToHaveCountAsync(2);
        await Assertions.Expect(warehouse.GetByTestId("count-undo")).ToBeVisibleAsync();
        await Assertions.Expect(Input(warehouse, "count-scan")).ToBeFocusedAsync();
        Assert.True(await warehouse.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the handheld page scrolls sideways at 360 px");
        await warehouse.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.ScreenshotFolder, "stocktake-count.png") });

        await warehouse.SetViewportSizeAsync(1440, 900);
        await warehouse.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(warehouse);
        await warehouse.GetByTestId("action-SubmitCount").ClickAsync();
        await Assertions.Expect(warehouse.GetByTestId("action-dialog")).ToContainTextAsync("未盘");
        await warehouse.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(warehouse.GetByTestId("stocktake-status-chip")).ToHaveTextAsync("待设备科审批");

        var equipment = await browser.SignInAsync("equipment");
        await equipment.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(equipment);
        await Assertions.Expect(equipment.GetByTestId("action-FinanceApprove")).ToHaveCountAsync(0);
        await ActAsync(equipment, "EquipmentApprove", "差异已核实");
        await Assertions.Expect(equipment.GetByTestId("stocktake-status-chip")).ToHaveTextAsync("待财务审批");

        var finance = await browser.SignInAsync("finance");
        await finance.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(finance);
        await ActAsync(finance, "FinanceApprove");
        await Assertions.Expect(finance.GetByTestId("stocktake-status-chip")).ToHaveTextAsync("已过账");
        await Assertions.Expect(finance.GetByTestId("timeline-step")).ToHaveCountAsync(4);
        await finance.GetByTestId("stocktake-only-variances").ClickAsync();
        await Assertions.Expect(Input(finance, "stocktake-only-variances")).ToBeCheckedAsync();
        await Assertions.Expect(finance.GetByTestId("stocktake-losses")).ToContainTextAsync("-");
        await Assertions.Expect(finance.GetByTestId("stocktake-gains").Locator("td").Nth(1)).ToHaveTextAsync("3");
        await browser.ScreenshotAsync(finance, "stocktake-variance");

        // The book now holds the counts: the stock on hand shows them.
        await finance.GotoAsync("/stock");
        await BrowserFixture.WaitForInteractiveAsync(finance);
        foreach (var (code, place, onHand) in new[] { (itemCode, location, counted), (otherItemCode, otherLocation, otherBook + 3) })
        {
            await Input(finance, "stock-search").FillAsync(code);
            var stock = finance.GetByTestId("stock-grid").Locator("tbody tr.mud-table-row", new() { HasText = place });
            await Assertions.Expect(stock).ToHaveCountAsync(1);
            await Assertions.Expect(stock.Locator("td").Nth(7)).ToHaveTextAsync(new Regex($"^{onHand}\\s"));
        }

        await finance.GotoAsync("/stocktakes");
        await Assertions.Expect(finance.GetByTestId("stocktake-grid")).ToContainTextAsync("已过账");
        await browser.ScreenshotAsync(finance, "stocktake-list");
    }
}
