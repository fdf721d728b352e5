using System.Collections.Concurrent;
using HdrHistogram;

namespace Platform.LoadTest.Measurement;

/// <summary>
/// Thread-safe counters and HdrHistograms fed by every completed request. Latencies are recorded in microseconds
/// from the request's scheduled start (so a stalled server cannot hide its queueing: coordinated omission).
/// </summary>
internal sealed class LoadMetrics
{
    public const long MaxTrackableMicros = 10L * 60 * 1_000_000;

    private static readonly int KindCount = Enum.GetValues<OpKind>().Length;

    // Written by every completing request at once: without thread-safe writes, concurrent increments are lost, the
    // counts stop adding up to the total, and reading the second's maximum throws (seen under overload).
    private readonly Recorder _interval = HistogramFactory.With64BitBucketSize().WithValuesUpTo(MaxTrackableMicros).WithPrecisionOf(3)
        .WithThreadSafeWrites().WithThreadSafeReads().Create();
    private readonly HistogramBase[] _byKind;
    private readonly HistogramBase _dispatchLag = NewConcurrent();
    private readonly long[] _outcomes = new long[KindCount * 3];
    private readonly long[] _statuses = new long[600];
    private readonly long[] _decisions = new long[KindCount * 5];
    private readonly long[] _categories = new long[Vocabulary.Categories.Count];
    private readonly long[] _intended = new long[Vocabulary.ViolationCategoryCount * 6];
    private readonly ConcurrentDictionary<string, long> _problemCodes = new();
    private readonly ConcurrentDictionary<string, long> _failures = new();
    private long _sent;
    private long _ok;
    private long _refused;
    private long _errors;
    private long _inFlight;
    private long _dropped;
    private long _warmupCompleted;
    private HistogramBase? _recycled;

    private readonly SlowestRequests? _slowest;

    /// <param name="slowLog">How many of the slowest measured requests to keep for <c>--slow-log</c> (0: none).</param>
    public LoadMetrics(int slowLog = 0)
    {
        _byKind = [.. Enumerable.Range(0, KindCount).Select(_ => NewConcurrent())];
        _slowest = slowLog > 0 ? new SlowestRequests(slowLog) : null;
    }

    /// <summary>The slowest measured requests kept for <c>--slow-log</c>, slowest first (empty without it).</summary>
    public IReadOnlyList<SlowRequest> Slowest => _slowest?.Slowest() ?? [];

    public long InFlight => Interlocked.Read(ref _inFlight);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long WarmupCompleted => Interlocked.Read(ref _warmupCompleted);

    /// <summary>The dispatcher handed a request over to be sent.</summary>
    public void OnIssued()
    {
        Interlocked.Increment(ref _sent);
        Interlocked.Increment(ref _inFlight);
    }

    /// <summary>A request began sending, <paramref name="lagMicros"/> after its scheduled time (the generator's own lateness).</summary>
    public void OnDispatched(long lagMicros, bool measured)
    {
        if (measured)
        {
            _dispatchLag.RecordValue(Math.Clamp(lagMicros, 0, MaxTrackableMicros));
        }
    }

    /// <summary>A request not sent because <c>--max-in-flight</c> was reached: the generator is saturated; counted as an error.</summary>
    public void OnDropped(OpKind kind, bool measured)
    {
        Interlocked.Increment(ref _dropped);
        Interlocked.Increment(ref _errors);
        if (measured)
        {
            Interlocked.Increment(ref _outcomes[((int)kind * 3) + (int)Outcome.Error]);
            _failures.AddOrUpdate("dropped: --max-in-flight reached", 1, (_, n) => n + 1);
        }
    }

