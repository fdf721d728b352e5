using System.Reflection;
using System.Runtime.CompilerServices;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Every <see cref="Phrases"/> set of the plugin in one <see cref="PhraseMatcher"/>, so that one pass over a folded
/// text finds the occurrences of all of them (<see cref="ScanText"/>). The sets looked for only around a detection
/// (<see cref="Phrases.Unindexed"/>) are in a second table, scanned only for a field that has a detection to check.
/// Built once, immutable after.
/// </summary>
internal static class PhraseTable
{
    private static readonly List<Phrases> Registered = [];
    private static readonly List<Phrases> RegisteredAround = [];
    private static readonly Lock Gate = new();
    private static readonly Lazy<(Table Every, Table Around)> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    private static bool s_frozen;

    /// <summary>The table of every indexed phrase set registered before the first scan.</summary>
    public static Table Current => Built.Value.Every;

    /// <summary>The table of the sets looked for only around a detection.</summary>
    public static Table Around => Built.Value.Around;

    /// <summary>
    /// Registers a set in the table scanned for every field (or, with <paramref name="around"/>, in the one scanned
    /// only when a detection is checked) and returns its id, or -1 once the tables are built (the set is then searched
    /// directly).
    /// </summary>
    public static int Register(Phrases phrases, bool around = false)
    {
        lock (Gate)
        {
            if (s_frozen)
            {
                return -1;
            }

            var registered = around ? RegisteredAround : Registered;
            registered.Add(phrases);
            return registered.Count - 1;
        }
    }

    private static (Table, Table) Build()
    {
        // Every class that declares phrase sets registers them before the tables are frozen.
        foreach (var type in typeof(PhraseTable).Assembly.GetTypes())
        {
            if (type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Any(f => f.FieldType == typeof(Phrases)))
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
        }

        Phrases[] every, around;
        lock (Gate)
        {
            s_frozen = true;
            every = [.. Registered];
            around = [.. RegisteredAround];
        }

        return (TableOf(every), TableOf(around));
    }

    private static Table TableOf(Phrases[] sets) =>
        new(new PhraseMatcher(sets.SelectMany((set, id) => set.Items.Select(phrase => (phrase, id))), wholeAsciiWords: false), sets.Length);

    /// <summary>A frozen table.</summary>
    internal sealed class Table(PhraseMatcher matcher, int setCount)
    {
        /// <summary>Finds every phrase of every set in one pass.</summary>
        public PhraseMatcher Matcher { get; } = matcher;

        /// <summary>Number of phrase sets.</summary>
        public int SetCount { get; } = setCount;
    }
}
