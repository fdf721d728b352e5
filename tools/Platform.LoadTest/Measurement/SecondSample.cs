namespace Platform.LoadTest.Measurement;

/// <summary>One second of the run (by completion time, except <see cref="Sent"/> by dispatch time).</summary>
/// <remarks>T: Seconds from the start of the run at the end of this second.; Measured: False during the warm-up.; TargetRate: What the schedule asked for at <see cref="T"/>.; Timed: responses whose latency this second's percentiles are taken from.</remarks>
public sealed record SecondSample(
    double T, bool Measured, double TargetRate, long Sent, long Ok, long Refused, long Errors,
    double P50Ms, double P99Ms, double MaxMs, long InFlight, long Timed);
