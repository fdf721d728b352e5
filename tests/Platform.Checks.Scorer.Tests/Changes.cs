using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>Builds state changes and finds the deployed plugin folder.</summary>
internal static class Changes
{
    public static string PluginFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "artifacts", "plugins", "Platform.Checks.Scorer");
    }

    public static StateChange Job(string title, string text) => new()
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
    };

    public static StateChange Message(
        string text,
        DealStage stage = DealStage.PreContract,
        DisclosureStatus disclosure = DisclosureStatus.None,
        PartyRole sender = PartyRole.Worker) => new()
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
}
