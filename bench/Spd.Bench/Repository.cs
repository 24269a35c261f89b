namespace Spd.Bench;

internal static class Repository
{
    /// <summary>The folder of Spd.sln, above wherever this harness was built to.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Spd.sln")))
            {
                return folder.FullName;
            }
        }

        throw new BenchException($"no Spd.sln above {AppContext.BaseDirectory}; run the harness from its build output in the repository.");
    }
}
