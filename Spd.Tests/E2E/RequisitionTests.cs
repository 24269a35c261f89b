using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class RequisitionTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    [Fact]
    public async Task The_nurse_raises_a_temporary_requisition_and_submits_it()
    {
        var page = await browser.SignInAsync("nurse");
        await page.GetByTestId("nav-menu").Locator("a[href='/requisitions']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("requisitions-grid")).ToContainTextAsync("SL");

        await page.GetByTestId("requisition-new-temporary").ClickAsync();
        await page.WaitForURLAsync("**/requisitions/new/Temporary");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("requisition-editor")).ToBeVisibleAsync();
        await Input(page, "requisition-reason").FillAsync("周末急诊手术增加，纱布不足");
        await Input(page, "line-item").ClickAsync();
        await Input(page, "line-item").FillAsync("纱布块");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "医用纱布块" }).First.ClickAsync();
        await Input(page, "line-new-quantity").FillAsync("10");
        await page.GetByTestId("line-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("line-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("quota-gauge")).ToContainTextAsync("本单");
        await browser.ScreenshotAsync(page, "requisition-editor");

        await page.GetByTestId("requisition-submit").ClickAsync();
        await page.WaitForURLAsync(SavedRequisition());
        await Assertions.Expect(page.GetByTestId("requisition-status")).ToContainTextAsync("待出库");
        await Assertions.Expect(page.GetByTestId("requisition-line")).ToContainTextAsync("医用纱布块");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("提交申领");
        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("requisition-status")).ToContainTextAsync("待出库");
        await browser.ScreenshotAsync(page, "requisition-submitted");
    }

    [Fact]
    public async Task The_equipment_department_approves_a_waiting_over_quota_request_and_reviews_quotas_limits_packs_and_kits()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GotoAsync("/requisitions/approvals");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var waiting = page.GetByTestId("requisitions-grid").Locator("tbody tr.mud-table-row", new() { HasText = "超额申领" }).First;
        await Assertions.Expect(waiting).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "requisition-approvals");
        var no = (await waiting.Locator("td").First.TextContentAsync())!.Trim();
        await waiting.ClickAsync();
        await page.WaitForURLAsync(SavedRequisition());
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(no);
        await Assertions.Expect(page.GetByTestId("action-Approve")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "requisition-approval");
        await page.GetByTestId("action-Approve").ClickAsync();
        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("requisition-status")).ToContainTextAsync("待出库");

        await page.GotoAsync("/department-supply/quotas");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("quota-department").First).ToContainTextAsync("月度限额");
        await browser.ScreenshotAsync(page, "quotas");

        await page.GotoAsync("/department-supply/limits");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("limit-approved").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("limit-pending").First).ToBeVisibleAsync();
        await page.GetByTestId("limits-run").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("定数补货");
        await browser.ScreenshotAsync(page, "fixed-quantity-limits");

        await page.GotoAsync("/department-supply/packs");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("pack-row").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "pack-definitions");

        await page.GotoAsync("/department-supply/kits");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("kit-row").First).ToContainTextAsync("TB-");
        await page.GetByTestId("kit-edit").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("kit-dialog")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "surgical-kit");
    }

    [GeneratedRegex(@"/requisitions/\d+$")]
    private static partial Regex SavedRequisition();
}
