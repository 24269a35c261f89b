using Microsoft.Playwright;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ShellTests(BrowserFixture browser)
{
    [Fact]
    public async Task Equipment_department_sees_the_master_data_menu_and_no_audit_log()
    {
        var page = await browser.SignInAsync("equipment");

        var menu = page.GetByTestId("nav-menu");
        await Assertions.Expect(menu.Locator("a[href='/items']")).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator("a[href='/suppliers']")).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator("a[href='/audit']")).ToHaveCountAsync(0);
        await Assertions.Expect(menu.Locator("a[href='/portal/company']")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "home-equipment");
    }

    [Fact]
    public async Task A_supplier_sees_only_its_portal_and_is_refused_the_catalogue()
    {
        var page = await browser.SignInAsync("supplier");

        var menu = page.GetByTestId("nav-menu");
        await Assertions.Expect(menu.Locator("a[href='/portal/company']")).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator("a[href='/items']")).ToHaveCountAsync(0);
        await menu.Locator("a[href='/portal/company']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("supplier-certificates")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "portal-company");

        await page.GotoAsync("/items");
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_auditor_finds_sign_ins_in_the_audit_log()
    {
        var page = await browser.SignInAsync("auditor");

        await page.GetByTestId("nav-menu").Locator("a[href='/audit']").ClickAsync();
        await page.GetByTestId("audit-user").FillAsync("auditor");

        await Assertions.Expect(page.GetByTestId("audit-grid").Locator("tbody tr").Filter(new() { HasText = "登录成功" }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "audit-log");
    }

    [Fact]
    public async Task Switching_to_English_relabels_the_screens_and_back()
    {
        var page = await browser.SignInAsync("equipment");
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("物资字典");

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("lang-en").ClickAsync();

        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("Item catalogue");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        await browser.ScreenshotAsync(page, "home-english");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("lang-zh").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("物资字典");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "warehouse");
        await page.FillAsync("#password", "Not#The1Password");
        await page.ClickAsync("[data-testid=login-submit]");

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("用户名或密码错误");
        await browser.ScreenshotAsync(page, "login-error");
    }

    [Fact]
    public async Task An_idle_session_ends_and_the_login_says_why()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "finance");
        await page.FillAsync("#password", Spd.Web.Security.AccountSeeder.DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(page.GetByTestId("home-greeting")).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.Clock.FastForwardAsync("31:00");

        await Assertions.Expect(page.GetByTestId("login-idle")).ToBeVisibleAsync();
        await page.GotoAsync("/items");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
