using System.Xml.Linq;

namespace Platform.Architecture.Tests;

/// <summary>The repository's project files, read as the build sees them.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    /// <summary>Project references of a csproj, as full paths, with their metadata.</summary>
    public static IEnumerable<(string Path, XElement Element)> ProjectReferences(string csproj)
    {
        var doc = XDocument.Load(csproj);
        var dir = Path.GetDirectoryName(csproj)!;
        return doc.Descendants("ProjectReference").Select(e => (
            Path.GetFullPath(Path.Combine(dir, e.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))),
            e));
    }

    public static IEnumerable<string> PackageReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value);

    public static string Metadata(XElement reference, string name) =>
        reference.Attribute(name)?.Value ?? reference.Element(name)?.Value ?? "";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
