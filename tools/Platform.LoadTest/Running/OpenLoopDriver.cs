using System.Diagnostics;
using Platform.LoadTest.Http;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Scheduling;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Running;

/// <summary>
/// The open-loop dispatcher: on its own thread, it hands over every request whose scheduled time has come,
/// whether or not earlier ones have been answered. It sleeps in 1 ms steps when nothing is due (or yields, with
/// precise dispatch), so requests can start up to about a millisecond late; that lateness is measured (dispatch
/// lag) and included in the latencies, which run from the scheduled time.
/// </summary>
internal sealed class OpenLoopDriver(ArrivalSchedule schedule, OperationPlanner planner, IRequestSender sender, LoadMetrics metrics, long maxInFlight, bool precise, PauseLog? pauses = null)
{
    private long _issued;
    private volatile bool _finished;

    public long Issued => Interlocked.Read(ref _issued);

    /// <summary>Stopwatch timestamp of the start of the schedule (set when <see cref="Start"/> runs).</summary>
    public long StartTimestamp { get; private set; }

    /// <summary>UTC at <see cref="StartTimestamp"/> (to line the slow log up with other processes' traces).</summary>
    public DateTime StartUtc { get; private set; }

    public bool Finished => _finished;

    public Thread Start(CancellationToken ct)
    {
        StartUtc = DateTime.UtcNow;
        StartTimestamp = Stopwatch.GetTimestamp();
        var thread = new Thread(() => Run(ct)) { IsBackground = true, Name = "open-loop dispatcher", Priority = ThreadPriority.AboveNormal };
        thread.Start();
        return thread;
    }

    public double Elapsed => Stopwatch.GetElapsedTime(StartTimestamp).TotalSeconds;

    private void Run(CancellationToken ct)
    {
        var frequency = (double)Stopwatch.Frequency;
        var total = schedule.TotalRequests;
        var issued = 0L;
        while (issued < total && !ct.IsCancellationRequested)
        {
            pauses?.Observe(Stopwatch.GetTimestamp());
            var due = schedule.DueBy(Elapsed);
            while (issued < due)
            {
                var at = schedule.TimeOf(issued);
                var scheduled = StartTimestamp + (long)(at * frequency);
                var measured = schedule.IsMeasured(at);
                var op = planner.Next();
                if (metrics.InFlight >= maxInFlight)
                {
                    metrics.OnDropped(op.Kind, measured);
                }
                else
                {
                    metrics.OnIssued();
                    sender.Start(op, scheduled, measured);
                }

                issued++;
                Interlocked.Exchange(ref _issued, issued);
            }

            if (issued >= total)
            {
                break;
            }

            var wait = schedule.TimeOf(issued) - Elapsed;
            if (wait > 0.003)
            {
                // Low rates: sleep most of the gap at once instead of waking every millisecond.
                Thread.Sleep(TimeSpan.FromSeconds(Math.Min(wait - 0.001, 0.1)));
            }
            else if (wait > 0.0015 || (!precise && wait > 0))
            {
                Thread.Sleep(1);
            }
            else if (wait > 0)
            {
                Thread.Yield();
            }
        }

        _finished = true;
    }
}
