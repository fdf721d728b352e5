namespace Platform.LoadTest.Measurement;

/// <summary>
/// One measured request as the slow log keeps it: Stopwatch timestamps of its scheduled start, of when it was handed
/// to the socket (the dispatcher's lateness is the difference) and of its answer.
/// </summary>
internal readonly record struct SlowRequest(long Scheduled, long Sent, long Done, OpKind Kind, int Status)
{
    public long LatencyTicks => Done - Scheduled;
}

/// <summary>
/// The <c>--slow-log</c> N slowest measured requests (latency from the scheduled start), kept while the run goes: a
/// request faster than the slowest N so far costs one comparison, the others a lock and a heap update. What each of
/// them waited on is told afterwards by comparing their times with the pauses of the tool and the host.
/// </summary>
internal sealed class SlowestRequests
{
    private readonly PriorityQueue<SlowRequest, long> _heap;
    private readonly int _capacity;
    private long _floor = long.MinValue;

    public SlowestRequests(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _heap = new PriorityQueue<SlowRequest, long>(capacity + 1);
    }

    public int Capacity => _capacity;

    public void Offer(in SlowRequest request)
    {
        var latency = request.LatencyTicks;
        if (latency <= Volatile.Read(ref _floor))
        {
            return;
        }

        lock (_heap)
        {
            if (_heap.Count < _capacity)
            {
                _heap.Enqueue(request, latency);
            }
            else if (latency > _heap.Peek().LatencyTicks)
            {
                _heap.EnqueueDequeue(request, latency);
            }

            if (_heap.Count == _capacity)
            {
                Volatile.Write(ref _floor, _heap.Peek().LatencyTicks);
            }
        }
    }

    /// <summary>The kept requests, slowest first (ties by scheduled time).</summary>
    public IReadOnlyList<SlowRequest> Slowest()
    {
        lock (_heap)
        {
            return [.. _heap.UnorderedItems.Select(i => i.Element).OrderByDescending(r => r.LatencyTicks).ThenBy(r => r.Scheduled)];
        }
    }
}

/// <summary>
/// The tool's own garbage-collection pauses, as the dispatcher sees them: each time it wakes (about every millisecond
/// at the steady run's rates) it reads the process's total pause time, and a growth is a pause that ended just before,
/// of that length. A tool pause delays sends and the reading of answers, so it counts as latency of the system under
/// test; the slow log says which of the slowest requests it overlapped.
/// </summary>
internal sealed class PauseLog
{
    private const int MaxEntries = 100_000;
    private readonly List<(long End, long Ticks)> _pauses = [];
    private TimeSpan _seen = GC.GetTotalPauseDuration();

    /// <summary>Called by the dispatcher's thread only, at <paramref name="now"/> (a Stopwatch timestamp).</summary>
    public void Observe(long now)
    {
        var total = GC.GetTotalPauseDuration();
        if (total == _seen)
        {
            return;
        }

        var ticks = (long)((total - _seen).TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        _seen = total;
        lock (_pauses)
        {
            if (_pauses.Count < MaxEntries)
            {
                _pauses.Add((now, ticks));
            }
        }
    }

    /// <summary>The pauses seen so far as (start, end) Stopwatch timestamps.</summary>
    public IReadOnlyList<(long Start, long End)> Pauses()
    {
        lock (_pauses)
        {
            return [.. _pauses.Select(p => (p.End - p.Ticks, p.End))];
        }
    }

    /// <summary>How much of [<paramref name="from"/>, <paramref name="to"/>] the given pauses cover, in Stopwatch ticks.</summary>
    public static long Overlap(IReadOnlyList<(long Start, long End)> pauses, long from, long to) =>
        pauses.Sum(p => Math.Max(0, Math.Min(p.End, to) - Math.Max(p.Start, from)));
}
