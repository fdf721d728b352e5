using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Running;

/// <summary>What a run produced, for the console summary, summary.md and the chart.</summary>
internal sealed record RunResult(
    LoadOptions Options,
    string Plugins,
    string SetupDescription,
    TimeSpan SetupTime,
    IReadOnlyDictionary<string, int> SetupFailures,
    IReadOnlyList<SecondSample> Samples,
    MetricsSnapshot Metrics,
    double MeasuredSeconds,
    long Scheduled,
    long Fallbacks,
    long Unfinished,
    string Cpu,
    IReadOnlyList<string> PluginRows,
    IReadOnlyList<string> Broken)
{
    /// <summary>The <c>--slow-log</c> requests, slowest first, and the tool's own pauses (Stopwatch timestamps).</summary>
    public SlowLogResult? SlowLog { get; init; }

    /// <summary>Completed 2xx state changes per second of the measured phase.</summary>
    public double StateChangesPerSecond => MeasuredSeconds <= 0 ? 0 : Metrics.Count(Outcome.Ok) / MeasuredSeconds;

    public double ErrorRate => Metrics.Completed == 0 ? 0 : (double)Metrics.Count(Outcome.Error) / Metrics.Completed;
}

/// <summary>What <c>--slow-log</c> kept: the slowest requests, the tool's pauses, and the schedule's start (Stopwatch and UTC).</summary>
internal sealed record SlowLogResult(IReadOnlyList<SlowRequest> Slowest, IReadOnlyList<(long Start, long End)> ToolPauses, long StartTimestamp, DateTime StartUtc);
