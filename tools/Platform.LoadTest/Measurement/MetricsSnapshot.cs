namespace Platform.LoadTest.Measurement;

/// <summary>The measured phase's totals, read once at the end of a run.</summary>
/// <remarks>Outcomes: Per kind × (ok, refused, error).; Statuses: Count per HTTP status (0 = no answer).; Decisions: Per kind × (no verdict, allow, advise, hold, block), on 2xx answers.; Categories: Findings per category on 2xx answers.; Intended: Per intended violation category × (no verdict, allow, advise, hold, block, intended category found).</remarks>
internal sealed record MetricsSnapshot(
    LatencyFigures Latency,
    IReadOnlyList<LatencyFigures> LatencyByKind,
    LatencyFigures DispatchLag,
    long[] Outcomes,
    long[] Statuses,
    long[] Decisions,
    long[] Categories,
    long[] Intended,
    IReadOnlyDictionary<string, long> ProblemCodes,
    IReadOnlyDictionary<string, long> Failures,
    long Dropped,
    long WarmupCompleted)
{
    public long Count(Outcome outcome) => Enumerable.Range(0, Outcomes.Length / 3).Sum(k => Outcomes[(k * 3) + (int)outcome]);

    public long Completed => Count(Outcome.Ok) + Count(Outcome.Refused) + Count(Outcome.Error);
}
