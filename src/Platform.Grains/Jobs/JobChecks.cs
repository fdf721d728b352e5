using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>Builds the compliance snapshots for a job's changes.</summary>
internal static class JobChecks
{
    public static StateChange Post(string jobId, ChangeKind change, JobDraft draft, JobState before, PartyInfo client, DateTimeOffset at) => new()
    {
        EntityKind = "job",
        EntityId = jobId,
        ItemId = jobId,
        Change = change,
        TextKind = TextKind.Job,
        Title = draft.Title,
        Text = draft.Description,
        Stage = DealStage.Open,
        Disclosure = DisclosureStatus.None,
        ActorUserId = client.UserId,
        ActorRole = PartyRole.Client,
        Client = Snapshots.Party(client, PartyRole.Client),
        ActorProfileText = client.ProfileText,
        ActorDisplayName = client.DisplayName,
        Job = new JobFacts(draft.Category, draft.BudgetKind, draft.BudgetYen, draft.Deadline),
        Before = before.Fields is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["status"] = before.Status, ["title"] = before.Fields.Title },
        After = new Dictionary<string, string> { ["title"] = draft.Title },
        At = at,
    };

    public static StateChange ThreadText(
        string jobId, string itemId, ChangeKind change, TextKind kind, string text, PartyInfo actor, PartyRole actorRole,
        PartyInfo client, PartyInfo worker, IReadOnlyList<ThreadText> recent, DateTimeOffset at) => new()
    {
        EntityKind = "job",
        EntityId = jobId,
        ItemId = itemId,
        Change = change,
        TextKind = kind,
        Text = text,
        Stage = DealStage.PreContract,
        Disclosure = DisclosureStatus.None,
        ActorUserId = actor.UserId,
        ActorRole = actorRole,
        Client = Snapshots.Party(client, PartyRole.Client),
        Worker = Snapshots.Party(worker, PartyRole.Worker),
        RecentThread = recent,
        ActorProfileText = actor.ProfileText,
        ActorDisplayName = actor.DisplayName,
        At = at,
    };
}
