using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Spd.Domain.Persistence;

/// <summary>For <c>dotnet ef migrations add … --context SqliteSpdDbContext</c>; never used at run time.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSpdDbContext>
{
    public SqliteSpdDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context SqlServerSpdDbContext</c>; no server is contacted.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSpdDbContext>
{
    public SqlServerSpdDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerSpdDbContext>().UseSqlServer("Server=localhost;Database=Spd;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
