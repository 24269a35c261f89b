using Spd.Domain.Persistence;

namespace Spd.Tests.Domain.Persistence;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Sqlite_defaults_to_a_file_in_the_data_folder_under_the_content_root()
    {
        var options = new DatabaseOptions();

        Assert.Equal("Data Source=/srv/spd/App_Data/spd.db", options.ResolveConnectionString("/srv/spd"));
    }

    [Fact]
    public void An_explicit_connection_string_wins_for_either_provider()
    {
        Assert.Equal("Data Source=other.db", new DatabaseOptions { ConnectionString = "Data Source=other.db" }.ResolveConnectionString("/srv"));
        Assert.Equal("Server=db;Database=Spd", new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=db;Database=Spd" }.ResolveConnectionString("/srv"));
    }

    [Fact]
    public void Sql_server_without_a_connection_string_says_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DatabaseOptions { Provider = DatabaseProvider.SqlServer }.ResolveConnectionString("/srv"));

        Assert.Contains("ConnectionStrings__Spd", error.Message);
    }
}
