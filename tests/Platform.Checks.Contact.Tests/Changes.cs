using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

internal static class Changes
{
    public static StateChange Message(string text, DealStage stage = DealStage.PreContract, DisclosureStatus disclosure = DisclosureStatus.None) =>
        new()
        {
            EntityKind = "contract",
            EntityId = "c-1",
            ItemId = "m-1",
            Change = ChangeKind.MessageSent,
            TextKind = TextKind.Message,
            Text = text,
            Stage = stage,
            Disclosure = disclosure,
        };

    public static StateChange Job(string title, string text) =>
        new()
        {
            EntityKind = "job",
            EntityId = "j-1",
            Change = ChangeKind.JobPublished,
            TextKind = TextKind.Job,
            Title = title,
            Text = text,
            Stage = DealStage.Open,
        };
}
