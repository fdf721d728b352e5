using McMaster.NETCore.Plugins;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Loads every plugin DIR/&lt;Name&gt;/&lt;Name&gt;.dll and creates its checks.</summary>
public static class PluginSet
{
    public static IReadOnlyList<IComplianceCheck> Load(string directory) =>
        [.. Directory.GetDirectories(directory).Order(StringComparer.Ordinal).SelectMany(LoadFolder)];

    /// <summary>The checks of one plugin folder &lt;Name&gt;/&lt;Name&gt;.dll; none when it holds no such file.</summary>
    public static IReadOnlyList<IComplianceCheck> LoadFolder(string folder)
    {
        var dll = Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".dll");
        if (!File.Exists(dll))
        {
            return [];
        }

        var checks = new List<IComplianceCheck>();
        var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IComplianceCheck)]);
        var assembly = loader.LoadDefaultAssembly();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (typeof(IComplianceCheck).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            {
                checks.Add((IComplianceCheck)Activator.CreateInstance(type)!);
            }
        }

        return checks;
    }
}
