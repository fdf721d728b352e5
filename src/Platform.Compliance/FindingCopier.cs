using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// Re-homes what a check returned into host-owned collections, so that a verdict kept by a grain (or serialized)
/// never holds a plugin-defined type, such as the list a collection expression compiles to inside the plugin.
/// </summary>
internal static class FindingCopier
{
    private static readonly System.Reflection.Assembly CoreLibrary = typeof(object).Assembly;

    public static IReadOnlyList<Finding> Own(IReadOnlyList<Finding>? findings)
    {
        if (findings is null || findings.Count == 0)
        {
            return [];
        }

        var copy = new Finding[findings.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var f = findings[i] ?? throw new InvalidOperationException("a check returned a null finding");
            copy[i] = IsHostOwned(f.Evidence) && IsHostOwned(f.Effects)
                ? f
                : f with { Evidence = [.. f.Evidence ?? []], Effects = [.. f.Effects ?? []] };
        }

        return copy;
    }

    private static bool IsHostOwned<T>(IReadOnlyList<T>? list) =>
        list is not null && (list is T[] || list.GetType().Assembly == CoreLibrary);
}
