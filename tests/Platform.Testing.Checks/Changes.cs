using Platform.Compliance.Abstractions;

namespace Platform.Testing.Checks;

/// <summary>Builds the state changes the grains hand to the checks: a job post, a proposal, a message.</summary>
public static class Changes
{
    public static StateChange Job(string text, string? title = null, JobFacts? job = null) => new()
    {
        EntityKind = "job",
        EntityId = "job-1",
        Change = ChangeKind.JobPublished,
        TextKind = TextKind.Job,
        Title = title,
        Text = text,
        Stage = DealStage.Open,
        ActorUserId = "client-1",
        ActorRole = PartyRole.Client,
        Job = job,
    };

    public static StateChange Message(
        string text,
        DealStage stage = DealStage.PreContract,
        DisclosureStatus disclosure = DisclosureStatus.None,
        PartyRole sender = PartyRole.Client) => new()
    {
        EntityKind = "contract",
        EntityId = "contract-1",
        ItemId = "msg-1",
        Change = ChangeKind.MessageSent,
        TextKind = TextKind.Message,
        Text = text,
        Stage = stage,
        Disclosure = disclosure,
        ActorUserId = sender == PartyRole.Client ? "client-1" : "worker-1",
        ActorRole = sender,
    };

    public static StateChange Proposal(string text) => new()
    {
        EntityKind = "job",
        EntityId = "job-1",
        ItemId = "proposal-1",
        Change = ChangeKind.ProposalSubmitted,
        TextKind = TextKind.Proposal,
        Text = text,
        Stage = DealStage.PreContract,
        ActorUserId = "worker-1",
        ActorRole = PartyRole.Worker,
    };

    /// <summary>
    /// A change of the kind named as in the concept tests' data rows: "job", "proposal", "worker" (a worker's
    /// message), "profile" (a worker's profile) or anything else (a client's message).
    /// </summary>
    public static StateChange OfKind(string kind, string text) => kind switch
    {
        "job" => Job(text),
        "proposal" => Proposal(text),
        "worker" => Message(text, sender: PartyRole.Worker),
        "profile" => Message(text) with
        {
            EntityKind = "user",
            Change = ChangeKind.ProfileUpdated,
            TextKind = TextKind.Profile,
            Stage = DealStage.Open,
            ActorRole = PartyRole.Worker,
        },
        _ => Message(text),
    };
}
