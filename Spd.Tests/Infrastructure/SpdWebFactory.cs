using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Spd.Web.Security;

namespace Spd.Tests.Infrastructure;

/// <summary>The real app in memory on its own SQLite file, seeded with the demo hospital; shared by a test collection.</summary>
public sealed partial class SpdWebFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-web-");

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Spd", $"Data Source={Path.Combine(folder.FullName, "spd.db")}");
        builder.UseSetting("Seed:Profile", "Demo");
        // The months of demo warehouse history take a while to write and have a test of their own (WarehouseHistoryTests).
        builder.UseSetting("Seed:HistoryMonths", "0");
        builder.UseSetting("Certificates:StorageFolder", Path.Combine(folder.FullName, "certificates"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient CreateApiClient(string? apiKey = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, apiKey);
        }

        return client;
    }

    /// <summary>Signs in through the real login form (antiforgery token and all) and returns a client holding the cookie.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string userName, string password = AccountSeeder.DemoPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        return (client, response);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory is disposed both synchronously and asynchronously; the folder goes once.
        if (disposing && Directory.Exists(folder.FullName))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SpdWebFactory>
{
    public const string Name = "web";
}
