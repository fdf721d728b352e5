using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>An immutable snapshot of the loaded plugins, swapped as a whole on every reload.</summary>
internal sealed class PluginRegistry
{
    private static readonly int KindCount = Enum.GetValues<ChangeKind>().Max(k => (int)k) + 1;

    private readonly LoadedCheck[][] _byChange;

    public PluginRegistry(IEnumerable<LoadedPlugin> plugins)
    {
        Plugins = [.. plugins.OrderBy(p => p.Name, StringComparer.Ordinal)];
        Checks = [.. Plugins.SelectMany(p => p.Checks)];
        _byChange = new LoadedCheck[KindCount][];
        for (var k = 0; k < KindCount; k++)
        {
            var kind = (ChangeKind)k;
            // Checks that read findings last, so the engine can run the others first and hand theirs on.
            _byChange[k] = [.. Checks.Where(c => Array.IndexOf(c.Subscribes, kind) >= 0).OrderBy(c => c.ReadsFindings)];
        }
    }

    public static PluginRegistry Empty { get; } = new([]);

    public LoadedPlugin[] Plugins { get; }

    public LoadedCheck[] Checks { get; }

    /// <summary>The checks subscribed to <paramref name="kind"/>, those that read the others' findings last.</summary>
    public LoadedCheck[] For(ChangeKind kind) => (uint)kind < (uint)_byChange.Length ? _byChange[(int)kind] : [];

    public LoadedPlugin? FindPlugin(string name) => Array.Find(Plugins, p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public LoadedCheck? FindCheck(string name) => Array.Find(Checks, c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
