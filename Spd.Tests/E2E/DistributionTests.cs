using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class DistributionTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static async Task ScanAsync(IPage page, string testId, string code)
    {
        var scan = Input(page, testId);
        await Assertions.Expect(scan).ToBeFocusedAsync();
        await scan.FillAsync(code);
        await scan.PressAsync("Enter");
    }

    [Fact]
    public async Task A_department_keeper_receives_a_dispatch_on_the_handheld_by_its_note_and_a_scanned_code()
    {
        var nurse = await browser.SignInAsync("nurse");
        await nurse.SetViewportSizeAsync(360, 740);
        await nurse.GotoAsync("/receive");
        await BrowserFixture.WaitForInteractiveAsync(nurse);
        var waiting = nurse.GetByTestId("receive-open").Filter(new LocatorFilterOptions { HasText = DistributionDemoData.Courier });
        await Assertions.Expect(waiting).ToBeVisibleAsync();
        var noteNo = CheckNote().Match(await waiting.InnerTextAsync()).Value;
        await browser.ScreenshotAsync(nurse, "distribution-receive-waiting");

        await ScanAsync(nurse, "receive-scan", noteNo);
        await Assertions.Expect(nurse.GetByTestId("receive-message")).ToContainTextAsync(noteNo);
        var lines = nurse.GetByTestId("receive-line");
        var count = await lines.CountAsync();
        Assert.True(count >= 2, "the demo dispatch has a loose line and coded pieces");
        var coded = lines.Filter(new LocatorFilterOptions { HasTextRegex = PieceCode() }).First;
        var unitCode = PieceCode().Match(await coded.InnerTextAsync()).Value;
        await ScanAsync(nurse, "receive-scan", unitCode);
        await Assertions.Expect(nurse.GetByTestId("receive-message")).ToContainTextAsync(unitCode);
        await Assertions.Expect(nurse.GetByTestId("receive-line-done")).ToHaveCountAsync(1);
        await ScanAsync(nurse, "receive-scan", unitCode);
        await Assertions.Expect(nurse.GetByTestId("receive-message")).ToContainTextAsync("不重复");
        await Assertions.Expect(nurse.GetByTestId("receive-progress")).ToContainTextAsync($"1/{count}");
        Assert.True(await nurse.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the handheld page scrolls sideways at 360 px");
        await browser.ScreenshotAsync(nurse, "distribution-receive");

        await nurse.GetByTestId("receive-sign").ClickAsync();
        await Assertions.Expect(nurse.GetByTestId("receive-signed")).ToContainTextAsync(noteNo);
        await browser.ScreenshotAsync(nurse, "distribution-receive-signed");

        await nurse.SetViewportSizeAsync(1440, 900);
        await nurse.GotoAsync($"/dispatches/{noteNo}");
        await BrowserFixture.WaitForInteractiveAsync(nurse);
        await Assertions.Expect(nurse.GetByTestId("dispatch-status-chip")).ToHaveTextAsync("已签收");
        await Assertions.Expect(nurse.GetByTestId("dispatch-times")).ToContainTextAsync("签收时间");
    }

    [Fact]
    public async Task The_warehouse_makes_a_wave_checks_the_pick_by_scan_and_dispatches_it_with_its_note()
    {
        var page = await browser.SignInAsync("warehouse");
        await page.GotoAsync("/waves");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("wave-pending-route").First).ToBeVisibleAsync();
        await page.GetByTestId("wave-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wave-grid").Locator("tbody tr.mud-table-row", new() { HasText = "拣货中" }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "distribution-waves");

        await page.GetByTestId("wave-grid").Locator("tbody tr.mud-table-row", new() { HasText = "拣货中" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/waves/BC[0-9]{12}$"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        var line = page.GetByTestId("pick-lines").Locator("tbody tr").First;
        var location = (await line.GetByTestId("pick-line-location").InnerTextAsync()).Trim();
        var itemCode = (await line.GetByTestId("pick-line-item-code").InnerTextAsync()).Trim();
        await ScanAsync(page, "pick-scan", "NO-SUCH-CODE-1");
        await Assertions.Expect(page.GetByTestId("pick-message")).ToContainTextAsync("NO-SUCH-CODE-1");
        await ScanAsync(page, "pick-scan", location);
        await Assertions.Expect(page.GetByTestId("pick-location")).ToContainTextAsync(location);
        await page.SetViewportSizeAsync(360, 740);
        await ScanAsync(page, "pick-scan", itemCode);
        await Assertions.Expect(page.GetByTestId("pick-message")).ToContainTextAsync("全部复核完毕");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the picking page scrolls sideways at 360 px");
        await browser.ScreenshotAsync(page, "distribution-wave-pda");
        await page.SetViewportSizeAsync(1440, 900);
        await browser.ScreenshotAsync(page, "distribution-wave");

        await page.GetByTestId("wave-dispatch-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dispatches/CK[0-9]{12}$"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        var noteNo = new Uri(page.Url).Segments[^1];
        var note = await page.APIRequest.GetAsync($"/dispatches/{noteNo}/note.pdf");
        Assert.Equal("application/pdf", note.Headers["content-type"]);
        await page.GetByTestId("dispatch-send").ClickAsync();
        await Input(page, "dispatch-courier").FillAsync("赵师傅");
        await page.GetByTestId("dispatch-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dispatch-status-chip")).ToHaveTextAsync("配送中");
        await Assertions.Expect(page.GetByTestId("dispatch-times")).ToContainTextAsync(new Regex("打印时间\\s*[0-9]{4}-"));
        await browser.ScreenshotAsync(page, "distribution-dispatch");

        await page.GotoAsync("/signed-notes");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await ScanAsync(page, "signed-note-code", noteNo);
        await Assertions.Expect(page.GetByTestId("signed-note-message")).ToContainTextAsync(noteNo);
        await browser.ScreenshotAsync(page, "distribution-signed-notes");

        await page.GotoAsync("/returns");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("return-accept").First.ClickAsync();
        await page.Locator(".mud-dialog .mud-button-root", new() { HasText = "接收" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByTestId("return-status-chip").First).ToHaveTextAsync("已接收");
        await browser.ScreenshotAsync(page, "distribution-returns");
    }

    [GeneratedRegex("CK[0-9]{12}")]
    private static partial Regex CheckNote();

    [GeneratedRegex("SU[0-9]{10}")]
    private static partial Regex PieceCode();
}
