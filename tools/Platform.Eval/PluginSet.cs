using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Loads every plugin DIR/&lt;Name&gt;/&lt;Name&gt;.dll and creates its checks, validated as the host does.</summary>
public static class PluginSet
{
    // The copies the plugins run from (as on the host), one folder per process, deleted when the process exits.
    private static readonly Lazy<string> ShadowRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "platform-eval", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        };
        return root;
    });

    /// <summary>
    /// The checks of every plugin folder in <paramref name="directory"/>; throws <see cref="PluginSetException"/> with the
    /// host's one-line reason for a plugin it would reject (wrong contract, missing dependency, a constructor or
    /// <c>Info</c> that throws, a check name taken by another plugin).
    /// </summary>
    public static IReadOnlyList<IComplianceCheck> Load(string directory)
    {
        var checks = new List<IComplianceCheck>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.') || !File.Exists(Path.Combine(folder, name + ".dll")))
            {
                continue;
            }

            foreach (var check in Probe(folder, Path.Combine(ShadowRoot.Value, $"{name}-{Guid.NewGuid():N}")))
            {
                if (!owners.TryAdd(check.Info.Name, name))
                {
                    throw new PluginSetException($"--plugins {folder}: rejected: check name '{check.Info.Name}' is already used by plugin {owners[check.Info.Name]}");
                }

                checks.Add(check);
            }
        }

        return checks;
    }

    /// <summary>The checks of one plugin folder &lt;Name&gt;/&lt;Name&gt;.dll; none when it holds no such file.</summary>
    public static IReadOnlyList<IComplianceCheck> LoadFolder(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        return File.Exists(Path.Combine(folder, name + ".dll"))
            ? Probe(folder, Path.Combine(ShadowRoot.Value, $"{name}-{Guid.NewGuid():N}"))
            : [];
    }

    private static IReadOnlyList<IComplianceCheck> Probe(string folder, string shadow)
    {
        var (checks, error) = PluginProbe.Load(folder, shadow);
        return error is null ? checks : throw new PluginSetException($"--plugins {folder}: rejected: {error}");
    }
}
