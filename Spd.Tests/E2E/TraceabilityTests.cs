using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TraceabilityTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    [Fact]
    public async Task An_assistant_logs_a_problem_in_their_department_and_resolves_it()
    {
        var page = await browser.SignInAsync(OperationsDemoData.Assistant);
        await page.GetByTestId("nav-menu").Locator("a[href='/operations/problems']").ClickAsync();
        await page.WaitForURLAsync("**/operations/problems");
        await Assertions.Expect(page.GetByTestId("problem-overall-rate")).ToContainTextAsync("%");
        var before = await page.GetByTestId("problem-overall-rate").InnerTextAsync();

        await page.GetByTestId("problem-new").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-dialog")).ToBeVisibleAsync();
        const string description = "治疗室定数包摆放混乱，近效期包未前置（浏览器测试）";
        await Input(page, "problem-description").FillAsync(description);
        await Input(page, "problem-owner").FillAsync("护士长 刘芳");
        await browser.ScreenshotAsync(page, "problem-dialog");
        await page.GetByTestId("problem-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-dialog")).ToBeHiddenAsync();

        await Input(page, "problem-search").FillAsync("浏览器测试");
        // The search reloads the grid after a pause; a click before that would land on a row about to be replaced.
        await Assertions.Expect(page.GetByTestId("problems-grid").Locator("tbody tr")).ToHaveCountAsync(1);
        var row = page.Locator("tr").Filter(new() { Has = page.GetByText(description) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByTestId("problem-status")).ToHaveAttributeAsync("data-status", "Open");

        await row.GetByTestId("problem-resolve").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-close-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("problem-close-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-close-dialog")).ToContainTextAsync("必填");
        await Input(page, "problem-resolution").FillAsync("已按效期重新摆放，近效期包前置");
        await page.GetByTestId("problem-close-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-close-dialog")).ToBeHiddenAsync();

        await Assertions.Expect(row.GetByTestId("problem-status")).ToHaveAttributeAsync("data-status", "Resolved");
        await Assertions.Expect(row).ToContainTextAsync("已按效期重新摆放");
        await Assertions.Expect(page.GetByTestId("problem-overall-rate")).Not.ToHaveTextAsync(before);
        await Input(page, "problem-search").FillAsync("");
        await Assertions.Expect(page.GetByTestId("problems-grid").Locator("tbody tr")).Not.ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "problem-list");
    }

    [Fact]
    public async Task A_keeper_follows_the_recalled_lot_to_its_patients_and_a_patient_to_their_consumables()
    {
        var page = await browser.SignInAsync("warehouse");
        await page.GetByTestId("nav-menu").Locator("a[href='/stock/near-expiry']").ClickAsync();
        await Input(page, "near-expiry-search").FillAsync(RecallDemoData.RecallLot);
        var lot = page.GetByTestId("near-expiry-lot").Filter(new() { HasText = RecallDemoData.RecallLot }).First;
        await Assertions.Expect(lot).ToBeVisibleAsync();
        var item = await lot.GetAttributeAsync("data-item-code");

        await page.GetByTestId("nav-menu").Locator("a[href='/trace']").ClickAsync();
        await page.WaitForURLAsync("**/trace");
        await Input(page, "trace-search").FillAsync(item!);
        await page.GetByTestId("trace-search-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trace-error")).ToContainTextAsync("批号");

        await Input(page, "trace-search").FillAsync($"{item} {RecallDemoData.RecallLot}");
        await page.GetByTestId("trace-search-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("figure-patients")).ToContainTextAsync("2");
        await Assertions.Expect(page.GetByTestId("trace-lot-uses")).ToContainTextAsync("ZY20261107");
        await Assertions.Expect(page.GetByTestId("trace-lot-stock")).ToContainTextAsync("二级库");
        await browser.ScreenshotAsync(page, "trace-lot");

        await page.GetByTestId("trace-lot-uses").GetByRole(AriaRole.Link, new() { Name = "ZY20261107" }).ClickAsync();
        await page.WaitForURLAsync("**/trace?patient=ZY20261107");
        await Assertions.Expect(page.GetByTestId("trace-patient-uses")).ToContainTextAsync(RecallDemoData.RecallLot);

        await page.GetByTestId("trace-patient-uses").GetByTestId("use-unit").First.ClickAsync();
        await page.WaitForURLAsync("**/trace?code=*");
        await Assertions.Expect(page.GetByTestId("trace-step").Last).ToHaveAttributeAsync("data-event", "Consumed");
        await Assertions.Expect(page.GetByTestId("trace-use")).ToContainTextAsync("ZY20261107");
        await browser.ScreenshotAsync(page, "trace-unit");
    }

    [Fact]
    public async Task A_department_keeper_recovers_labels_on_the_handheld_and_confirms_the_missing_ones_lost()
    {
        var page = await browser.SignInAsync("nurse");
        await page.GetByTestId("nav-menu").Locator("a[href='/labels/stocktakes']").ClickAsync();
        await page.WaitForURLAsync("**/labels/stocktakes");
        await Assertions.Expect(page.GetByTestId("label-rate").First).ToContainTextAsync("%");
        await browser.ScreenshotAsync(page, "label-stocktakes");

        // The demo's earlier count: one label was confirmed lost.
        await BrowserFixture.OpenRowAsync(page, page.GetByTestId("label-stocktakes-grid").Locator("tbody tr").Filter(new() { HasText = "BQ" }).First,
            new System.Text.RegularExpressions.Regex("/labels/stocktakes/[0-9]+$"));
        var lost = await page.GetByTestId("label-stocktake-lines").Locator("tr:has([data-status=Lost]) a").InnerTextAsync();

        await page.GetByTestId("nav-menu").Locator("a[href='/labels/stocktakes']").ClickAsync();
        await page.WaitForURLAsync("**/labels/stocktakes");
        await Assertions.Expect(page.GetByTestId("label-stocktakes-grid").Locator("tbody tr").Filter(new() { HasText = "BQ" })).ToHaveCountAsync(1);
        await page.GetByTestId("label-stocktake-open").ClickAsync();
        await page.WaitForURLAsync("**/labels/stocktakes/*");
        var lines = page.GetByTestId("label-stocktake-lines").Locator("tbody tr");
        // The demo's five awaited labels, and the packs other tests and the clinical demo have used since.
        await Assertions.Expect(lines.First).ToBeVisibleAsync();
        var awaiting = await lines.CountAsync();
        Assert.True(awaiting >= 5, $"{awaiting} labels awaited");
        var awaited = await lines.First.Locator("a").InnerTextAsync();
        var count = page.Url;

        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/pda/labels");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("labels-awaiting")).ToContainTextAsync(awaiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var feedback = page.GetByTestId("labels-feedback");
        await Input(page, "labels-scan").FillAsync(awaited);
        await Input(page, "labels-scan").PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveAttributeAsync("data-ok", "true");
        await Assertions.Expect(feedback).ToContainTextAsync($"已回收 {awaited}");
        await Assertions.Expect(page.GetByTestId("labels-awaiting")).ToContainTextAsync((awaiting - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await browser.ScreenshotAsync(page, "labels-pda-recovered");

        await Input(page, "labels-scan").FillAsync(awaited);
        await Input(page, "labels-scan").PressAsync("Enter");
        await Assertions.Expect(feedback).ToContainTextAsync("无需重复");
        await Input(page, "labels-scan").FillAsync(lost);
        await Input(page, "labels-scan").PressAsync("Enter");
        await Assertions.Expect(feedback).ToHaveAttributeAsync("data-ok", "false");
        await Assertions.Expect(feedback).ToContainTextAsync("确认丢失");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the handheld page scrolls sideways at 360 px");
        await browser.ScreenshotAsync(page, "labels-pda-refused");

        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync(count);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("label-stocktake-progress")).ToContainTextAsync($"已盘到 1 / {awaiting} 张");
        await page.GetByTestId("label-stocktake-confirm").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "科室确认" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("label-stocktake-lines").Locator("[data-status=Lost]")).ToHaveCountAsync(awaiting - 1);
        await browser.ScreenshotAsync(page, "label-stocktake-confirmed");
    }
}
