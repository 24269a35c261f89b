using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

public static class DatabaseSetup
{
    public static void AddSpdDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (builder.Configuration.GetConnectionString("Spd") is { Length: > 0 } connectionString)
        {
            options.ConnectionString = connectionString;
        }

        var connection = options.ResolveConnectionString(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BusinessCalendar>();
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddSingleton<ChangeStampInterceptor>();
        builder.Services.AddScoped<AuditSaveChangesInterceptor>();
        // The change stamp runs first so that the audit line records it.
        builder.Services.AddScoped<IDbContextFactory<SpdDbContext>>(services => new SpdDbContextFactory(
            options.Provider, connection, [services.GetRequiredService<ChangeStampInterceptor>(), services.GetRequiredService<AuditSaveChangesInterceptor>()]));
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContext());
        builder.Services.AddKeyedSingleton<IDbContextFactory<SpdDbContext>>(Unaudited, (services, _) =>
            new SpdDbContextFactory(options.Provider, connection, [services.GetRequiredService<ChangeStampInterceptor>()]));
    }

    /// <summary>A factory without the audit interceptor, for bulk seeding only (one audit line records the seed).</summary>
    public const string Unaudited = "unaudited";

    /// <summary>Applies pending migrations, then the seed profile, demo accounts and the bootstrap administrator.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        var options = services.GetRequiredService<DatabaseOptions>();
        services.GetRequiredService<AuditActor>().Set(FixedAuditActor.System.UserName, null);

        await using (var db = await services.GetRequiredService<IDbContextFactory<SpdDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // Readers do not block the writer in WAL mode: the cockpit reads while receiving writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        await AccountSeeder.EnsureRolesAsync(services);

        var seed = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value;
        var profile = seed.Profile;
        if (profile != SeedProfile.None)
        {
            if (await SeedHospitalAsync(services, profile, logger) && seed.HistoryMonths > 0)
            {
                await WriteHistoryAsync(services, seed, logger);
            }

            await AccountSeeder.EnsureDemoAccountsAsync(services);
            await AdmissionDemoSeeder.SeedAsync(services);
            await CertificateDemoData.EnsureAsync(services);
            await PortalDemoData.EnsureAsync(services);
            await RecallDemoData.EnsureAsync(services);
            await ReceivingDemoData.EnsureAsync(services);
            await StocktakeDemoData.EnsureAsync(services);
            await DepartmentSupplyDemoData.EnsureAsync(services);
            await OperationsDemoData.EnsureAsync(services);
            await LabelDemoData.EnsureAsync(services);
            await DistributionDemoData.EnsureAsync(services);
            await ClinicalDemoData.EnsureAsync(services);
            await SurgeryDemoData.EnsureAsync(services);
        }

        await AccountSeeder.EnsureBootstrapAdminAsync(services, app.Configuration, logger);
    }

    /// <summary>The demo's past: months of purchasing, receiving, dispatch, stocktakes and a recall, through the domain services.</summary>
    private static async Task WriteHistoryAsync(IServiceProvider services, SeedOptions seed, ILogger logger)
    {
        var factory = services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(Unaudited);
        var calendar = services.GetRequiredService<BusinessCalendar>();
        logger.LogInformation("Writing {Months} months of warehouse history (first start only)…", seed.HistoryMonths);
        var report = await new WarehouseHistory(factory.CreateDbContext, new WarehouseHistoryOptions(seed.HistoryMonths, seed.HistoryItemsPerCentral))
            .RunAsync(calendar.Today);
        await using var db = await factory.CreateDbContextAsync();
        await AuditSeedAsync(db, calendar, $"Warehouse history: {report}");
        logger.LogInformation("Warehouse history written: {Report}", report);
    }

    /// <returns>True when the hospital was seeded now (an empty database).</returns>
    private static async Task<bool> SeedHospitalAsync(IServiceProvider services, SeedProfile profile, ILogger logger)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(Unaudited).CreateDbContextAsync();
        if (await db.Campuses.AnyAsync())
        {
            // Seeded before: skip generating a hospital that would only be thrown away (0.2–0.4 s per start).
            return false;
        }

        var data = HospitalGenerator.Generate(profile, calendar.Today);
        if (await HospitalSeeder.SeedAsync(db, data))
        {
            await AuditSeedAsync(db, calendar,
                $"Seed profile {profile}: {data.Departments.Count} departments, {data.Warehouses.Count} warehouses, {data.Suppliers.Count} suppliers, {data.Items.Count} items.");
            logger.LogInformation("Seeded the {Profile} hospital: {Items} items.", profile, data.Items.Count);
            return true;
        }

        return false;
    }

    /// <summary>Seeding bypasses the audit interceptor; one line records what it wrote.</summary>
    private static async Task AuditSeedAsync(SpdDbContext db, BusinessCalendar calendar, string detail)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = calendar.UtcNow,
            UserName = FixedAuditActor.System.UserName,
            Action = AuditAction.Seed,
            Detail = detail,
        });
        await db.SaveChangesAsync();
    }
}
