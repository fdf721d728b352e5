using System.Globalization;
using System.Text.Json;

namespace Platform.LoadTest.Running;

/// <summary>
/// The staff API's per-plugin counters (evaluations, total milliseconds, timeouts, failures), read before and
/// after a run: their difference says which check the server spent its time in.
/// </summary>
internal sealed record PluginStats(string Name, string Mode, long Evaluations, double TotalMs, long Timeouts, long Failures)
{
    public static IReadOnlyList<PluginStats> Parse(JsonElement array) => [.. array.EnumerateArray().Select(p => new PluginStats(
        Str(p, "name"), Str(p, "mode"), Long(p, "evaluations"), Double(p, "totalMs"), Long(p, "timeouts"), Long(p, "failures")))];

    /// <summary>One Markdown table row per plugin with the run's share of its counters.</summary>
    public static IEnumerable<string> Rows(IReadOnlyList<PluginStats> before, IReadOnlyList<PluginStats> after, double requests)
    {
        foreach (var a in after)
        {
            var b = before.FirstOrDefault(x => x.Name == a.Name) ?? new PluginStats(a.Name, a.Mode, 0, 0, 0, 0);
            var reloaded = a.Evaluations < b.Evaluations;
            if (reloaded)
            {
                // Hot-reloaded during the run: its counters restarted, so only the part after the reload is known.
                b = new PluginStats(a.Name, a.Mode, 0, 0, 0, 0);
            }

            var evaluations = a.Evaluations - b.Evaluations;
            var ms = a.TotalMs - b.TotalMs;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {a.Name} ({a.Mode}){(reloaded ? " — reloaded during the run, counted since" : "")} | {evaluations:N0} | {ms:N0} | {(evaluations == 0 ? 0 : ms / evaluations):0.###} | {(requests <= 0 ? 0 : ms / requests):0.###} | {a.Timeouts - b.Timeouts:N0} | {a.Failures - b.Failures:N0} |");
        }
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "?";

    private static long Long(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;

    private static double Double(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetDouble(out var d) ? d : 0;
}
