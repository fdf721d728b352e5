using System.Globalization;
using System.Text.Json;

namespace Platform.LoadTest.Running;

/// <summary>
/// The staff API's per-plugin counters (evaluations, total milliseconds, timeouts, failures), read before and
/// after a run: their difference says which check the server spent its time in. <see cref="LoadedAt"/> and
/// <see cref="Version"/> tell a check redeployed during the run, whose counters restarted with the new version.
/// </summary>
internal sealed record PluginStats(
    string Name, string Mode, long Evaluations, double TotalMs, long Timeouts, long Failures, string Version = "", string LoadedAt = "")
{
    public static IReadOnlyList<PluginStats> Parse(JsonElement array) => [.. array.EnumerateArray().Select(p => new PluginStats(
        Str(p, "name"), Str(p, "mode"), Long(p, "evaluations"), Double(p, "totalMs"), Long(p, "timeouts"), Long(p, "failures"),
        Str(p, "version"), Str(p, "loadedAt")))];

    /// <summary>
    /// One Markdown table row per plugin with the run's share of its counters. A check loaded again during the run (a
    /// new version, or the same one redeployed) is counted from its reload, and said so: the evaluations of the version
    /// it replaced after the "before" reading are not known. A check deployed or removed during the run is marked too.
    /// </summary>
    public static IEnumerable<string> Rows(IReadOnlyList<PluginStats> before, IReadOnlyList<PluginStats> after, double requests)
    {
        foreach (var a in after)
        {
            var b = before.FirstOrDefault(x => x.Name == a.Name);
            string note;
            if (b is null)
            {
                note = " — deployed during the run";
                b = a with { Evaluations = 0, TotalMs = 0, Timeouts = 0, Failures = 0 };
            }
            else if (a.LoadedAt != b.LoadedAt || a.Version != b.Version || a.Evaluations < b.Evaluations)
            {
                note = a.Version != b.Version
                    ? $" — {b.Version} replaced by {a.Version} during the run, counted since"
                    : " — reloaded during the run, counted since";
                b = a with { Evaluations = 0, TotalMs = 0, Timeouts = 0, Failures = 0 };
            }
            else
            {
                note = "";
            }

            yield return Row(a.Name, a.Mode, note, a.Evaluations - b.Evaluations, a.TotalMs - b.TotalMs, a.Timeouts - b.Timeouts, a.Failures - b.Failures, requests);
        }

        foreach (var b in before.Where(b => after.All(a => a.Name != b.Name)))
        {
            yield return Row(b.Name, b.Mode, " — removed during the run, not counted", 0, 0, 0, 0, requests);
        }
    }

    private static string Row(string name, string mode, string note, long evaluations, double ms, long timeouts, long failures, double requests) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} ({mode}){note} | {evaluations:N0} | {ms:N0} | {(evaluations == 0 ? 0 : ms / evaluations):0.###} | {(requests <= 0 ? 0 : ms / requests):0.###} | {timeouts:N0} | {failures:N0} |");

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "?";

    private static long Long(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;

    private static double Double(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetDouble(out var d) ? d : 0;
}
