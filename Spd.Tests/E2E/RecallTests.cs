using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RecallTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static async Task PickAsync(IPage page, string testId, string search)
    {
        await Input(page, testId).FillAsync(search);
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = search }).First;
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
    }

    [Fact]
    public async Task The_equipment_department_recalls_a_lot_with_stock_and_sees_it_quarantined_everywhere_and_its_patients()
    {
        var page = await browser.SignInAsync("equipment");

        // The lot is on the near-expiry list: that is where its item code is read.
        await page.GetByTestId("nav-menu").Locator("a[href='/stock/near-expiry']").ClickAsync();
        await Input(page, "near-expiry-search").FillAsync(RecallDemoData.RecallLot);
        var lot = page.GetByTestId("near-expiry-lot").Filter(new() { HasText = RecallDemoData.RecallLot }).First;
        await Assertions.Expect(lot).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("near-expiry-lot")).ToHaveCountAsync(2);
        var itemCode = await lot.GetAttributeAsync("data-item-code");

        await page.GetByTestId("nav-menu").Locator("a[href='/recalls']").ClickAsync();
        await page.GetByTestId("recall-new").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recall-dialog")).ToBeVisibleAsync();
        await PickAsync(page, "recall-item", itemCode!);
        await PickAsync(page, "recall-lot", RecallDemoData.RecallLot);
        await Input(page, "recall-reason").FillAsync("厂家发布召回通知：该批次输送系统可能断裂（浏览器测试）");
        await Assertions.Expect(page.GetByTestId("recall-preview")).ToContainTextAsync("全院在库可用 5 件（2 个库房）");
        await browser.ScreenshotAsync(page, "recall-dialog");
        await page.GetByTestId("recall-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("recall-deadline")).ToContainTextAsync("距上报期限还有 11 小时");
        var states = page.GetByTestId("recall-stock").GetByTestId("stock-state");
        await Assertions.Expect(states).ToHaveCountAsync(2);
        foreach (var state in await states.AllAsync())
        {
            await Assertions.Expect(state).ToHaveAttributeAsync("data-state", "Quarantined");
        }

        await Assertions.Expect(page.GetByTestId("recall-stock")).ToContainTextAsync("二级库");
        await Assertions.Expect(page.GetByTestId("figure-available")).ToContainTextAsync("0");
        await Assertions.Expect(page.GetByTestId("recall-patients")).ToContainTextAsync("ZY20261107");
        await Assertions.Expect(page.GetByTestId("recall-patients")).ToContainTextAsync("ZY20261112");
        await browser.ScreenshotAsync(page, "recall-report");

        await page.GetByTestId("nav-menu").Locator("a[href='/stock/quarantine']").ClickAsync();
        await Input(page, "quarantine-search").FillAsync(RecallDemoData.RecallLot);
        await Assertions.Expect(page.GetByTestId("quarantine-lot")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("quarantine-release").First).ToBeDisabledAsync();
        await browser.ScreenshotAsync(page, "quarantine");
    }

    [Fact]
    public async Task A_warehouse_keeper_records_an_out_of_range_reading_and_sees_it_in_red()
    {
        var page = await browser.SignInAsync("warehouse");
        await page.GetByTestId("nav-menu").Locator("a[href='/stock/near-expiry']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("near-expiry-lot").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "near-expiry");

        await page.GetByTestId("nav-menu").Locator("a[href='/climate']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("climate-range")).ToBeVisibleAsync();
        await Input(page, "climate-temperature").FillAsync("33.5");
        await Input(page, "climate-humidity").FillAsync("50");
        await page.GetByTestId("climate-save").ClickAsync();

        var newest = page.GetByTestId("climate-reading-status").First;
        await Assertions.Expect(newest).ToHaveAttributeAsync("data-out-of-range", "true");
        await Assertions.Expect(newest).ToHaveCSSAsync("color", "rgb(244, 67, 54)");
        await browser.ScreenshotAsync(page, "climate");

        await page.GetByTestId("nav-menu").Locator("a[href='/notifications']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification-row").Filter(new() { HasText = "33.5 °C" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("notification-row").Filter(new() { HasText = "已过效期" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("run-expiry-job")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "stock-notifications");
    }
}
