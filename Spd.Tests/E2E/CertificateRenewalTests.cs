using Microsoft.Playwright;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CertificateRenewalTests(BrowserFixture browser)
{
    private static ILocator Field(IPage page, string testId) => page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    [Fact]
    public async Task A_supplier_uploads_a_renewal_and_the_equipment_department_approves_it()
    {
        var supplier = await browser.SignInAsync("supplier");
        await supplier.GetByTestId("nav-menu").Locator("a[href='/portal/certificates']").ClickAsync();
        var businessLicence = supplier.GetByTestId("certificate-row").Filter(new() { HasText = "营业执照" }).First;
        await businessLicence.GetByTestId("certificate-renew").ClickAsync();

        await Assertions.Expect(supplier.GetByTestId("certificate-dialog")).ToBeVisibleAsync();
        await Field(supplier, "certificate-number").FillAsync("E2E-RENEWAL-001");
        await Field(supplier, "certificate-from").FillAsync("2027-01-01");
        await Field(supplier, "certificate-until").FillAsync("2046-12-31");
        await supplier.Locator("input[type=file][data-testid=certificate-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "营业执照-2027.pdf",
            MimeType = "application/pdf",
            Buffer = CertificateDemoData.Pdf("E2E renewal"),
        });
        await browser.ScreenshotAsync(supplier, "portal-renewal-dialog");
        await supplier.GetByTestId("certificate-save").ClickAsync();

        var pending = supplier.GetByTestId("certificate-row").Filter(new() { HasText = "E2E-RENEWAL-001" });
        await Assertions.Expect(pending).ToHaveAttributeAsync("data-status", "PendingReview");
        await Assertions.Expect(pending).ToContainTextAsync("营业执照-2027.pdf");
        await browser.ScreenshotAsync(supplier, "portal-certificates");

        var equipment = await browser.SignInAsync("equipment");
        await equipment.GetByTestId("nav-menu").Locator("a[href='/certificates/reviews']").ClickAsync();
        var renewal = equipment.Locator("[data-testid=renewal-row][data-number=E2E-RENEWAL-001]");
        await Assertions.Expect(renewal).ToBeVisibleAsync();
        await browser.ScreenshotAsync(equipment, "certificate-reviews");
        await renewal.GetByTestId("renewal-approve").ClickAsync();
        await equipment.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(renewal).ToHaveCountAsync(0);

        await supplier.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(supplier);
        await Assertions.Expect(supplier.GetByTestId("certificate-row").Filter(new() { HasText = "E2E-RENEWAL-001" })).ToHaveAttributeAsync("data-status", "Approved");
    }

    [Fact]
    public async Task The_equipment_department_runs_the_expiry_check_and_reads_the_warnings()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GetByTestId("nav-menu").Locator("a[href='/notifications']").ClickAsync();
        await page.GetByTestId("run-expiry-job").ClickAsync();

        await Assertions.Expect(page.GetByTestId("notification-row").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "notifications");

        await page.GetByTestId("notification-row").First.GetByTestId("notification-mark-read").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification-row").First).ToContainTextAsync("已读");
    }

    [Fact]
    public async Task The_equipment_department_adds_an_evaluation_once_per_period()
    {
        var page = await browser.SignInAsync("equipment");
        await page.GotoAsync("/suppliers/1");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("eligibility")).ToBeVisibleAsync();
        var rows = page.GetByTestId("evaluation-row");
        await Assertions.Expect(rows).ToHaveCountAsync(8);
        await browser.ScreenshotAsync(page, "supplier-management");

        // The demo already evaluated the last quarter, which the form proposes.
        await page.GetByTestId("evaluation-add").ClickAsync();
        await page.GetByTestId("evaluation-save").ClickAsync();
        await Assertions.Expect(page.GetByText("该期间已有评价。")).ToBeVisibleAsync();

        await page.GotoAsync("/suppliers/20");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(rows).ToHaveCountAsync(0);
        await page.GetByTestId("evaluation-add").ClickAsync();
        await Field(page, "score-quality").FillAsync("88");
        await page.GetByTestId("evaluation-save").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "supplier-evaluation-added");
    }

    [Fact]
    public async Task A_supplier_sees_its_items_and_notifications_in_the_portal()
    {
        var page = await browser.SignInAsync("supplier");
        await page.GetByTestId("nav-menu").Locator("a[href='/portal/items']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("my-items-grid").Locator("tbody tr.mud-table-row").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "portal-items");

        await page.GetByTestId("nav-menu").Locator("a[href='/portal/notifications']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notifications")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "portal-notifications");
    }
}
