namespace Platform.LoadTest.Scheduling;

/// <summary>
/// A span of the schedule whose arrival rate goes linearly from <see cref="FromRate"/> to <see cref="ToRate"/>
/// (requests per second); a constant rate has both equal.
/// </summary>
/// <param name="Start">Seconds from the start of the run.</param>
/// <param name="Duration">Length in seconds.</param>
/// <param name="FromRate">Rate at <see cref="Start"/>.</param>
/// <param name="ToRate">Rate at the end.</param>
public readonly record struct RateSegment(double Start, double Duration, double FromRate, double ToRate)
{
    public double End => Start + Duration;

    /// <summary>Requests arriving in this segment.</summary>
    public double Count => (FromRate + ToRate) / 2 * Duration;

    public double RateAt(double t)
    {
        var tau = Math.Clamp(t - Start, 0, Duration);
        return Duration <= 0 ? FromRate : FromRate + ((ToRate - FromRate) * tau / Duration);
    }

    /// <summary>Requests arrived from <see cref="Start"/> to <paramref name="t"/> (the integral of the rate).</summary>
    public double CountUntil(double t)
    {
        var tau = Math.Clamp(t - Start, 0, Duration);
        var slope = Duration <= 0 ? 0 : (ToRate - FromRate) / Duration;
        return (FromRate * tau) + (slope * tau * tau / 2);
    }

    /// <summary>The time at which <paramref name="n"/> requests have arrived since <see cref="Start"/> (inverse of <see cref="CountUntil"/>).</summary>
    public double TimeOfCount(double n)
    {
        if (n <= 0)
        {
            return Start;
        }

        var slope = Duration <= 0 ? 0 : (ToRate - FromRate) / Duration;
        double tau;
        if (Math.Abs(slope) < 1e-12)
        {
            tau = FromRate <= 0 ? Duration : n / FromRate;
        }
        else
        {
            // slope/2·τ² + r0·τ − n = 0, the root in [0, Duration]; written to avoid cancellation when the slope is small.
            var discriminant = Math.Max(0, (FromRate * FromRate) + (2 * slope * n));
            tau = 2 * n / (FromRate + Math.Sqrt(discriminant));
        }

        return Start + Math.Clamp(tau, 0, Duration);
    }
}
