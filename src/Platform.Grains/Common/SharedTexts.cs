using System.Collections.Concurrent;

namespace Platform.Grains.Common;

/// <summary>
/// One instance of a text that many stored records hold alike, instead of a copy per record: ids numbered within their
/// thread (<c>m3</c>, <c>p1</c>), the history's sentences about them, codes of a fixed list (a job's category and budget
/// kind). Each request builds or reads such a text anew; kept in grain state, every copy survives the young collections
/// and is moved twice (docs/benchmarks.md, "What the grains keep per request"). The kept instance is equal to the text
/// given, so nothing shown or stored differs; at most <see cref="MaxKept"/> texts are kept, later ones are returned as
/// they are. Never for a user's own words: they are neither a fixed list nor bounded.
/// </summary>
internal static class SharedTexts
{
    /// <summary>The most texts kept (a few MB at most): past it a text is returned as given.</summary>
    public const int MaxKept = 1 << 16;

    private static readonly ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>The kept instance equal to <paramref name="text"/>, keeping it when it is the first.</summary>
    public static string Of(string text)
    {
        if (Kept.TryGetValue(text, out var kept))
        {
            return kept;
        }

        if (Volatile.Read(ref _count) >= MaxKept)
        {
            return text;
        }

        kept = Kept.GetOrAdd(text, text);
        if (ReferenceEquals(kept, text))
        {
            Interlocked.Increment(ref _count);
        }

        return kept;
    }

    /// <summary>
    /// <paramref name="id"/> as the record that holds it already keeps it (<paramref name="first"/> or <paramref name="second"/>,
    /// e.g. a contract's parties): a request's copy of an id is not kept beside the stored one.
    /// </summary>
    public static string Party(string id, string first, string second) =>
        id == first ? first : id == second ? second : id;
}
