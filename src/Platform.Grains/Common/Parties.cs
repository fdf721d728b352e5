using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Domain.Common;
using Platform.Domain.Users;

namespace Platform.Grains.Common;

/// <summary>Looks up the acting user and refuses actions their role or standing does not allow.</summary>
internal static class Parties
{
    public static async Task<PartyInfo> RequireActorAsync(IGrainFactory grains, string userId, UserRole? role, bool posting) =>
        RequireActor(await grains.Grain<IUserGrain>(userId).GetPartyAsync(), userId, role, posting);

    /// <summary>
    /// Asks two users for their party facts at once and waits once for both answers, instead of asking the second only
    /// after the first has answered: one turn of the asking grain fewer, and the two users answer in parallel. The
    /// answers come back as tasks, both finished: awaiting them in the caller's order raises a failed read where reading
    /// them in turn would have (a refusal the first answer leads to comes before a failure of the second read).
    /// </summary>
    public static async Task<(Task<PartyInfo> First, Task<PartyInfo> Second)> ReadBothAsync(IGrainFactory grains, string first, string second)
    {
        var a = grains.Grain<IUserGrain>(first).GetPartyAsync();
        var b = grains.Grain<IUserGrain>(second).GetPartyAsync();
        await Task.WhenAll(a, (Task)b).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return (a, b);
    }

    /// <summary>The acting user's <paramref name="party"/> facts, refused when they are unknown or their role or standing does not allow the action.</summary>
    public static PartyInfo RequireActor(PartyInfo party, string userId, UserRole? role, bool posting)
    {
        if (!party.Registered)
        {
            throw Problems.NotFound("user", userId, PlatformException.ActingUserField);
        }

        Problems.ThrowIfAny(UserRules.CanAct(ParseStanding(party.Standing), posting));
        if (role is { } needed)
        {
            var roles = party.Roles.Aggregate(UserRole.None, (acc, r) => UserRules.TryParseRole(r, out var parsed) ? acc | parsed : acc);
            Problems.ThrowIfAny(UserRules.RequireRole(roles, needed));
        }

        return party;
    }

    /// <summary>
    /// The name others see for the user, for texts the other party reads (history, notifications): the display name, or
    /// the id while a finding in the name withholds it (as on the public profile). Asked without blocking on the user.
    /// </summary>
    public static async Task<string> ShownNameAsync(IGrainFactory grains, string userId) =>
        (await grains.Grain<IUserGrain>(userId).GetPartyAsync()).ShownName ?? userId;

    public static Standing ParseStanding(string standing) => standing switch
    {
        "warned" => Standing.Warned,
        "restricted" => Standing.Restricted,
        "withdrawn" => Standing.Withdrawn,
        _ => Standing.Good,
    };
}
