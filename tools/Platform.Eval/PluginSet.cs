using McMaster.NETCore.Plugins;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Loads every plugin DIR/&lt;Name&gt;/&lt;Name&gt;.dll and creates its checks.</summary>
public static class PluginSet
{
    public static IReadOnlyList<IComplianceCheck> Load(string directory)
    {
        var checks = new List<IComplianceCheck>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var dll = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (!File.Exists(dll))
            {
                continue;
            }

            var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IComplianceCheck)]);
            var assembly = loader.LoadDefaultAssembly();
            foreach (var type in assembly.GetExportedTypes())
            {
                if (typeof(IComplianceCheck).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
                {
                    checks.Add((IComplianceCheck)Activator.CreateInstance(type)!);
                }
            }
        }

        return checks;
    }
}
