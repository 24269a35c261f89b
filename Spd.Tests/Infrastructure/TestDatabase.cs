using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Tests.Infrastructure;

/// <summary>
/// A real SQLite database in memory, created by the real migrations (so triggers and
/// constraints are those of production). The connection stays open for the life of the test.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public TestDatabase()
    {
        connection.Open();
        using var db = CreateUnaudited();
        db.Database.Migrate();
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));

    public SqliteConnection Connection => connection;

    /// <summary>A context whose saves are audited as the given actor.</summary>
    public SpdDbContext Create(IAuditActor? actor = null) =>
        new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new ChangeStampInterceptor(Clock), new AuditSaveChangesInterceptor(actor ?? new FixedAuditActor("tester", "127.0.0.1"), Clock))
            .Options);

    public SpdDbContext CreateUnaudited() =>
        new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new ChangeStampInterceptor(Clock))
            .Options);

    public void Dispose() => connection.Dispose();
}
