using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Spd.Domain.Persistence;

/// <summary>
/// Creates the provider's context. One context per operation (Blazor Server never keeps one
/// for a circuit); the interceptors are those of the caller's scope, so audit lines carry
/// the right user and address.
/// </summary>
public sealed class SpdDbContextFactory : IDbContextFactory<SpdDbContext>
{
    private readonly DatabaseProvider provider;
    private readonly DbContextOptions options;

    public SpdDbContextFactory(DatabaseProvider provider, string connectionString, IEnumerable<IInterceptor> interceptors)
    {
        this.provider = provider;
        options = provider switch
        {
            DatabaseProvider.Sqlite => Configure(new DbContextOptionsBuilder<SqliteSpdDbContext>(), provider, connectionString)
                .AddInterceptors(interceptors).Options,
            DatabaseProvider.SqlServer => Configure(new DbContextOptionsBuilder<SqlServerSpdDbContext>(), provider, connectionString)
                .AddInterceptors(interceptors).Options,
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public SpdDbContext CreateDbContext() => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteSpdDbContext((DbContextOptions<SqliteSpdDbContext>)options),
        _ => new SqlServerSpdDbContext((DbContextOptions<SqlServerSpdDbContext>)options),
    };

    public static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DatabaseProvider provider, string connectionString)
        where T : DbContext
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(connectionString);
                builder.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString);
                break;
        }

        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (file is { Length: > 0 } && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
