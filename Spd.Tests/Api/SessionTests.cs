using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class SessionTests(SpdWebFactory factory)
{
    [Fact]
    public async Task A_session_idle_for_longer_than_the_timeout_is_over()
    {
        var (client, _) = await factory.SignInAsync("assistant");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/departments")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/departments")).StatusCode);
    }

    [Fact]
    public async Task Activity_within_the_timeout_keeps_the_session()
    {
        var (client, _) = await factory.SignInAsync("assistant");
        for (var step = 0; step < 3; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/departments")).StatusCode);
        }
    }

    [Theory]
    [InlineData("Sh1!a")]
    [InlineData("alllowercase1!")]
    [InlineData("ALLUPPERCASE1!")]
    [InlineData("NoDigits!!")]
    [InlineData("NoSymbols123")]
    public async Task Passwords_below_the_level_3_policy_are_refused(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SpdUser>>();

        var result = await users.CreateAsync(new SpdUser { UserName = "weak-" + Guid.NewGuid().ToString("N"), DisplayName = "x" }, password);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task An_unhandled_error_is_audited_and_answered_with_a_problem_without_details()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<AuditingExceptionHandler>(scope.ServiceProvider);
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "GET";
        context.Request.Path = "/api/v1/broken";
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("disk on fire"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        Assert.DoesNotContain("disk on fire", await new StreamReader(context.Response.Body).ReadToEndAsync());
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Error && e.Detail!.Contains("/api/v1/broken") && e.Detail.Contains("disk on fire")));
    }
}
