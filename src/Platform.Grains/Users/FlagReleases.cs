using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Grains.Common;

namespace Platform.Grains.Users;

/// <summary>What a user gets back when a reviewer dismisses a detection whose automatic flag was taken away.</summary>
internal static class FlagReleases
{
    /// <summary>
    /// After a dismissal removed <paramref name="code"/>'s flag, or its last source (<paramref name="undone"/>): lifts the
    /// steps the platform took for it, saves (also when only <paramref name="changed"/>, the sources, did), gives back what
    /// a lifted restriction or withdrawal took (<paramref name="finish"/>: the user's pending steps finished, <see cref="UserLadder.FinishAsync"/>,
    /// which gives back the disclosures too when nothing bars them), and otherwise, when the user has no flag left and is neither
    /// restricted nor withdrawn, gives back every disclosure revoked because of them. That last part runs also when an earlier attempt already removed the flag and then failed (the reviewer
    /// retries the decision). Says what was given back.
    /// </summary>
    public static async Task<FlagRelease> GiveBackAsync(
        IGrainFactory grains, string userId, UserState s, Func<Task> save, Func<Action<(int Approvals, int Requests)>?, Task<(int Approvals, int Requests)>> finish, LadderPolicy policy, string code, bool removed, bool changed,
        DateTimeOffset now, bool undone = true)
    {
        if (!s.Registered)
        {
            // A made-up subject (a detection about an id never registered): nothing to give back.
            return new FlagRelease(code, false, false, [], 0, 0, null);
        }

        var lifted = undone ? UserLadder.LiftAutomatic(s, code, policy, now) : [];
        if (changed || removed || lifted.Count > 0)
        {
            // The give-back below stored as owed with the change that calls for it (unless a lift marks its own): finished after
            // a stop or a failure, as a lift's is.
            s.ReinstatePending |= !lifted.Any(l => l.LiftPending) && Reinstatements.StillBarred(s) is null;
            await save();
        }

        // A lifted restriction or withdrawal gives back what it took, the disclosures too (a durable step: finished after a stop).
        (int Approvals, int Requests)? given = null;
        if (lifted.Any(l => l.LiftPending))
        {
            await finish(g => given = g);
        }

        var (approvals, requests, because) = given is { } g
            ? (g.Approvals, g.Requests, (string?)null)
            : await Reinstatements.GiveBackIfClearAsync(grains, userId, s, save);
        return new FlagRelease(code, removed, s.Flags.OrEmpty().Contains(code), [.. lifted.Select(l => l.Step)], approvals, requests, because);
    }
}
