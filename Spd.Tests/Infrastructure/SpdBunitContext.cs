using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Web.Localization;

namespace Spd.Tests.Infrastructure;

/// <summary>bUnit with MudBlazor, our localisation (Chinese by default), loose JS interop and a real SQLite database.</summary>
public abstract class SpdBunitContext : BunitContext, IAsyncLifetime
{
    protected SpdBunitContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(LocalizationSetup.Chinese);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, SpdMudLocalizer>();
        Services.AddSingleton<TimeProvider>(Database.Clock);
        Services.AddSingleton<BusinessCalendar>();
        Services.AddSingleton<IDbContextFactory<SpdDbContext>>(new TestContextFactory(Database));
        Authorization = AddAuthorization();
    }

    protected TestDatabase Database { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor registers services that only dispose asynchronously, so xUnit disposes the context this way.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }

    private sealed class TestContextFactory(TestDatabase database) : IDbContextFactory<SpdDbContext>
    {
        public SpdDbContext CreateDbContext() => database.Create();
    }
}
