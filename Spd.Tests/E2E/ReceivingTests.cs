using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class ReceivingTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>Opens the check of the next unchecked line, enters what the label and the count say, and returns the verdict shown.</summary>
    private async Task<ILocator> CheckNextLineAsync(IPage page, int row, int? arrived = null, string? screenshot = null)
    {
        var cells = page.GetByTestId("receipt-lines").Locator("tbody tr").Nth(row).Locator("td");
        var lot = (await cells.Nth(3).InnerTextAsync()).Trim();
        var expiry = (await cells.Nth(4).InnerTextAsync()).Trim();
        await page.Locator("[data-testid^=check-line-]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-dialog")).ToBeVisibleAsync();
        await Input(page, "check-lot").FillAsync(lot);
        await Input(page, "check-expiry").FillAsync(expiry);
        if (arrived is not null)
        {
            await Input(page, "check-arrived").FillAsync(arrived.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByTestId("check-preview").ClickAsync();
        var verdict = page.GetByTestId("check-verdict");
        await Assertions.Expect(verdict).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await browser.ScreenshotAsync(page, screenshot);
        }

        return verdict;
    }

    private static async Task ConfirmAsync(IPage page)
    {
        await page.GetByTestId("check-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_warehouse_receives_a_submitted_delivery_note_with_one_short_line_and_one_refused_lot()
    {
        var page = await browser.SignInAsync("warehouse");
        await page.GetByTestId("nav-menu").Locator("a[href='/receiving']").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        var waiting = page.GetByTestId("receiving-waiting").Locator("tr", new LocatorLocatorOptions { HasText = ReceivingDemoData.Courier });
        await Assertions.Expect(waiting).ToBeVisibleAsync();
        var noteNo = (await waiting.Locator("td").First.InnerTextAsync()).Trim();
        await browser.ScreenshotAsync(page, "receiving-list");

        await Input(page, "receiving-scan").FillAsync(noteNo);
        await Input(page, "receiving-scan").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(ReceiptUrl());
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("验收单 RC");
        var receiptUrl = page.Url;

        await CheckNextLineAsync(page, 0);
        await ConfirmAsync(page);

        var refused = await CheckNextLineAsync(page, 1, screenshot: "receiving-refusal");
        await Assertions.Expect(refused.GetByTestId("check-refusal")).ToContainTextAsync("近效期");
        await Assertions.Expect(page.GetByTestId("check-confirm")).ToHaveTextAsync("确认拒收");
        await ConfirmAsync(page);

        var partial = await CheckNextLineAsync(page, 2, arrived: 160);
        await Assertions.Expect(partial).ToContainTextAsync("少到 40");
        await ConfirmAsync(page);

        var rows = page.GetByTestId("receipt-lines").Locator("tbody tr");
        await Assertions.Expect(rows.Nth(0).GetByTestId("line-result")).ToContainTextAsync("验收 3");
        await Assertions.Expect(rows.Nth(1).GetByTestId("line-refusal")).ToContainTextAsync("近效期：效期");
        await Assertions.Expect(rows.Nth(1).GetByTestId("line-shelf-life")).ToContainTextAsync("须剩 12 个月");
        await Assertions.Expect(rows.Nth(2).GetByTestId("line-short")).ToContainTextAsync("少到 40");
        foreach (var close in await page.Locator(".mud-snackbar button").AllAsync())
        {
            await close.ClickAsync();
        }

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "receiving");

        await page.GetByTestId("receipt-finish").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "完成验收" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("labeling-plan")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "receiving-labeling");
        await page.GetByTestId("labeling-confirm").ClickAsync();

        var units = page.GetByTestId("receipt-units").Locator("tbody tr");
        await Assertions.Expect(units).ToHaveCountAsync(8);
        await Assertions.Expect(page.GetByTestId("receipt-status")).ToHaveTextAsync("待上架");
        await Assertions.Expect(page.GetByTestId("labels-pdf")).ToHaveAttributeAsync("href", new Regex(@"/receiving/\d+/labels\.pdf$"));
        var codes = (await units.Locator("td:first-child").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.Equal(3, codes.Count(c => c.StartsWith("SU", StringComparison.Ordinal)));
        Assert.Equal(5, codes.Count(c => c.StartsWith("SK", StringComparison.Ordinal)));
        var quantities = (await units.Locator("td:nth-child(6)").AllInnerTextsAsync()).Select(q => int.Parse(q.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var firstPiece = codes.First(c => c.StartsWith("SU", StringComparison.Ordinal));
        await Input(page, $"epc-{firstPiece}").FillAsync("3034257BF7194E4000001A85");
        await page.GetByTestId($"tag-{firstPiece}").ClickAsync();
        await Assertions.Expect(units.Filter(new LocatorFilterOptions { HasText = firstPiece })).ToContainTextAsync("3034257BF7194E4000001A85");
        await browser.ScreenshotAsync(page, "receiving-labels");

        await page.GetByTestId("receipt-putaway").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("putaway-progress")).ToHaveTextAsync("已上架 0 / 163");
        await Input(page, "putaway-location").FillAsync("L:ZXK01:A-01-01-01");
        await Input(page, "putaway-location").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("putaway-current-location")).ToHaveTextAsync("A-01-01-01");
        var done = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            await Input(page, "putaway-code").FillAsync(codes[i]);
            await Input(page, "putaway-code").PressAsync("Enter");
            done += quantities[i];
            if (i < codes.Count - 1)
            {
                await Assertions.Expect(page.GetByTestId("putaway-progress")).ToHaveTextAsync($"已上架 {done} / 163");
            }

            if (i == 3)
            {
                await browser.ScreenshotAsync(page, "putaway");
            }
        }

        await Assertions.Expect(page.GetByTestId("putaway-empty")).ToBeVisibleAsync();

        await page.GotoAsync(receiptUrl);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("receipt-status")).ToHaveTextAsync("已完成");
        await Assertions.Expect(page.GetByTestId("receipt-units")).ToContainTextAsync("A-01-01-01");
        await browser.ScreenshotAsync(page, "receiving-completed");

        await page.GotoAsync("/receiving");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var completed = page.GetByTestId("receiving-grid").Locator("tr", new LocatorLocatorOptions { HasText = noteNo });
        await Assertions.Expect(completed).ToContainTextAsync("已完成");
        await Assertions.Expect(completed).ToContainTextAsync("分钟");
        await Assertions.Expect(page.GetByTestId("receiving-waiting").Locator("tr", new LocatorLocatorOptions { HasText = noteNo })).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/receiving/\d+$")]
    private static partial Regex ReceiptUrl();
}
