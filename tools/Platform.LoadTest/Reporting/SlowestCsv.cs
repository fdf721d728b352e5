using System.Diagnostics;
using System.Globalization;
using System.Text;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Reporting;

/// <summary>
/// <c>slowest.csv</c> of <c>--slow-log</c>: the slowest measured requests, slowest first, each with its scheduled
/// time (seconds from the start of the schedule, and UTC to line it up with the host's traces), how late the tool
/// sent it, how long the answer took from there, and how much of its wait was a pause of the tool itself; and
/// <c>tool-pauses.csv</c>, the tool's own collections.
/// </summary>
internal static class SlowestCsv
{
    public const string Header = "rank,scheduled_s,scheduled_utc,latency_ms,send_lag_ms,answer_ms,tool_pause_ms,kind,status";

    public static string Render(IReadOnlyList<SlowRequest> slowest, IReadOnlyList<(long Start, long End)> toolPauses, long startTimestamp, DateTime startUtc)
    {
        var sb = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < slowest.Count; i++)
        {
            var r = slowest[i];
            var paused = PauseLog.Overlap(toolPauses, r.Scheduled, r.Done);
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1},{Seconds(r.Scheduled - startTimestamp):0.0000},{Utc(r.Scheduled, startTimestamp, startUtc):HH:mm:ss.fff},{Ms(r.LatencyTicks):0.000},{Ms(r.Sent - r.Scheduled):0.000},{Ms(r.Done - r.Sent):0.000},{Ms(paused):0.000},{r.Kind},{r.Status}"))
                .Append('\n');
        }

        return sb.ToString();
    }

    public static string RenderPauses(IReadOnlyList<(long Start, long End)> toolPauses, long startTimestamp, DateTime startUtc)
    {
        var sb = new StringBuilder("start_s,start_utc,pause_ms\n");
        foreach (var (start, end) in toolPauses)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{Seconds(start - startTimestamp):0.0000},{Utc(start, startTimestamp, startUtc):HH:mm:ss.fff},{Ms(end - start):0.000}")).Append('\n');
        }

        return sb.ToString();
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static DateTime Utc(long timestamp, long startTimestamp, DateTime startUtc) => startUtc.AddTicks((long)((timestamp - startTimestamp) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
}
