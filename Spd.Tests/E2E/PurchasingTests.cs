using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PurchasingTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>The newest active demo item whose supplier, manufacturer and registration are all in date, so that it can be ordered.</summary>
    private async Task<string> EligibleItemCodeAsync(IPage page)
    {
        for (var id = 200; id > 0; id--)
        {
            var eligibility = await page.APIRequest.GetAsync($"{browser.BaseUrl}/api/v1/items/{id}/eligibility");
            if (!eligibility.Ok || !(await eligibility.JsonAsync())!.Value.GetProperty("eligible").GetBoolean())
            {
                continue;
            }

            var item = (await (await page.APIRequest.GetAsync($"{browser.BaseUrl}/api/v1/items/{id}")).JsonAsync())!.Value.GetProperty("item");
            if (item.GetProperty("status").GetString() == "Active")
            {
                return item.GetProperty("code").GetString()!;
            }
        }

        throw new InvalidOperationException("The demo catalogue has no item that may be ordered.");
    }

    [Fact]
    public async Task Equipment_user_sets_a_reorder_point_generates_a_plan_approves_it_and_finds_the_order()
    {
        var page = await browser.SignInAsync("equipment");
        var code = await EligibleItemCodeAsync(page);

        await page.GetByTestId("nav-menu").Locator("a[href='/purchasing/settings']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("setting-new").ClickAsync();
        await Assertions.Expect(page.GetByTestId("setting-dialog")).ToBeVisibleAsync();
        await Input(page, "setting-item").ClickAsync();
        await Input(page, "setting-item").FillAsync(code);
        var option = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = code }).First;
        await option.ClickAsync();
        await page.GetByTestId("setting-suggest").ClickAsync();
        await Assertions.Expect(page.GetByTestId("setting-suggestion")).ToContainTextAsync("无法给出建议");
        await Input(page, "setting-safety").FillAsync("10");
        await Input(page, "setting-reorder").FillAsync("20");
        await Input(page, "setting-min").FillAsync("10");
        await Input(page, "setting-max").FillAsync("60");
        await browser.ScreenshotAsync(page, "replenishment-setting-dialog");
        await page.GetByTestId("setting-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("setting-dialog")).ToHaveCountAsync(0);

        await page.GetByTestId("settings-search").FillAsync(code);
        var setting = page.GetByTestId("settings-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(setting).ToHaveCountAsync(1);
        await Assertions.Expect(setting.Locator("td").Nth(4)).ToHaveTextAsync("0");
        await Assertions.Expect(setting.Locator("td").Nth(6)).ToHaveTextAsync("20");
        // A fresh load, so that the screenshot shows no snackbar.
        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("settings-grid")).ToContainTextAsync(code);
        await browser.ScreenshotAsync(page, "replenishment-settings");

        await page.GetByTestId("nav-menu").Locator("a[href='/purchasing/plans']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("plans-generate").ClickAsync();
        var pending = page.GetByTestId("plans-grid").Locator("tbody tr.mud-table-row", new() { HasText = "待审核" }).First;
        await Assertions.Expect(pending).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "purchase-plans");
        // The plan's own address (the one its notification links to): a row click right after the grid reloads can land before the row is wired.
        var planNo = (await pending.Locator("td").First.TextContentAsync())!.Trim();
        await page.GotoAsync($"{browser.BaseUrl}/purchasing/plans/no/{planNo}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var line = page.GetByTestId("plan-line").Filter(new() { HasText = code });
        await Assertions.Expect(line).ToHaveCountAsync(1);
        await Assertions.Expect(line.GetByTestId("urgency-chip")).ToHaveTextAsync("紧急");
        await Assertions.Expect(line.GetByTestId("line-quantity")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "purchase-plan");

        await page.GetByTestId("action-Approve").ClickAsync();
        await Input(page, "action-text").FillAsync("库存为零，同意紧急采购");
        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("已批准");
        var orderLink = line.GetByTestId("line-order");
        await Assertions.Expect(orderLink).ToContainTextAsync("PO");
        var orderNo = (await orderLink.TextContentAsync())!.Trim();
        await browser.ScreenshotAsync(page, "purchase-plan-approved");

        await page.GetByTestId("nav-menu").Locator("a[href='/purchasing/orders']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("orders-search").FillAsync(orderNo);
        var order = page.GetByTestId("orders-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(order).ToHaveCountAsync(1);
        await Assertions.Expect(order).ToContainTextAsync("已发布");
        await Assertions.Expect(order.GetByTestId("urgency-chip")).ToHaveTextAsync("紧急");
        await browser.ScreenshotAsync(page, "purchase-orders");

        await order.ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-lines")).ToContainTextAsync(code);
        await browser.ScreenshotAsync(page, "purchase-order");
    }
}
