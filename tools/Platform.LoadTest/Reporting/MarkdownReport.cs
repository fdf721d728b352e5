using System.Globalization;
using System.Text;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Running;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Reporting;

/// <summary>The run's summary in Markdown (also printed to the console at the end).</summary>
internal static class MarkdownReport
{
    private static readonly string[] DecisionColumns = ["no verdict", .. Vocabulary.Decisions];

    public static string Render(RunResult r)
    {
        var m = r.Metrics;
        var s = r.Options.Schedule;
        var sb = new StringBuilder();
        void L(FormattableString line) => sb.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        L($"# Load test: {r.Options.Label ?? s.Profile}");
        sb.AppendLine();
        L($"- command: `{r.Options.CommandLine}`");
        L($"- target: {r.Options.Target} — compliance plugins: {r.Plugins}");
        L($"- schedule: {s.Profile}, {Describe(s)}; warm-up {s.Warmup:0.#} s excluded; {r.Scheduled:N0} requests scheduled");
        L($"- client: {(r.Options.Client == ClientKind.Raw && r.Options.Target.Scheme == Uri.UriSchemeHttp ? "raw HTTP/1.1 on keep-alive sockets" : "HttpClient")}, at most {r.Options.Connections} connections, time-out {r.Options.Timeout.TotalSeconds:0.#} s");
        L($"- mix: {r.Options.Mix}; violating texts: {r.Options.Violations:P1} of text-bearing requests");
        L($"- setup ({r.SetupTime.TotalSeconds:0.0} s, not measured): {r.SetupDescription}");
        if (r.SetupFailures.Count > 0)
        {
            L($"- setup failures: {string.Join("; ", r.SetupFailures.Select(f => $"{f.Key} ×{f.Value}"))}");
        }

        sb.AppendLine();
        sb.AppendLine("## Result");
        sb.AppendLine();
        L($"| state changes/s (2xx) | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | completed | errors | error rate | refused (403/409) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        L($"| {r.StateChangesPerSecond:N0} | {m.Latency.P50:0.00} | {m.Latency.P90:0.00} | {m.Latency.P99:0.00} | {m.Latency.P999:0.00} | {m.Latency.Max:0.0} | {m.Completed:N0} | {m.Count(Outcome.Error):N0} | {r.ErrorRate:0.#####} | {m.Count(Outcome.Refused):N0} |");
        sb.AppendLine();
        L($"Latency is measured from each request's scheduled start (open loop, coordinated-omission safe). Generator dispatch lag p50 {m.DispatchLag.P50:0.00} ms, p99 {m.DispatchLag.P99:0.00} ms, max {m.DispatchLag.Max:0.0} ms.");
        L($"CPU during the run: {r.Cpu}.");
        L($"Dropped at --max-in-flight: {m.Dropped:N0}; unanswered at the end: {r.Unfinished:N0}; sent as messages because their pool ran out: {r.Fallbacks:N0}.");
        sb.AppendLine();
        sb.AppendLine(r.Broken.Count == 0
            ? (r.Options.Thresholds.Any ? "**Thresholds: passed.**" : "No thresholds given.")
            : $"**Thresholds broken:** {string.Join("; ", r.Broken)}");

        sb.AppendLine();
        sb.AppendLine("## By kind of state change");
        sb.AppendLine();
        sb.AppendLine("| kind | ok | refused | errors | p50 ms | p99 ms | p99.9 ms | max ms | " + string.Join(" | ", DecisionColumns) + " |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|" + string.Concat(DecisionColumns.Select(_ => "---:|")));
        foreach (var kind in Enum.GetValues<OpKind>())
        {
            var k = (int)kind;
            var lat = m.LatencyByKind[k];
            var decisions = string.Join(" | ", Enumerable.Range(0, 5).Select(d => m.Decisions[(k * 5) + d].ToString("N0", CultureInfo.InvariantCulture)));
            L($"| {TrafficMix.NameOf(kind)} | {m.Outcomes[k * 3]:N0} | {m.Outcomes[(k * 3) + 1]:N0} | {m.Outcomes[(k * 3) + 2]:N0} | {lat.P50:0.00} | {lat.P99:0.00} | {lat.P999:0.00} | {lat.Max:0.0} | {decisions} |");
        }

        if (r.PluginRows.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Time in the compliance checks (staff API counters, whole run incl. warm-up)");
            sb.AppendLine();
            sb.AppendLine("| check | evaluations | total ms | ms / evaluation | ms / request | timeouts | failures |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var row in r.PluginRows)
            {
                sb.AppendLine(row);
            }
        }

        sb.AppendLine();
        sb.AppendLine("## Compliance mix (2xx answers)");
        sb.AppendLine();
        sb.AppendLine("Findings per category: " + string.Join(", ", Vocabulary.Categories.Select((c, i) => $"{c} {m.Categories[i]:N0}").Where((_, i) => m.Categories[i] > 0)));
        sb.AppendLine();
        sb.AppendLine("Violating texts sent, by the category they were written for, and what came back:");
        sb.AppendLine();
        sb.AppendLine("| written as | " + string.Join(" | ", DecisionColumns) + " | finding of that category |");
        sb.AppendLine("|---|" + string.Concat(DecisionColumns.Select(_ => "---:|")) + "---:|");
        for (var c = 0; c < Vocabulary.ViolationCategoryCount; c++)
        {
            var row = Enumerable.Range(0, 6).Select(i => m.Intended[(c * 6) + i].ToString("N0", CultureInfo.InvariantCulture));
            sb.AppendLine($"| {Vocabulary.Categories[c]} | {string.Join(" | ", row)} |");
        }

        sb.AppendLine();
        sb.AppendLine("## Status codes and refusals");
        sb.AppendLine();
        sb.AppendLine("Status: " + string.Join(", ", m.Statuses.Select((n, code) => (n, code)).Where(x => x.n > 0).Select(x => $"{(x.code == 0 ? "no answer" : x.code)} ×{x.n:N0}")));
        foreach (var (code, n) in m.ProblemCodes.OrderByDescending(p => p.Value).Take(15))
        {
            L($"- {code} ×{n:N0}");
        }

        foreach (var (failure, n) in m.Failures.OrderByDescending(p => p.Value))
        {
            L($"- {failure} ×{n:N0}");
        }

        return sb.ToString();
    }

    private static string Describe(Scheduling.ArrivalSchedule s) => string.Join(" → ", s.Segments.Select(g =>
        g.FromRate.Equals(g.ToRate)
            ? string.Create(CultureInfo.InvariantCulture, $"{g.FromRate:N0}/s for {g.Duration:0.#} s")
            : string.Create(CultureInfo.InvariantCulture, $"{g.FromRate:N0}→{g.ToRate:N0}/s over {g.Duration:0.#} s")))
        + (s.Spike is { } spike ? string.Create(CultureInfo.InvariantCulture, $" (spike {spike.Start:0.#}–{spike.End:0.#} s)") : "");
}
