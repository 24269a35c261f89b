using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Tests.Api;

public sealed class ProductionStartTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-prod-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private WebApplicationFactory<Program> Production(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Spd", $"Data Source={Path.Combine(folder.FullName, "prod.db")}");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Production_seeds_no_hospital_and_no_credentials()
    {
        await using var app = Production();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.ApiKeys.CountAsync());
        Assert.Equal(0, await db.Items.CountAsync());
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task The_first_administrator_comes_from_configuration()
    {
        await using var app = Production(("Bootstrap:AdminUser", "root"), ("Bootstrap:AdminPassword", "First#Admin2026"));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SpdUser>>();

        var admin = await users.FindByNameAsync("root");

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "First#Admin2026"));
        Assert.Equal(1, await users.Users.CountAsync());
    }

    [Fact]
    public void A_bootstrap_user_without_a_password_stops_the_start_with_the_reason()
    {
        using var app = Production(("Bootstrap:AdminUser", "root"));

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Bootstrap:AdminPassword", error.ToString());
    }
}
