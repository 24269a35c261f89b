using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class MasterDataTests(BrowserFixture browser)
{
    [Fact]
    public async Task Equipment_user_finds_the_blacklisted_supplier_and_its_certificates()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/suppliers']").ClickAsync();
        var rows = page.GetByTestId("suppliers-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await browser.ScreenshotAsync(page, "suppliers");

        await page.GetByText("仅显示黑名单").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.ClickAsync();

        await Assertions.Expect(page.GetByTestId("supplier-blacklisted")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("supplier-certificates")).ToContainTextAsync("营业执照");
        await browser.ScreenshotAsync(page, "supplier-detail");
    }

    [Fact]
    public async Task Warehouse_keeper_filters_secondary_warehouses_and_opens_one_with_its_locations()
    {
        var page = await browser.SignInAsync("warehouse");
        await page.GetByTestId("nav-menu").Locator("a[href='/warehouses']").ClickAsync();
        await page.GetByTestId("warehouses-search").FillAsync("手术室");
        var rows = page.GetByTestId("warehouses-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToContainTextAsync("手术室");
        await browser.ScreenshotAsync(page, "warehouses");

        await rows.First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("手术室");
        await Assertions.Expect(page.GetByText("货位（")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "warehouse-detail");
    }

    [Fact]
    public async Task Operations_assistant_sorts_departments_and_switches_to_the_dark_theme()
    {
        var page = await browser.SignInAsync("assistant");
        await page.GetByTestId("nav-menu").Locator("a[href='/departments']").ClickAsync();
        var rows = page.GetByTestId("departments-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(20);

        await page.GetByTestId("departments-grid").Locator("th").Filter(new() { HasText = "成本中心" }).Locator(".mud-sort-icon, .sortable-column-header").First.ClickAsync();
        // Cost-centre codes are ASCII, so JavaScript's < agrees with the database; wait for the reloaded page.
        await page.WaitForFunctionAsync("""
            () => {
                const names = [...document.querySelectorAll("[data-testid=departments-grid] tbody tr.mud-table-row td:nth-child(4)")].map(td => td.innerText);
                return names.length === 20 && names[0] !== "" && names.every((name, i) => i === 0 || names[i - 1] <= name);
            }
            """);

        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.WaitForFunctionAsync("() => localStorage.getItem('spd-theme') === 'dark'");
        await browser.ScreenshotAsync(page, "departments-dark");
    }
}
