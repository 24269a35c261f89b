using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AdmissionTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static async Task PickAsync(IPage page, string testId, string search)
    {
        await Input(page, testId).FillAsync(search);
        var option = page.Locator(".mud-popover-open .mud-list-item").First;
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
    }

    /// <summary>Signs in as the user, opens the request and takes the action through its dialog.</summary>
    private async Task<IPage> ActAsync(string user, string url, string action, string? text = null, string? price = null)
    {
        var page = await browser.SignInAsync(user);
        await page.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId($"action-{action}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-confirm")).ToBeVisibleAsync();
        if (text is not null)
        {
            await Input(page, "action-text").FillAsync(text);
        }

        if (price is not null)
        {
            await Input(page, "action-price").FillAsync(price);
        }

        await browser.ScreenshotAsync(page, $"admission-dialog-{action}");
        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-confirm")).ToHaveCountAsync(0);
        return page;
    }

    [Fact]
    public async Task A_department_user_applies_for_a_new_item_and_it_goes_through_every_approver_to_active()
    {
        var nurse = await browser.SignInAsync("nurse");
        await nurse.GetByTestId("nav-menu").Locator("a[href='/admission']").ClickAsync();
        await Assertions.Expect(nurse.GetByTestId("admission-grid")).ToContainTextAsync("ZR");
        await browser.ScreenshotAsync(nurse, "admission-list");
        await nurse.GetByTestId("admission-new").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(nurse);

        await nurse.GetByTestId("admission-submit").ClickAsync();
        await Assertions.Expect(nurse.GetByTestId("admission-error")).ToBeVisibleAsync();
        await Input(nurse, "admission-item-name").FillAsync("一次性使用可吸收缝合线（浏览器测试）");
        await Input(nurse, "admission-specification").FillAsync("3-0 带针");
        await PickAsync(nurse, "admission-supplier", "GYS00");
        await Input(nurse, "admission-quantity").FillAsync("600");
        await Input(nurse, "admission-price").FillAsync("45");
        await Input(nurse, "admission-reason").FillAsync("现用缝合线需拆线，可吸收缝合线减少复诊。");
        await PickAsync(nurse, "admission-replaces", "ycxsy");
        await browser.ScreenshotAsync(nurse, "admission-new");
        await nurse.GetByTestId("admission-submit").ClickAsync();

        await Assertions.Expect(nurse.Locator("h1")).ToContainTextAsync("浏览器测试");
        await Assertions.Expect(nurse.GetByTestId("admission-status-chip")).ToHaveTextAsync("待科主任审批");
        var url = nurse.Url;

        await ActAsync("head", url, "HeadApprove", "同意");
        await ActAsync("equipment", url, "EquipmentReview");
        var committee = await ActAsync("committee", url, "CommitteeApprove", "委员会通过");
        await Assertions.Expect(committee.GetByTestId("admission-status-chip")).ToHaveTextAsync("待建立品规");

        var equipment = await browser.SignInAsync("equipment");
        await equipment.GotoAsync(url);
        await BrowserFixture.WaitForInteractiveAsync(equipment);
        await equipment.GetByTestId("action-CreateItem").ClickAsync();
        await Assertions.Expect(Input(equipment, "item-name")).ToHaveValueAsync("一次性使用可吸收缝合线（浏览器测试）");
        await BrowserFixture.WaitForInteractiveAsync(equipment);
        await Input(equipment, "item-code").FillAsync("XJE2E0001");
        await Input(equipment, "item-unit").FillAsync("根");
        await PickAsync(equipment, "item-manufacturer", "CJ00");
        await browser.ScreenshotAsync(equipment, "admission-create-item");
        await equipment.GetByTestId("item-save").ClickAsync();
        await Assertions.Expect(equipment.GetByTestId("admission-status-chip")).ToHaveTextAsync("待设置收费码");

        await ActAsync("price", url, "SetChargeCode", "CLE2E00001", "52.5");
        var insurance = await ActAsync("insurance", url, "SetNationalCode", "C0399000000000000001");
        await Assertions.Expect(insurance.GetByTestId("admission-status-chip")).ToHaveTextAsync("已启用");
        await Assertions.Expect(insurance.GetByTestId("timeline-step")).ToHaveCountAsync(7);
        await browser.ScreenshotAsync(insurance, "admission-detail-active");

        await insurance.GetByTestId("nav-menu").Locator("a[href='/items']").ClickAsync();
        await insurance.GetByTestId("items-search").FillAsync("XJE2E0001");
        var row = insurance.GetByTestId("items-grid").Locator("tbody tr.mud-table-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("启用");
    }

    [Fact]
    public async Task The_equipment_department_approves_a_proposed_substitution_and_the_old_item_is_replaced()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/substitutions']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("substitution-grid")).ToContainTextAsync("待设备科决定");
        await browser.ScreenshotAsync(page, "substitutions");
        await page.GetByTestId("substitution-grid").Locator("tbody tr.mud-table-row", new() { HasText = "待设备科决定" }).First.ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("action-Approve").ClickAsync();
        await page.GetByTestId("action-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("substitution-status-chip")).ToHaveTextAsync("已批准");
        await Assertions.Expect(page.GetByText("（已替代）")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "substitution-detail");
    }
}
