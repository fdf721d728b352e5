namespace Platform.Checks.Scorer.Tests;

/// <summary>Finds the built scorer plugin.</summary>
internal static class PluginFolders
{
    public static string Scorer()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "artifacts", "plugins", "Platform.Checks.Scorer");
    }
}
