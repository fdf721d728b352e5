using Platform.Checks.Text;

namespace Platform.Checks.Contact.Tests;

/// <summary>The checks' per-thread scratch: each thread sees only its own value, on as many threads as run at once.</summary>
public sealed class PerThreadTests
{
    [Fact]
    public void Value_SetOnManyThreadsAtOnce_EachThreadReadsItsOwn()
    {
        var slot = new PerThread<string>();
        const int threads = 200; // more than the first array holds, so it grows while others write
        using var ready = new Barrier(threads);
        var seen = new string?[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            ready.SignalAndWait();
            var mine = $"thread-{i}";
            slot.Value = mine;
            var kept = 0;
            for (var round = 0; round < 50; round++)
            {
                Thread.Yield();
                kept += slot.Value == mine ? 1 : 0;
            }

            seen[i] = kept == 50 ? slot.Value : null;
        })).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        Assert.Equal(Enumerable.Range(0, threads).Select(i => $"thread-{i}"), seen);
        Assert.Null(slot.Value);
    }
}
