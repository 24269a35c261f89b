using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class SignInTests(SpdWebFactory factory)
{
    [Fact]
    public async Task A_good_password_signs_in_and_is_audited()
    {
        var (_, response) = await factory.SignInAsync("finance");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.LoginSucceeded && e.UserName == "finance"));
    }

    [Fact]
    public async Task Five_failures_within_the_window_lock_the_account_even_for_the_right_password()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (_, failed) = await factory.SignInAsync("price", "Wrong#Password1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var (_, response) = await factory.SignInAsync("price");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", page);
        Assert.Contains("锁定", page);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var attempts = await db.AuditEntries.Where(e => e.UserName == "price").OrderBy(e => e.Id).Select(e => new { e.Action, e.Detail }).ToListAsync();
        Assert.Equal(6, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(AuditAction.LoginFailed, a.Action));
        Assert.Equal(["Failed", "Failed", "Failed", "Failed", "LockedOut", "LockedOut"], attempts.Select(a => a.Detail));
    }

    [Fact]
    public async Task Failures_older_than_the_window_are_forgotten()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await factory.SignInAsync("insurance", "Wrong#Password1");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await factory.SignInAsync("insurance", "Wrong#Password1");
        var (_, response) = await factory.SignInAsync("insurance");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        var (_, unknown) = await factory.SignInAsync("nobody", "Whatever#1");
        var (_, wrong) = await factory.SignInAsync("auditor", "Whatever#1");

        var unknownPage = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        var wrongPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("用户名或密码错误", unknownPage);
        Assert.Contains("用户名或密码错误", wrongPage);
    }
}
