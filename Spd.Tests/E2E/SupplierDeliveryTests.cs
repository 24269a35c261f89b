using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class SupplierDeliveryTests(BrowserFixture browser)
{
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_supplier_confirms_the_delivery_date_enters_lots_for_both_lines_and_submits_the_delivery_note()
    {
        var page = await browser.SignInAsync("supplier");
        await page.GetByTestId("nav-menu").Locator("a[href='/portal/orders']").ClickAsync();
        var order = page.GetByTestId("orders-grid").Locator("tbody tr.mud-table-row").First;
        await Assertions.Expect(order).ToContainTextAsync("PO");
        await browser.ScreenshotAsync(page, "portal-orders");

        // The demo order (PortalDemoData) is published with two lines.
        await order.ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("order-line")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync(page, "portal-order-published");
        await page.GetByTestId("order-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-confirmed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("order-status-chip")).ToHaveAttributeAsync("data-status", "Confirmed");

        await page.GetByTestId("order-new-note").ClickAsync();
        await Assertions.Expect(page.GetByTestId("note-draft-hint")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("note-lines-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("note-submit")).ToHaveCountAsync(0);

        var addButtons = page.GetByTestId("note-add-line");
        await Assertions.Expect(addButtons).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await addButtons.Nth(i).ClickAsync();
            await Assertions.Expect(page.GetByTestId("line-dialog")).ToBeVisibleAsync();
            await Input(page, "line-production").FillAsync(Date(DateTime.Today.AddMonths(-2)));
            await Input(page, "line-expiry").FillAsync(Date(DateTime.Today.AddYears(2)));
            await Input(page, "line-lot").FillAsync($"E2E-LOT-{i + 1}");
            if (i == 0)
            {
                await browser.ScreenshotAsync(page, "portal-delivery-line-dialog");
            }

            await page.GetByTestId("line-save").ClickAsync();
            await Assertions.Expect(page.GetByTestId("line-dialog")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("note-line")).ToHaveCountAsync(i + 1);
        }

        await Assertions.Expect(page.GetByTestId("note-lines")).ToContainTextAsync("E2E-LOT-2");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "portal-delivery-note-draft");

        await page.GetByTestId("note-submit").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "提交配送单" }).ClickAsync();

        var submitted = page.GetByTestId("note-submitted");
        await Assertions.Expect(submitted).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("note-status-chip")).ToHaveAttributeAsync("data-status", "Submitted");
        var number = NoteNumber().Match(await submitted.InnerTextAsync()).Value;
        Assert.Matches(NoteNumber(), number);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(page.GetByTestId("note-print")).ToHaveAttributeAsync("href", new Regex("/api/v1/delivery-notes/DN\\d{12}/pdf$"));
        await Assertions.Expect(page.GetByTestId("note-add-line")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "portal-delivery-note");

        await page.GetByTestId("note-order-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-note")).ToContainTextAsync(number);
        await Assertions.Expect(page.GetByTestId("order-line-to-deliver").First).ToHaveTextAsync("0");

        // Nothing received yet: the supplier may flag a line short and withdraw the flag again.
        await page.GetByTestId("order-line-flag").Last.ClickAsync();
        await Input(page, "action-text").FillAsync("部分批次运输破损，补发预计三天");
        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-line-short")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("order-lines")).ToContainTextAsync("部分批次运输破损");
        await browser.ScreenshotAsync(page, "portal-order-delivered");
        await page.GetByTestId("order-line-unflag").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "取消缺货" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-line-short")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("order-lines")).ToContainTextAsync("缺货已于");

        await page.GetByTestId("nav-menu").Locator("a[href='/portal/delivery-notes']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notes-grid")).ToContainTextAsync(number);
        await browser.ScreenshotAsync(page, "portal-delivery-notes");
    }

    [GeneratedRegex(@"DN\d{12}")]
    private static partial Regex NoteNumber();
}
