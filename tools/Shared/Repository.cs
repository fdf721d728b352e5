namespace Platform.Tools;

/// <summary>Where a measuring tool finds the repository it was built from (for artifacts/ and the shared corpus).</summary>
internal static class Repository
{
    /// <summary>The nearest folder above the tool's binaries that holds <c>Platform.sln</c>; null when there is none.</summary>
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
