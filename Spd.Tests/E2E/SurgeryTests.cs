using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SurgeryTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_nurse_records_the_implant_used_and_the_surgeon_and_nurse_double_sign_before_the_charge_goes_to_HIS()
    {
        var page = await browser.SignInAsync("nurse");
        await page.GotoAsync("/clinical/surgeries");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var row = page.GetByTestId("surgeries-grid").Locator("tbody tr").Filter(new() { HasText = SurgeryDemoData.TodayNo });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "surgeries");
        await BrowserFixture.OpenRowAsync(page, row, new System.Text.RegularExpressions.Regex("/clinical/surgeries/[0-9]+$"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        var pieces = page.GetByTestId("surgery-pieces").Locator("tbody tr");
        await Assertions.Expect(pieces).ToHaveCountAsync(SurgeryDemoData.Pieces);
        await Assertions.Expect(page.GetByTestId("surgery-status")).ToHaveAttributeAsync("data-status", "Confirmed");

        var code = (await pieces.First.Locator("td").First.TextContentAsync())!.Trim();
        var used = page.Locator("[data-testid=surgery-used] input, input[data-testid=surgery-used]").First;
        await used.FillAsync(code);
        await used.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("surgery-charges").Locator("tbody tr")).ToHaveAttributeAsync("data-charge-status", "Held");
        await Assertions.Expect(pieces.First).ToHaveAttributeAsync("data-status", "Used");

        await SignAsync(page, "Nurse", "nurse");
        await Assertions.Expect(page.GetByTestId("signature-Nurse").GetByTestId("signature-done")).ToContainTextAsync("nurse");
        await Assertions.Expect(page.GetByTestId("surgery-charges").Locator("tbody tr")).ToHaveAttributeAsync("data-charge-status", "Held");

        await page.GetByTestId("sign-Surgeon").ClickAsync();
        await Field(page, "signature-user").FillAsync("nurse");
        await Field(page, "signature-password").FillAsync(AccountSeeder.DemoPassword);
        await page.GetByTestId("signature-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signature-error")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "surgery-sign-refused");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await SignAsync(page, "Surgeon", "doctor");
        await Assertions.Expect(page.GetByTestId("surgery-status")).ToHaveAttributeAsync("data-status", "Signed");
        await Assertions.Expect(page.GetByTestId("surgery-charges").Locator("tbody tr")).ToHaveAttributeAsync("data-charge-status", "Ready");
        await browser.ScreenshotAsync(page, "surgery-signed");

        await page.GetByTestId("surgery-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("surgery-status")).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(page.Locator("[data-testid=surgery-pieces] tbody tr[data-status=Returned]")).ToHaveCountAsync(SurgeryDemoData.Pieces - 1);
    }

    private static ILocator Field(IPage page, string testId) => page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    private static async Task SignAsync(IPage page, string role, string user)
    {
        await page.GetByTestId($"sign-{role}").ClickAsync();
        await Field(page, "signature-user").FillAsync(user);
        await Field(page, "signature-password").FillAsync(AccountSeeder.DemoPassword);
        await page.GetByTestId("signature-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signature-dialog")).ToHaveCountAsync(0);
    }
}
