using System.Diagnostics;
using System.Net.Sockets;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>
/// Sends one pre-built request on the thread pool and records it. Latency runs from the request's scheduled
/// time, not from when it was actually sent, so time spent queued behind slow answers is counted.
/// </summary>
internal sealed class RequestSender(IRequestTransport transport, LoadMetrics metrics, CancellationToken abort)
{
    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    public void Start(Operation op, long scheduledTimestamp, bool measured) =>
        ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.Sender.SendAsync(s.Op, s.Scheduled, s.Measured), (Sender: this, Op: op, Scheduled: scheduledTimestamp, Measured: measured), preferLocal: false);

    private async Task SendAsync(Operation op, long scheduled, bool measured)
    {
        metrics.OnDispatched(Micros(Stopwatch.GetTimestamp() - scheduled), measured);
        var status = 0;
        string? failure = null;
        var scan = VerdictScan.None;
        try
        {
            (status, scan) = await transport.SendAsync(op, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            failure = "cancelled at the end of the run";
        }
        catch (OperationCanceledException)
        {
            failure = "timeout";
        }
        catch (HttpRequestException ex)
        {
            failure = $"transport: {ex.HttpRequestError}";
        }
        catch (SocketException ex)
        {
            failure = $"transport: {ex.SocketErrorCode}";
        }
        catch (IOException ex)
        {
            failure = $"io: {ex.GetType().Name}";
        }

        metrics.OnCompleted(op.Kind, status, scan, op.IntendedCategory, Micros(Stopwatch.GetTimestamp() - scheduled), measured, failure);
    }

    private static long Micros(long ticks) => (long)(ticks * MicrosPerTick);
}
