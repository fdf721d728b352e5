using System.Reflection;
using System.Runtime.CompilerServices;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Every <see cref="Phrases"/> set of the plugin in one <see cref="PhraseMatcher"/>, so that one pass over a folded
/// text finds the occurrences of all of them (<see cref="ScanText"/>). Built once, immutable after.
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

        return new Table(new PhraseMatcher(sets.SelectMany((set, id) => set.Items.Select(phrase => (phrase, id))), wholeAsciiWords: false), sets.Length);
    }

    /// <summary>The frozen table.</summary>
    internal sealed class Table(PhraseMatcher matcher, int setCount)
    {
        /// <summary>Finds every phrase of every set in one pass.</summary>
        public PhraseMatcher Matcher { get; } = matcher;

        /// <summary>Number of phrase sets.</summary>
        public int SetCount { get; } = setCount;
    }
}
