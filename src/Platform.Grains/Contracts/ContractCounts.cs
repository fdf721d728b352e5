using Platform.Abstractions.Statistics;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Statistics;

namespace Platform.Grains.Contracts;

/// <summary>
/// What a contract counts in the monthly statistics (its disclosure requests' decisions, escalations and give-backs, its
/// nudges' requests, answers and settlements; not the revocations of a flag or a step, which the flagged party's grain
/// counts once for the whole fan-out) exactly once, as the review queue counts
/// (<c>ReviewCounts</c>): the count is kept in the contract's state (<see cref="ContractState.Counts"/>, null when none is
/// owed) by the write that stores the change it counts, and sent once that write has committed, numbered by the change's
/// event in the history (which only grows), so that one sent again after a stop or a refused write is not counted twice
/// (<see cref="IStatisticsGrain.AddOnceAsync"/>). While a count is owed the workflow reminder stays registered
/// (<see cref="WorkflowReminder.IsLive"/>), so a host stopped between storing the change and counting it counts it when
/// the reminder, or any call, activates the contract again. Once the contract has stored that the month took it, the
/// month forgets the contract (<see cref="IStatisticsGrain.ForgetAsync"/>): its map of sources does not grow with the
/// contracts (a forget lost to a stop leaves one entry, and the next count of the contract in that month removes it).
/// </summary>
internal static class ContractCounts
{
    public static string Source(string contractId) => $"contract/{contractId}";

    /// <summary>
    /// Owes <paramref name="count"/> of <paramref name="key"/> in the month of <paramref name="at"/> for the change being
    /// made now, right after the event that records it (its number in the history numbers the count, so each count has an
    /// event of its own); the caller saves, then sends (<see cref="SendAsync"/>).
    /// </summary>
    public static void Owe(IContractHost host, DateTimeOffset at, string key, int count = 1)
    {
        if (count == 0)
        {
            return;
        }

        var s = host.State;
        var counts = s.Counts ??= [];
        // Higher than any number sent before: the history only grows, and every count follows an event of its own.
        var sequence = Math.Max(s.History.OrEmpty().Count, counts.Count > 0 ? counts[^1].Sequence + 1 : 0);
        counts.Add(new OwedCount(sequence, at, new Dictionary<string, int> { [key] = count }));
    }

    /// <summary>
    /// Sends the counts owed, oldest first, each until the month took it; then stores that they were taken and lets the
    /// months forget the contract. A count the month could not take now stays owed (returns false), for the next try.
    /// </summary>
    public static async Task<bool> SendAsync(IContractHost host)
    {
        var s = host.State;
        if (s.Counts is not { Count: > 0 } counts)
        {
            return true;
        }

        var source = Source(host.ContractId);
        var taken = 0;
        try
        {
            for (; taken < counts.Count; taken++)
            {
                var count = counts[taken];
                await Stats.AddOnceAsync(host.Grains, count.At, source, count.Sequence, count.Increments);
            }
        }
        catch (Exception)
        {
            // The month's write was refused (or its grain unreachable): what it did not take is sent again later.
        }

        if (taken == 0)
        {
            return false;
        }

        var sent = counts.GetRange(0, taken);
        counts.RemoveRange(0, taken);
        if (counts.Count == 0)
        {
            s.Counts = null;
        }

        try
        {
            await host.SaveAsync();
        }
        catch (Exception)
        {
            // Not stored as taken: the contract reloads them owed and sends them again, and the months take none twice.
            return false;
        }

        foreach (var month in sent.GroupBy(c => BusinessCalendar.JapanMonth(c.At)))
        {
            Stats.Forget(host.Grains, month.First().At, source, month.Max(c => c.Sequence));
        }

        return s.Counts is null;
    }
}
