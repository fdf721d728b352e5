using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Grains.Common;

namespace Platform.Grains.Users;

/// <summary>Gives back, on a user's contracts, the disclosures revoked because of the user, once the measure was undone.</summary>
internal static class Reinstatements
{
    /// <summary>What still keeps the user's disclosures revoked (<c>flagged</c>, <c>restricted</c>, <c>withdrawn</c>), or null.</summary>
    public static string? StillBarred(UserState s) =>
        s.Flags.OrEmpty().Count > 0 ? "flagged" : s.Standing is "restricted" or "withdrawn" ? s.Standing : null;

    /// <summary>
    /// When nothing keeps them revoked any more (<see cref="StillBarred"/>), gives back what was revoked because of the
    /// user (<see cref="ReinstateAllAsync"/>) and saves the user's own notices. Says how many, or what still bars them. Either
    /// way a give-back owed (<see cref="UserState.ReinstatePending"/>) is then done, and saved so.
    /// </summary>
    public static async Task<(int Approvals, int Requests, string? Barred)> GiveBackIfClearAsync(
        IGrainFactory grains, string userId, UserState s, Func<Task> save)
    {
        if (StillBarred(s) is { } barred)
        {
            if (s.ReinstatePending)
            {
                s.ReinstatePending = false;
                await save();
            }

            return (0, 0, barred);
        }

        var inbox = s.Notifications?.Count;
        var (approvals, requests) = await ReinstateAllAsync(grains, userId, s);
        var owed = s.ReinstatePending;
        s.ReinstatePending = false;
        if (owed || s.Notifications?.Count != inbox)
        {
            await save();
        }

        return (approvals, requests, null);
    }

    /// <summary>
    /// Asks each of the user's contracts to give back what was revoked because of the user, in parallel
    /// (<see cref="IContractGrain.ReinstateApprovalsAsync"/>, which also counts each in the month's statistics), adds the
    /// notices to the user's own inbox (the caller saves)
    /// and delivers the other parties' notices, one call per recipient. Returns how many approvals were given back and
    /// how many closed requests may be made again. When a contract could not be asked (or a notice not stored), the
    /// others' notices are still delivered and the call then fails, so the reviewer's decision can be retried: contracts
    /// that gave back already hand their notice out again and recipients skip those they hold.
    /// </summary>
    public static async Task<(int Approvals, int Requests)> ReinstateAllAsync(IGrainFactory grains, string userId, UserState s)
    {
        var (approvals, requests) = (0, 0);
        await UserLadder.OnEveryContractAsync(grains, s, c => c.ReinstateApprovalsAsync(userId), given =>
        {
            if (given.Count > 0)
            {
                Inbox.AddOnce(s.Notifications ??= [], [.. given.Select(r => r.Notice)]);
            }

            approvals = given.Count(r => r.ReinstatedNow && r.Approval);
            requests = given.Count(r => r.ReinstatedNow && !r.Approval);
            return UserLadder.DeliverAsync(grains, userId, given.Where(r => r.NoticeTo != userId).Select(r => (r.NoticeTo, r.Notice)));
        });
        return (approvals, requests);
    }
}
