using Platform.Abstractions.Reviews;
using Platform.Abstractions.Statistics;
using Platform.Grains.Statistics;

namespace Platform.Grains.Reviews;

/// <summary>
/// A count the review queue owes the monthly statistics: <paramref name="Increments"/> in the month of
/// <paramref name="At"/>, for item <paramref name="ItemId"/> (received, or with <paramref name="Decided"/> decided; a
/// report of <paramref name="Reporter"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingCount(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Dictionary<string, int> Increments,
    [property: Id(3)] string ItemId,
    [property: Id(4)] bool Decided,
    [property: Id(5)] string? Reporter = null);

/// <summary>
/// What the review queue counts in the monthly statistics (reports received, reviewers' and the platform's decisions,
/// mass-sends detected) is kept in the queue's state with the change it counts, or before it, and sent to the month's
/// statistics once that change is stored: in order, each until it is taken, numbered so that one sent again is not
/// counted twice (<see cref="IStatisticsGrain.AddOnceAsync"/>). A queue stopped between storing a decision and counting
/// it (a host killed, the statistics' write refused) counts it when it starts again; a count whose change never got
/// stored (its item is still open, or has no record) is dropped then.
/// </summary>
internal sealed class ReviewCounts(Func<ReviewQueueState> state, IGrainFactory grains, string source)
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    // Counts whose change is being stored now: the sending stops at the first of them, so that none is counted before
    // its change is kept. Counts whose change may not have been stored (it failed, or the queue started again).
    private readonly HashSet<long> _storing = [];
    private readonly HashSet<long> _unsure = [];

    private List<PendingCount> Counts => state().Counts;

    /// <summary>Counts taken over from the stored state when the queue starts: each is sent only if its change was stored.</summary>
    public void Restore() => _unsure.UnionWith(Counts.Select(c => c.Sequence));

    /// <summary>
    /// Adds the counts of a change about to be stored (nothing for empty increments), to be saved with or before it; then
    /// <see cref="Stored"/> when its writes have ended. Returns their numbers.
    /// </summary>
    public long[] Owe(string itemId, bool decided, string? reporter, params (DateTimeOffset At, IReadOnlyDictionary<string, int> Increments)[] counts)
    {
        var numbers = new List<long>();
        foreach (var (at, increments) in counts)
        {
            if (increments.Count > 0)
            {
                var count = new PendingCount(++state().LastCount, at, new Dictionary<string, int>(increments), itemId, decided, reporter);
                Counts.Add(count);
                _storing.Add(count.Sequence);
                numbers.Add(count.Sequence);
            }
        }

        return [.. numbers];
    }

    /// <summary>The change of counts <paramref name="numbers"/> was stored, or with <paramref name="stored"/> false may not have been.</summary>
    public void Stored(long[] numbers, bool stored)
    {
        foreach (var number in numbers)
        {
            _storing.Remove(number);
            if (!stored)
            {
                _unsure.Add(number);
            }
        }
    }

    /// <summary>
    /// Sends the counts owed, oldest first, up to the first whose change is still being stored; returns whether any
    /// left the state (the caller saves it). A failure to send leaves the rest for the next call.
    /// </summary>
    public async Task<bool> SendAsync(Func<string, Task<ReviewItemView?>> record)
    {
        await _sending.WaitAsync();
        var sent = false;
        try
        {
            while (Counts.Count > 0 && !_storing.Contains(Counts[0].Sequence))
            {
                var count = Counts[0];
                if (!_unsure.Contains(count.Sequence) || Kept(count, await record(count.ItemId)))
                {
                    await Stats.AddOnceAsync(grains, count.At, source, count.Sequence, count.Increments);
                }

                Counts.RemoveAt(0);
                _unsure.Remove(count.Sequence);
                sent = true;
            }
        }
        finally
        {
            _sending.Release();
        }

        return sent;
    }

    // The change a count was for is stored: the item has a record, decided if the count is for its decision, with the
    // reporter if it is for a report.
    private static bool Kept(PendingCount count, ReviewItemView? item) =>
        item is not null && (!count.Decided || item.Status != "open") && (count.Reporter is null || item.Reporters.Contains(count.Reporter));
}
