using System.Diagnostics;
using Platform.Checks.Scorer;
using Platform.Checks.Text;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// A rough per-text cost of the scorer that holds up on a loaded machine: process CPU time (wall time also counts the
/// time other processes hold the core), the best of several rounds over a corpus, for the fold alone, the fold plus
/// scoring, and the whole check (scoring plus evidence for findings). BenchmarkDotNet (tools/Platform.Benchmarks)
/// is the reference figure; this one splits it.
/// </summary>
public static class SpeedProbe
{
    private const int Rounds = 10;

    public static void Run(string pluginFolder, IReadOnlyList<CorpusItem> items, int passes, TextWriter o)
    {
        var check = new ScorerCheck(pluginFolder);
        var changes = items.Select(Corpus.ToChange).ToArray();
        var p = new float[LinearScorer.Count];
        o.WriteLine($"{changes.Length} texts, mean {changes.Average(c => (c.Title?.Length ?? 0) + (c.Text?.Length ?? 0)):F0} chars, {passes} passes");
        Measure("fold only", () =>
        {
            var n = 0;
            foreach (var c in changes)
            {
                n += string.IsNullOrEmpty(c.Title) ? 0 : TextFolder.Fold(c.Title, decodeDigits: true).Folded.Length;
                n += string.IsNullOrEmpty(c.Text) ? 0 : TextFolder.Fold(c.Text, decodeDigits: true).Folded.Length;
            }

            return n;
        });
        Measure("fold + score", () =>
        {
            foreach (var c in changes)
            {
                check.Probabilities(c).CopyTo(p, 0);
            }

            return (int)p[0];
        });
        Measure("whole check", () => changes.Sum(c => check.Evaluate(c, CancellationToken.None).Count));

        // The fastest of several rounds: preemption and other processes only ever add time.
        void Measure(string name, Func<int> pass)
        {
            for (var i = 0; i < Math.Max(30, passes / 5); i++)
            {
                pass();
            }

            var process = Process.GetCurrentProcess();
            double bestCpu = double.MaxValue, bestWall = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < passes / Rounds; i++)
                {
                    pass();
                }

                wall.Stop();
                process.Refresh();
                var texts = (double)(passes / Rounds) * changes.Length;
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMicroseconds / texts);
                bestWall = Math.Min(bestWall, wall.Elapsed.TotalMicroseconds / texts);
            }

            o.WriteLine($"  {name,-14} {bestCpu,7:F2} µs CPU/text  {bestWall,7:F2} µs wall/text (best of {Rounds})");
        }
    }
}
