using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Domain.Common;
using Platform.Domain.Users;

namespace Platform.Grains.Common;

/// <summary>Looks up the acting user and refuses actions their role or standing does not allow.</summary>
internal static class Parties
{
    public static async Task<PartyInfo> RequireActorAsync(IGrainFactory grains, string userId, UserRole? role, bool posting)
    {
        var party = await grains.Grain<IUserGrain>(userId).GetPartyAsync();
        if (!party.Registered)
        {
            throw Problems.NotFound("user", userId);
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
