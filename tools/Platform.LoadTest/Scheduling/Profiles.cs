namespace Platform.LoadTest.Scheduling;

/// <summary>
/// The schedules the command line offers. Every profile starts with a warm-up at its starting rate, then runs
/// <c>duration</c> seconds of measured traffic; times given for a spike are from the start of the measured phase.
/// </summary>
public static class Profiles
{
    public static ArrivalSchedule Steady(double rate, double warmup, double duration, long maxRequests) =>
        new("steady", Constant(rate, warmup, duration), warmup, maxRequests);

    /// <summary>Like steady, named apart so reports say what was meant (long, moderate, leak-hunting).</summary>
    public static ArrivalSchedule Soak(double rate, double warmup, double duration, long maxRequests) =>
        new("soak", Constant(rate, warmup, duration), warmup, maxRequests);

    /// <summary>Warm-up at <paramref name="from"/>, then linear from <paramref name="from"/> to <paramref name="to"/> over the measured phase.</summary>
    public static ArrivalSchedule Ramp(double from, double to, double warmup, double duration, long maxRequests)
    {
        var segments = new List<RateSegment>(2);
        if (warmup > 0)
        {
            segments.Add(new RateSegment(0, warmup, from, from));
        }

        segments.Add(new RateSegment(warmup, duration, from, to));
        return new ArrivalSchedule("ramp", segments, warmup, maxRequests);
    }

    /// <summary>
    /// <paramref name="rate"/>, then <paramref name="rate"/>×<paramref name="factor"/> from <paramref name="spikeAt"/> for
    /// <paramref name="spikeLength"/> seconds (a step, as a campaign e-mail causes), then back to <paramref name="rate"/>.
    /// </summary>
    public static ArrivalSchedule Spike(double rate, double factor, double spikeAt, double spikeLength, double warmup, double duration, long maxRequests)
    {
        if (spikeAt < 0 || spikeLength <= 0 || spikeAt + spikeLength > duration)
        {
            throw new ArgumentException($"The spike ({spikeAt}s + {spikeLength}s) must lie inside the measured phase ({duration}s).");
        }

        var start = warmup + spikeAt;
        var end = start + spikeLength;
        var segments = new List<RateSegment>(4);
        if (start > 0)
        {
            segments.Add(new RateSegment(0, start, rate, rate));
        }

        segments.Add(new RateSegment(start, spikeLength, rate * factor, rate * factor));
        if (warmup + duration > end)
        {
            segments.Add(new RateSegment(end, warmup + duration - end, rate, rate));
        }

        return new ArrivalSchedule("spike", segments, warmup, maxRequests, (start, end));
    }

    private static List<RateSegment> Constant(double rate, double warmup, double duration) =>
        warmup + duration > 0 ? [new RateSegment(0, warmup + duration, rate, rate)] : throw new ArgumentException("The run has no length.");
}
