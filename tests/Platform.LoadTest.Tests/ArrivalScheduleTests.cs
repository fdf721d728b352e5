using Platform.LoadTest.Scheduling;

namespace Platform.LoadTest.Tests;

public class ArrivalScheduleTests
{
    [Fact]
    public void Steady_TotalRequests_IsRateTimesLength()
    {
        var s = Profiles.Steady(rate: 1000, warmup: 10, duration: 60, maxRequests: long.MaxValue);

        Assert.Equal(70_000, s.TotalRequests);
        Assert.Equal(70, s.Length, 9);
    }

    [Fact]
    public void Steady_TimeOf_SpacesRequestsEvenly()
    {
        var s = Profiles.Steady(rate: 200, warmup: 0, duration: 10, maxRequests: long.MaxValue);

        Assert.Equal(0, s.TimeOf(0), 9);
        Assert.Equal(0.005, s.TimeOf(1), 9);
        Assert.Equal(5.0, s.TimeOf(1000), 9);
    }

    [Fact]
    public void DueBy_CountsRequestsWhoseTimeHasCome()
    {
        var s = Profiles.Steady(rate: 100, warmup: 0, duration: 10, maxRequests: long.MaxValue);

        Assert.Equal(0, s.DueBy(-0.1));
        Assert.Equal(1, s.DueBy(0));
        Assert.Equal(1, s.DueBy(0.0099));
        Assert.Equal(2, s.DueBy(0.0101));
        Assert.Equal(1000, s.DueBy(100));
    }

    [Fact]
    public void MaxRequests_CapsTheRun()
    {
        var s = Profiles.Steady(rate: 1000, warmup: 0, duration: 60, maxRequests: 5000);

        Assert.Equal(5000, s.TotalRequests);
        Assert.Equal(5000, s.DueBy(59));
        Assert.Equal(4.999, s.LastDue, 6);
    }

    [Fact]
    public void Ramp_CumulativeIsTheAreaUnderTheRate()
    {
        var s = Profiles.Ramp(from: 100, to: 300, warmup: 10, duration: 20, maxRequests: long.MaxValue);

        Assert.Equal(1000, s.CumulativeAt(10), 6);               // warm-up at the starting rate
        Assert.Equal(1000 + 4000, s.CumulativeAt(30), 6);        // (100 + 300) / 2 × 20
        Assert.Equal(200, s.RateAt(20), 6);                      // halfway up
        Assert.Equal(1000 + 1500, s.CumulativeAt(20), 6);        // (100 + 200) / 2 × 10
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(2500)]
    [InlineData(4999)]
    public void Ramp_TimeOf_InvertsCumulative(long index)
    {
        var s = Profiles.Ramp(from: 100, to: 300, warmup: 10, duration: 20, maxRequests: long.MaxValue);

        Assert.Equal(index, s.CumulativeAt(s.TimeOf(index)), 6);
    }

    [Fact]
    public void RampDown_TimeOf_InvertsCumulative()
    {
        var s = Profiles.Ramp(from: 500, to: 50, warmup: 0, duration: 30, maxRequests: long.MaxValue);

        foreach (var i in new long[] { 1, 100, 5000, (long)s.CumulativeAt(29.9) })
        {
            Assert.Equal(i, s.CumulativeAt(s.TimeOf(i)), 5);
        }
    }

    [Fact]
    public void Spike_RaisesTheRateInsideTheWindowOnly()
    {
        var s = Profiles.Spike(rate: 100, factor: 10, spikeAt: 30, spikeLength: 30, warmup: 10, duration: 90, maxRequests: long.MaxValue);

        Assert.Equal((40.0, 70.0), s.Spike);
        Assert.Equal(100, s.RateAt(39.9), 9);
        Assert.Equal(1000, s.RateAt(40), 9);
        Assert.Equal(1000, s.RateAt(69.9), 9);
        Assert.Equal(100, s.RateAt(70), 9);
        Assert.Equal((40 * 100) + (30 * 1000) + (30 * 100), s.TotalRequests);
        Assert.Equal(40, s.TimeOf(4000), 9);
    }

    [Fact]
    public void Spike_OutsideTheMeasuredPhase_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Profiles.Spike(100, 10, spikeAt: 80, spikeLength: 30, warmup: 10, duration: 90, maxRequests: 1000));

    [Fact]
    public void IsMeasured_ExcludesTheWarmup()
    {
        var s = Profiles.Steady(rate: 10, warmup: 5, duration: 5, maxRequests: long.MaxValue);

        Assert.False(s.IsMeasured(4.999));
        Assert.True(s.IsMeasured(5));
    }

    [Fact]
    public void TimeOf_IsMonotonic_AcrossSegments()
    {
        var s = Profiles.Spike(rate: 50, factor: 4, spikeAt: 1, spikeLength: 2, warmup: 1, duration: 5, maxRequests: long.MaxValue);

        var previous = -1.0;
        for (long i = 0; i < s.TotalRequests; i++)
        {
            var t = s.TimeOf(i);
            Assert.True(t >= previous, $"request {i} at {t} before {previous}");
            previous = t;
        }
    }
}
