namespace Platform.LoadTest.Scheduling;

/// <summary>
/// An open-loop arrival schedule: request <c>i</c> (0-based) is due at the time the cumulative arrivals reach
/// <c>i</c>, whatever happened to the requests before it. The first <see cref="Warmup"/> seconds are excluded from
/// the figures. The run is bounded by its length and by <see cref="TotalRequests"/>.
/// </summary>
public sealed class ArrivalSchedule
{
    private readonly RateSegment[] _segments;
    private readonly double[] _countBefore;

    public ArrivalSchedule(string profile, IReadOnlyList<RateSegment> segments, double warmup, long maxRequests, (double Start, double End)? spike = null)
    {
        if (segments.Count == 0)
        {
            throw new ArgumentException("A schedule needs at least one segment.", nameof(segments));
        }

        Profile = profile;
        _segments = [.. segments];
        _countBefore = new double[_segments.Length + 1];
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i].FromRate < 0 || _segments[i].ToRate < 0 || _segments[i].Duration < 0)
            {
                throw new ArgumentException("Rates and durations must not be negative.", nameof(segments));
            }

            _countBefore[i + 1] = _countBefore[i] + _segments[i].Count;
        }

        Warmup = warmup;
        Spike = spike;
        var scheduled = (long)Math.Floor(_countBefore[^1]);
        TotalRequests = Math.Max(0, Math.Min(scheduled, maxRequests));
    }

    public string Profile { get; }

    public IReadOnlyList<RateSegment> Segments => _segments;

    /// <summary>Seconds from the start before the measured phase begins.</summary>
    public double Warmup { get; }

    /// <summary>Seconds from the start to the end of the schedule.</summary>
    public double Length => _segments[^1].End;

    /// <summary>The spike window in seconds from the start of the run, when the profile has one.</summary>
    public (double Start, double End)? Spike { get; }

    /// <summary>Requests the run sends: the schedule's arrivals, capped by <c>--max-requests</c>.</summary>
    public long TotalRequests { get; }

    /// <summary>Seconds from the start at which the last request is due (the run may end early through the cap).</summary>
    public double LastDue => TotalRequests == 0 ? 0 : TimeOf(TotalRequests - 1);

    public double RateAt(double t)
    {
        foreach (var segment in _segments)
        {
            if (t < segment.End)
            {
                return segment.RateAt(t);
            }
        }

        return 0;
    }

    /// <summary>Arrivals scheduled from the start to <paramref name="t"/>.</summary>
    public double CumulativeAt(double t)
    {
        for (var i = 0; i < _segments.Length; i++)
        {
            if (t < _segments[i].End)
            {
                return _countBefore[i] + _segments[i].CountUntil(t);
            }
        }

        return _countBefore[^1];
    }

    /// <summary>How many requests are due at time <paramref name="t"/> (request <c>i</c> is due once <c>CumulativeAt(t) ≥ i</c>).</summary>
    public long DueBy(double t) => t < 0 ? 0 : Math.Min(TotalRequests, (long)Math.Floor(CumulativeAt(t)) + 1);

    /// <summary>When request <paramref name="index"/> (0-based) is due, in seconds from the start.</summary>
    public double TimeOf(long index)
    {
        var n = (double)index;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (n <= _countBefore[i + 1] && _segments[i].Count > 0)
            {
                return _segments[i].TimeOfCount(n - _countBefore[i]);
            }
        }

        return Length;
    }

    /// <summary>True when a request due at <paramref name="t"/> counts in the figures.</summary>
    public bool IsMeasured(double t) => t >= Warmup;
}
