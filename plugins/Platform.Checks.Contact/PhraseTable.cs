using System.Reflection;
using System.Runtime.CompilerServices;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Every <see cref="Phrases"/> set of the plugin in one table, so that one pass over a folded text finds the
/// occurrences of all of them (<see cref="ScanText"/>): at each text position one table read gives the one-char
/// phrase, and one hashed read of the position's two chars gives the (usually empty) bucket of longer phrases that
/// could start there. Built once, immutable after.
/// </summary>
internal static class PhraseTable
{
    private static readonly List<Phrases> Registered = [];
    private static readonly Lock Gate = new();
    private static readonly Lazy<Table> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    private static bool s_frozen;

    /// <summary>The table of every phrase set registered before the first scan.</summary>
    public static Table Current => Built.Value;

    /// <summary>Registers a set and returns its id, or -1 once the table is built (the set is then searched directly).</summary>
    public static int Register(Phrases phrases)
    {
        lock (Gate)
        {
            if (s_frozen)
            {
                return -1;
            }

            Registered.Add(phrases);
            return Registered.Count - 1;
        }
    }

    private static Table Build()
    {
        // Every class that declares phrase sets registers them before the table is frozen.
        foreach (var type in typeof(PhraseTable).Assembly.GetTypes())
        {
            if (type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Any(f => f.FieldType == typeof(Phrases)))
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
        }

        Phrases[] sets;
        lock (Gate)
        {
            s_frozen = true;
            sets = [.. Registered];
        }

        var byPhrase = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < sets.Length; id++)
        {
            foreach (var phrase in sets[id].Items)
            {
                if (!byPhrase.TryGetValue(phrase, out var ids))
                {
                    ids = [];
                    byPhrase[phrase] = ids;
                }

                ids.Add(id);
            }
        }

        var entries = byPhrase.Select(kv => new Entry(kv.Key, [.. kv.Value])).ToArray();
        var singles = entries.Where(e => e.Phrase.Length == 1).ToDictionary(e => e.Phrase[0]);
        var singleBits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in singles.Keys)
        {
            singleBits[c >> 6] |= 1UL << (c & 63);
        }

        var byPair = new Entry[]?[PairBuckets];
        foreach (var group in entries.Where(e => e.Phrase.Length > 1).GroupBy(e => PairHash(e.Phrase[0], e.Phrase[1])))
        {
            byPair[group.Key] = [.. group.OrderBy(e => e.Phrase, StringComparer.Ordinal)];
        }

        var pairBits = new ulong[PairBuckets / 64];
        for (var h = 0; h < PairBuckets; h++)
        {
            if (byPair[h] is not null)
            {
                pairBits[h >> 6] |= 1UL << (h & 63);
            }
        }

        return new Table(singleBits, singles, pairBits, byPair, sets.Length);
    }

    /// <summary>Number of buckets of phrases by their first two chars.</summary>
    public const int PairBuckets = 1 << 13;

    /// <summary>Bucket of a phrase's first two chars (or of a text position and the char after it).</summary>
    public static int PairHash(char first, char second) => ((first * 0x9E37) ^ second) & (PairBuckets - 1);

    /// <summary>One phrase and the sets it belongs to.</summary>
    internal sealed record Entry(string Phrase, int[] SetIds)
    {
        /// <summary>The phrase's first chars, for a one-compare test.</summary>
        public PhrasePrefix Prefix { get; } = new(Phrase);
    }

    /// <summary>The frozen table.</summary>
    internal sealed class Table(ulong[] singleBits, Dictionary<char, Entry> singles, ulong[] pairBits, Entry[]?[] byPair, int setCount)
    {
        /// <summary>One bit per char: whether a one-char phrase is that char (8 KB, where a table of entries would take 512 KB of cache).</summary>
        public ulong[] SingleBits { get; } = singleBits;

        /// <summary>The one-char phrases by char.</summary>
        public Dictionary<char, Entry> Singles { get; } = singles;

        /// <summary>One bit per <see cref="PairHash"/>: whether its bucket has phrases (1 KB, read before the 64 KB bucket table).</summary>
        public ulong[] PairBits { get; } = pairBits;

        /// <summary>Longer phrases by <see cref="PairHash"/> of their first two chars (colliding pairs share a bucket).</summary>
        public Entry[]?[] ByPair { get; } = byPair;

        /// <summary>Number of phrase sets.</summary>
        public int SetCount { get; } = setCount;
    }
}
