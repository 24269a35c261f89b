using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ConsumeTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_nurse_consumes_a_pack_on_the_pda_screen_at_360_pixels()
    {
        var page = await browser.SignInAsync("nurse");
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/pda/consume");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var scan = page.Locator("input[data-testid=consume-scan], [data-testid=consume-scan] input").First;
        await Assertions.Expect(scan).ToBeFocusedAsync();

        await scan.FillAsync(ClinicalDemoData.PackCode(0));
        await scan.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("consume-feedback")).ToContainTextAsync("已消耗");
        await Assertions.Expect(page.GetByTestId("consume-row")).ToContainTextAsync(ClinicalDemoData.PackCode(0));
        await Assertions.Expect(scan).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");
        await browser.ScreenshotAsync(page, "consume-pda-360");

        await scan.FillAsync(ClinicalDemoData.PackCode(0));
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("consume-feedback")).ToContainTextAsync("已于");
        await Assertions.Expect(page.GetByTestId("consume-feedback")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-alert-filled-error"));
        await browser.ScreenshotAsync(page, "consume-pda-360-refused");

        var patient = ClinicalDemoData.Patients[0];
        await page.GetByTestId("consume-orders-toggle").ClickAsync();
        await page.GetByTestId("consume-order").Filter(new() { HasText = patient.PatientNo }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("consume-patient-name")).ToHaveTextAsync(patient.Name);
        await scan.FillAsync(ClinicalDemoData.ImplantCode(2 * ClinicalDemoData.ImplantsPerItem));
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("consume-feedback")).ToContainTextAsync("已生成计费");
        await browser.ScreenshotAsync(page, "consume-pda-360-implant");

        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync("/clinical/consumptions");
        await Assertions.Expect(page.GetByTestId("consumptions-grid")).ToContainTextAsync(patient.Name);
        await browser.ScreenshotAsync(page, "consumptions");
        await page.GotoAsync("/clinical/charges");
        await Assertions.Expect(page.GetByTestId("charges-grid")).ToContainTextAsync("已计费");
        await browser.ScreenshotAsync(page, "charges");
    }
}
