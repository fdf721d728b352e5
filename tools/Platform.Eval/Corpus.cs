using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Reads a corpus file and maps its items to the state changes the engine would see.</summary>
public static class Corpus
{
    public static IReadOnlyList<CorpusItem> Read(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<CorpusItem>(l) ?? throw new InvalidDataException($"bad line: {l}"))
            .ToList();

    public static StateChange ToChange(CorpusItem item)
    {
        var (entity, change, textKind) = item.Kind switch
        {
            "job" => ("job", ChangeKind.JobPublished, TextKind.Job),
            "proposal" => ("job", ChangeKind.ProposalSubmitted, TextKind.Proposal),
            "message" => ("contract", ChangeKind.MessageSent, TextKind.Message),
            "profile" => ("user", ChangeKind.ProfileUpdated, TextKind.Profile),
            _ => throw new InvalidDataException($"{item.Id}: unknown kind {item.Kind}"),
        };

        return new StateChange
        {
            EntityKind = entity,
            EntityId = item.Id,
            ItemId = item.Id,
            Change = change,
            TextKind = textKind,
            Title = item.Title,
            Text = item.Text,
            Stage = Enum.Parse<DealStage>(item.Context.Stage.Replace("_", string.Empty), ignoreCase: true),
            Disclosure = Enum.Parse<DisclosureStatus>(item.Context.Disclosure, ignoreCase: true),
            ActorUserId = item.Context.Sender,
            ActorRole = item.Context.Sender == "client" ? PartyRole.Client : PartyRole.Worker,
            At = DateTimeOffset.UnixEpoch,
        };
    }

    public static Decision ParseDecision(string s) => Enum.Parse<Decision>(s, ignoreCase: true);
}
