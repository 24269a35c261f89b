using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Spd.Domain.Persistence;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Persistence;

public sealed class MigrationTests
{
    private static SqlServerSpdDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerSpdDbContext>()
            .UseSqlServer("Server=unused;Database=Spd;Trusted_Connection=True;TrustServerCertificate=True").Options);

    [Fact]
    public void Sqlite_migrations_cover_the_whole_model()
    {
        using var database = new TestDatabase();
        using var db = database.CreateUnaudited();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> -p Spd.Domain -s Spd.Domain --context SqliteSpdDbContext -o Persistence/Migrations/Sqlite");
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void Sql_server_migrations_cover_the_whole_model()
    {
        using var db = SqlServer();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> -p Spd.Domain -s Spd.Domain --context SqlServerSpdDbContext -o Persistence/Migrations/SqlServer");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServer();
        using var database = new TestDatabase();
        using var sqlite = database.CreateUnaudited();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void Sql_server_script_in_the_database_folder_is_current()
    {
        using var db = SqlServer();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var path = Path.Combine(RepositoryRoot.Path, "database", "sqlserver", "schema.sql");

        Assert.True(File.Exists(path), $"{path} is missing: run tools/update-sqlserver-script.sh");
        Assert.True(
            Normalise(File.ReadAllText(path)) == Normalise(expected),
            "database/sqlserver/schema.sql is out of date: run tools/update-sqlserver-script.sh");
    }

    private static string Normalise(string script) => script.Replace("\r\n", "\n").Trim().TrimStart('\uFEFF');
}
