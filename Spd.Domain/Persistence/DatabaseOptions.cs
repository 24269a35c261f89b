namespace Spd.Domain.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Section <c>Database</c>; <c>ConnectionStrings:Spd</c> overrides the connection for either provider.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite file when no connection string is given (relative to the content root).</summary>
    public string DataFolder { get; set; } = "App_Data";

    public string? ConnectionString { get; set; }

    public string ResolveConnectionString(string contentRoot) =>
        ConnectionString is { Length: > 0 } explicitConnection
            ? explicitConnection
            : Provider switch
            {
                DatabaseProvider.Sqlite => $"Data Source={Path.Combine(Path.GetFullPath(DataFolder, contentRoot), "spd.db")}",
                _ => throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:Spd is empty. Set ConnectionStrings__Spd to the SQL Server connection string."),
            };
}
