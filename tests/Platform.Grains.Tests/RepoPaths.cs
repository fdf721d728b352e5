namespace Platform.Grains.Tests;

/// <summary>Finds the repository root (where Platform.sln is) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BuiltPlugin(string name) => Path.Combine(Root, "artifacts", "example-plugins", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")) || Directory.Exists(Path.Combine(dir.FullName, "plugins")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