    public void OnCompleted(OpKind kind, int status, in VerdictScan scan, int intendedCategory, long latencyMicros, bool measured, string? failure)
    {
        Interlocked.Decrement(ref _inFlight);
        var micros = Math.Clamp(latencyMicros, 1, MaxTrackableMicros);
        _interval.RecordValue(micros);
        var outcome = OutcomeClassifier.Classify(status);
        switch (outcome)
        {
            case Outcome.Ok:
                Interlocked.Increment(ref _ok);
                break;
            case Outcome.Refused:
                Interlocked.Increment(ref _refused);
                break;
            default:
                Interlocked.Increment(ref _errors);
                break;
        }

        if (!measured)
        {
            Interlocked.Increment(ref _warmupCompleted);
            return;
        }

        _byKind[(int)kind].RecordValue(micros);
        Interlocked.Increment(ref _outcomes[((int)kind * 3) + (int)outcome]);
        Interlocked.Increment(ref _statuses[Math.Clamp(status, 0, _statuses.Length - 1)]);
        if (failure is not null)
        {
            _failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
        }

        if (scan.ProblemCode is { } code)
        {
            _problemCodes.AddOrUpdate($"{status} {code}", 1, (_, n) => n + 1);
        }

        if (outcome != Outcome.Ok)
        {
            return;
        }

        Interlocked.Increment(ref _decisions[((int)kind * 5) + scan.Decision + 1]);
        for (var c = 0; c < _categories.Length; c++)
        {
            if ((scan.CategoryMask & (1 << c)) != 0)
            {
                Interlocked.Increment(ref _categories[c]);
            }
        }

        if (intendedCategory >= 0)
        {
            // Columns: no verdict, allow, advise, hold, block, and "a finding of the intended category".
            Interlocked.Increment(ref _intended[(intendedCategory * 6) + scan.Decision + 1]);
            if ((scan.CategoryMask & (1 << intendedCategory)) != 0)
            {
                Interlocked.Increment(ref _intended[(intendedCategory * 6) + 5]);
            }
        }
    }

    /// <summary>A measured request's times, for <c>--slow-log</c> (nothing without it).</summary>
    public void OnTimed(long scheduled, long sent, long done, OpKind kind, int status, bool measured)
    {
        if (measured && _slowest is { } slowest)
        {
            slowest.Offer(new SlowRequest(scheduled, sent, done, kind, status));
        }
    }

    /// <summary>Closes the current second: its counters and latency histogram restart from zero.</summary>
    /// <remarks>
    /// The second's histogram is the previous second's, recycled: a new one is some 170 KB of counts, a large object,
    /// and one a second made the tool run a blocking full collection every 20-odd seconds of a run, pausing its
    /// dispatcher and the reading of answers for 10–40 ms, counted as the system's latency (docs/benchmarks.md,
    /// session thirty-five).
    /// </remarks>
    public SecondSample TakeSample(double t, bool measured, double targetRate)
    {
        LatencyFigures latency;
        lock (_interval)
        {
            _recycled = _interval.GetIntervalHistogram(_recycled);
            latency = LatencyFigures.From(_recycled);
        }

        return new SecondSample(t, measured, targetRate,
            Interlocked.Exchange(ref _sent, 0), Interlocked.Exchange(ref _ok, 0), Interlocked.Exchange(ref _refused, 0),
            Interlocked.Exchange(ref _errors, 0), latency.P50, latency.P99, latency.Max, InFlight, latency.Count);
    }

    public MetricsSnapshot Snapshot()
    {
        var all = NewConcurrent();
        foreach (var h in _byKind)
        {
            all.Add(h);
        }

        return new MetricsSnapshot(
            LatencyFigures.From(all),
            [.. _byKind.Select(LatencyFigures.From)],
            LatencyFigures.From(_dispatchLag),
            [.. _outcomes], [.. _statuses], [.. _decisions], [.. _categories], [.. _intended],
            new SortedDictionary<string, long>(_problemCodes, StringComparer.Ordinal),
            new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
            Dropped, WarmupCompleted);
    }

    private static HistogramBase NewConcurrent() =>
        HistogramFactory.With64BitBucketSize().WithValuesUpTo(MaxTrackableMicros).WithPrecisionOf(3).WithThreadSafeWrites().Create();
}
