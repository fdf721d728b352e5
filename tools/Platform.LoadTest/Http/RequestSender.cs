using System.Buffers;
using System.Diagnostics;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>Hands one request over to be sent (from the dispatcher thread) and records its answer when it comes.</summary>
internal interface IRequestSender
{
    void Start(Operation op, long scheduledTimestamp, bool measured);
}

/// <summary>
/// Sends one pre-built request with HttpClient (<c>--client httpclient</c>) on the thread pool and records it. Latency runs from the request's scheduled
/// time, not from when it was actually sent, so time spent queued behind slow answers is counted.
/// </summary>
internal sealed class RequestSender(HttpClient http, LoadMetrics metrics, CancellationToken abort) : IRequestSender
{
    private const int InitialBuffer = 8 * 1024;

    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    public void Start(Operation op, long scheduledTimestamp, bool measured) =>
        ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.Sender.SendAsync(s.Op, s.Scheduled, s.Measured), (Sender: this, Op: op, Scheduled: scheduledTimestamp, Measured: measured), preferLocal: false);

    private async Task SendAsync(Operation op, long scheduled, bool measured)
    {
        var sent = Stopwatch.GetTimestamp();
        metrics.OnDispatched(Micros(sent - scheduled), measured);
        var status = 0;
        string? failure = null;
        var scan = VerdictScan.None;
        try
        {
            using var request = new HttpRequestMessage(op.Method, op.Uri);
            request.Headers.TryAddWithoutValidation("X-User-Id", op.UserId);
            if (op.Body is not null)
            {
                var content = new ByteArrayContent(op.Body);
                content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
                request.Content = content;
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, abort);
            status = (int)response.StatusCode;
            scan = await ReadAsync(response, status >= 400);
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
        catch (IOException ex)
        {
            failure = $"io: {ex.GetType().Name}";
        }

        var done = Stopwatch.GetTimestamp();
        metrics.OnCompleted(op.Kind, status, scan, op.IntendedCategory, Micros(done - scheduled), measured, failure);
        metrics.OnTimed(scheduled, sent, done, op.Kind, status, measured);
    }

    /// <summary>Reads the whole answer into a pooled buffer (so the connection is reused) and scans it.</summary>
    private async Task<VerdictScan> ReadAsync(HttpResponseMessage response, bool problem)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(response.Content.Headers.ContentLength ?? InitialBuffer, 256, 1 << 20) + 1);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(abort);
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), abort);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return VerdictScanner.Scan(buffer.AsSpan(0, length), problem);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static long Micros(long ticks) => (long)(ticks * MicrosPerTick);
}
