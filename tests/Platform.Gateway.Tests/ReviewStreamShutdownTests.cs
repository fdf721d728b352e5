using System.Diagnostics;

namespace Platform.Gateway.Tests;

/// <summary>The review queue's event stream when its host stops (a restart, a deploy of the host, SIGTERM).</summary>
public sealed class ReviewStreamShutdownTests
{
    [Fact]
    public async Task HostStopping_EndsAnOpenReviewStream_SoTheHostStopsAtOnce_NotAfterTheShutdownTimeout()
    {
        // A reviewer's dashboard keeps the stream open. The stream did not watch the host stopping, so Kestrel waited for it
        // for the whole shutdown time (30 s) and then cut it off; by then the silo's own stop was cancelled ("Silo shutdown
        // completed (non-graceful)": grains not deactivated, reminders not handed over), on every SIGTERM of such a host.
        var host = new HostFixture();
        await host.InitializeAsync();
        using var staff = host.Staff();
        staff.Timeout = Timeout.InfiniteTimeSpan;
        using var response = await staff.GetAsync("/api/staff/reviews/stream", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());

        var stopping = Stopwatch.StartNew();
        await host.DisposeAsync();
        stopping.Stop();

        // The stream ended as a response ends (the client then reconnects, with Last-Event-ID, to another host), not cut off.
        Assert.Null(await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(20), $"the host took {stopping.Elapsed} to stop with a review stream open");
    }
}
