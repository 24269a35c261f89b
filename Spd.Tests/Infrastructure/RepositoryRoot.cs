namespace Spd.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Spd.sln, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Spd.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Spd.sln was not found above " + AppContext.BaseDirectory);
    }
}
