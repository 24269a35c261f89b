using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Spd.Tests.Infrastructure;

/// <summary>
/// The real Spd.Web on a free loopback port with its own SQLite file and the demo hospital,
/// driven through Playwright by Debian's Chromium (its own browser download cannot work here).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-e2e-");
    private readonly List<string> appOutput = [];
    private Process? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var web = Path.Combine(RepositoryRoot.Path, "Spd.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration, "net10.0", "Spd.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", web])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Spd"] = $"Data Source={Path.Combine(folder.FullName, "spd.db")}",
                ["Seed__Profile"] = "Demo",
                ["Seed__HistoryMonths"] = "0",
                ["Certificates__StorageFolder"] = Path.Combine(folder.FullName, "certificates"),
            },
        };
        app = Process.Start(start) ?? throw new InvalidOperationException("Could not start Spd.Web.");
        app.OutputDataReceived += (_, e) => Capture(e.Data);
        app.ErrorDataReceived += (_, e) => Capture(e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        await WaitForHealthAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies), Chinese by default, at desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignInAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", Spd.Web.Security.AccountSeeder.DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForSelectorAsync("[data-testid=home-greeting]");
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered markup shows before the circuit connects; clicks only work after.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.interactive === 'true'");

    /// <summary>
    /// Opens a grid row's page. A row can be on screen (prerendered, or kept by an enhanced navigation) a moment
    /// before its click handler is, so the click is repeated until the address changes; opening a page twice is harmless.
    /// </summary>
    public static async Task OpenRowAsync(IPage page, ILocator row, System.Text.RegularExpressions.Regex url)
    {
        for (var attempt = 1; ; attempt++)
        {
            await row.ClickAsync();
            try
            {
                // Polls the address, so a client-side navigation counts as soon as it happens.
                await Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3 && !url.IsMatch(page.Url))
            {
                // The click came before the handler: click again.
            }
        }
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is { HasExited: false })
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        app?.Dispose();
        folder.Delete(recursive: true);
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (appOutput)
            {
                appOutput.Add(line);
            }
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (app!.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        lock (appOutput)
        {
            throw new InvalidOperationException("Spd.Web did not become healthy:\n" + string.Join('\n', appOutput.TakeLast(40)));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
