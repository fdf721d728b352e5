using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// Several builds (or sets) of the contact and content checks, each from its own plugins folder, loaded side by side: a
/// round of the dev texts of each in turn, every text timed on its own, and per folder and text the least time over the
/// rounds (the run least disturbed by the machine's other work), averaged by text length. With folders holding one check,
/// both, or one check twice (a copy of its folder whose DLL and deps file are renamed to the folder's new name, so it loads
/// into a second context), it shows what running them together costs beyond the sum of each alone, and whether that
/// depends on the other check or only on there being two.
/// </summary>
public static class ChecksTogether
{
    private static readonly string[] Checks = ["contact-details", "content"];

    public static void Run(TimeSpan duration, string[] folders)
    {
        var configs = folders.Select(folder =>
        {
            var bench = new ChecksBenchmarks();
            bench.Setup(folder);
            return (Name: Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), Run: bench.SliceOf(Checks));
        }).ToArray();
        const int texts = ChecksBenchmarks.Texts;
        var least = configs.Select(_ => Enumerable.Repeat(double.MaxValue, texts).ToArray()).ToArray();
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var config in configs)
            {
                config.Run(0, texts);
            }
        }

        var clock = Stopwatch.StartNew();
        var rounds = 0;
        for (; clock.Elapsed < duration; rounds++)
        {
            // Which folder goes first rotates, so none always follows the same other.
            for (var i = 0; i < configs.Length; i++)
            {
                var k = (i + rounds) % configs.Length;
                var run = configs[k].Run;
                for (var t = 0; t < texts; t++)
                {
                    var start = Stopwatch.GetTimestamp();
                    run(t, 1);
                    least[k][t] = Math.Min(least[k][t], Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
        }

        var all = DevCorpus.Load();
        var lengths = Enumerable.Range(0, texts).Select(i => (all[i % all.Count].Title?.Length ?? 0) + (all[i % all.Count].Text?.Length ?? 0)).ToArray();
        Console.WriteLine($"{rounds:N0} rounds; per text the least µs over the rounds, averaged by length (title + text chars):");
        Console.WriteLine($"{"chars",-10} {"texts",5} " + string.Join(" ", configs.Select(c => $"{c.Name,12}")));
        foreach (var (from, to) in new[] { (0, 50), (50, 100), (100, 150), (150, 250), (250, int.MaxValue), (0, int.MaxValue) })
        {
            var of = Enumerable.Range(0, texts).Where(i => lengths[i] >= from && lengths[i] < to).ToArray();
            if (of.Length == 0)
            {
                continue;
            }

            var label = to == int.MaxValue ? (from == 0 ? "all" : $"{from}-") : $"{from}-{to}";
            Console.WriteLine($"{label,-10} {of.Length,5} " + string.Join(" ", least.Select(l => $"{of.Average(i => l[i]),12:F2}")));
        }
    }
}
