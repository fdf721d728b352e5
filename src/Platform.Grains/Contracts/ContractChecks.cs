using System.Collections.Concurrent;
using System.Collections.Frozen;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>Maps a contract's stage and disclosure to the compliance vocabulary and builds its snapshots.</summary>
internal static class ContractChecks
{
    public static DealStage Stage(string stage) => stage switch
    {
        "contracted" => DealStage.Contracted,
        "escrow_funded" => DealStage.EscrowFunded,
        "delivered" => DealStage.Delivered,
        "accepted" or "paid" => DealStage.Completed,
        _ => DealStage.Cancelled,
    };

    public static DisclosureStatus Disclosure(string disclosure) => disclosure switch
    {
        "requested" => DisclosureStatus.Requested,
        "approved" => DisclosureStatus.Approved,
        "denied" or "withdrawn" => DisclosureStatus.Denied,
        "revoked" => DisclosureStatus.Revoked,
        _ => DisclosureStatus.None,
    };

    public static StateChange Change(
        string contractId, ContractState s, ChangeKind change, string? itemId, string? text, PartyInfo actor,
        PartyInfo client, PartyInfo worker, string beforeStage, DateTimeOffset at) => new()
    {
        EntityKind = "contract",
        EntityId = contractId,
        ItemId = itemId,
        Change = change,
        TextKind = text is null ? TextKind.None : TextKind.Message,
        Text = text,
        Stage = Stage(s.Stage),
        Disclosure = Disclosure(s.Disclosure),
        ActorUserId = actor.UserId,
        ActorRole = actor.UserId == client.UserId ? PartyRole.Client : PartyRole.Worker,
        Client = Snapshots.Party(client, PartyRole.Client),
        Worker = Snapshots.Party(worker, PartyRole.Worker),
        RecentThread = text is null ? [] : CarriedTexts.Recent(s, actor.UserId),
        ActorProfileText = text is null ? null : actor.ProfileText,
        ActorDisplayName = text is null ? null : actor.DisplayName,
        Before = Values(beforeStage, s.Disclosure),
        After = Values(s.Stage, s.Disclosure),
        At = at,
    };

    // A stage and disclosure as the checks read them: one read-only instance per pair (codes of two short fixed lists),
    // shared by every change instead of two dictionaries built per message.
    private static readonly ConcurrentDictionary<(string Stage, string Disclosure), FrozenDictionary<string, string>> Pairs = new();

    private static FrozenDictionary<string, string> Values(string stage, string disclosure) =>
        Pairs.GetOrAdd((stage, disclosure), static p => new Dictionary<string, string> { ["stage"] = p.Stage, ["disclosure"] = p.Disclosure }.ToFrozenDictionary());
}
