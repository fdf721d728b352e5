namespace Platform.Checks.Scorer.Tests;

/// <summary>Finds the built plugins.</summary>
internal static class PluginFolders
{
    public static string Scorer() => BuiltIn("Platform.Checks.Scorer");

    /// <summary>A built plugin's folder in artifacts/plugins.</summary>
    public static string BuiltIn(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "artifacts", "plugins", name);
    }
}
