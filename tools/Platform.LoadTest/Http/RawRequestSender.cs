using System.Diagnostics;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>
/// Sends one pre-built request through <see cref="RawHttpClient"/> and records it, as
/// <see cref="RequestSender"/> does with HttpClient: latency from the request's scheduled time, the answer's verdict
/// read from its bytes where it lies in the connection's buffer.
/// </summary>
internal sealed class RawRequestSender(RawHttpClient client, LoadMetrics metrics) : IRequestSender
{
    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    private static readonly BodyHandler<VerdictScan> Scan = static (status, body) => VerdictScanner.Scan(body, status >= 400);

    /// <summary>
    /// Starts the exchange on the calling (dispatcher) thread: the request is written to its socket there, without
    /// a hop through the thread pool, and the answer is read where the socket's completion runs (inline on the
    /// socket engine's thread, see Program.cs). The send's time is the dispatcher's, so it shows in the dispatch lag.
    /// </summary>
    public void Start(Operation op, long scheduledTimestamp, bool measured) => _ = SendAsync(op, scheduledTimestamp, measured);

    private async Task SendAsync(Operation op, long scheduled, bool measured)
    {
        var sent = Stopwatch.GetTimestamp();
        metrics.OnDispatched(Micros(sent - scheduled), measured);
        var answer = await client.SendAsync(op.Method, op.Uri, op.UserId, op.Body, Scan).ConfigureAwait(false);
        var done = Stopwatch.GetTimestamp();
        metrics.OnCompleted(op.Kind, answer.Status, answer.Failure == RawFailure.None ? answer.Result : VerdictScan.None, op.IntendedCategory,
            Micros(done - scheduled), measured, Describe(answer.Failure));
        metrics.OnTimed(scheduled, sent, done, op.Kind, answer.Status, measured);
    }

    /// <summary>The failure as the report names it (the same words as the HttpClient sender's).</summary>
    internal static string? Describe(RawFailure failure) => failure switch
    {
        RawFailure.None => null,
        RawFailure.Timeout => "timeout",
        RawFailure.Cancelled => "cancelled at the end of the run",
        _ => $"transport: {failure}",
    };

    private static long Micros(long ticks) => (long)(ticks * MicrosPerTick);
}
