using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;
using Platform.Grains.Contracts;
using Platform.Grains.Jobs;

namespace Platform.Grains.Tests;

/// <summary>
/// What the checks read of a thread besides the text written now (<see cref="StateChange.RecentThread"/>), built once per
/// message into one array: the sender's last messages, oldest first, after their carried texts or their proposal.
/// </summary>
public sealed class RecentThreadTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    // Messages alternating between the worker (even) and the client (odd), then the worker's `extra` more.
    private static List<MessageRecord> Thread(int each, int extra = 0, string prefix = "m") =>
        [.. Enumerable.Range(1, 2 * each + extra).Select(i => new MessageRecord
        {
            Id = $"{prefix}{i}",
            SenderId = i % 2 == 1 && i <= 2 * each ? "client" : "worker",
            Text = $"{(i % 2 == 1 && i <= 2 * each ? "client" : "worker")} text {i}",
            At = T0.AddMinutes(i),
        })];

    private static IEnumerable<string> Expected(IEnumerable<MessageRecord> thread, string sender, int take) =>
        thread.Where(m => m.SenderId == sender).TakeLast(take).Select(m => m.Id);

    private static CarriedText[] Carried(string sender, int count) =>
        [.. Enumerable.Range(1, count).Select(i => CarriedText.Of(sender, $"{sender}-p{i}", $"{sender} carried {i}", T0.AddMinutes(-60 + i)))];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(5, 4)]
    [InlineData(6, 6)]
    [InlineData(12, 0)]
    [InlineData(20, 3)]
    public void Contract_TheSendersCarriedTextsFillWhatTheirMessagesLeave_OldestFirst(int each, int extra)
    {
        var state = new ContractState
        {
            Messages = Thread(each, extra),
            Carried = [.. Carried("worker", 4), .. Carried("client", 3), CarriedText.Of("worker", "worker-p5", "worker carried 5", T0)],
        };

        foreach (var sender in new[] { "worker", "client" })
        {
            var own = Expected(state.Messages, sender, Snapshots.RecentThreadTexts).ToList();
            var carried = state.Carried.Where(c => c.SenderId == sender).Select(c => c.ItemId).ToList();
            var expected = carried.TakeLast(Snapshots.RecentThreadTexts - own.Count).Concat(own);

            var recent = CarriedTexts.Recent(state, sender);

            Assert.Equal(expected, recent.Select(t => t.ItemId));
            Assert.All(recent, t => Assert.StartsWith(sender, t.Text, StringComparison.Ordinal));
            Assert.Equal(recent.OrderBy(t => t.At).Select(t => t.ItemId), recent.Select(t => t.ItemId));
        }
    }

    [Fact]
    public void Contract_NoMessagesNorCarriedTexts_HandsOverNothing() =>
        Assert.Empty(CarriedTexts.Recent(new ContractState(), "worker"));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 1)]
    [InlineData(11, 0)]
    [InlineData(11, 1)]
    [InlineData(15, 2)]
    public void Proposal_TheWorkersBeginWithTheProposalUntilTheirMessagesFillTheWindow(int each, int extra)
    {
        var proposal = new ProposalRecord { Id = "p1", WorkerId = "worker", Text = "worker proposal", At = T0, Messages = Thread(each, extra, "p1-m") };

        var worker = ProposalThreads.Recent(proposal, "worker").Select(t => t.ItemId).ToList();
        var client = ProposalThreads.Recent(proposal, "client").Select(t => t.ItemId).ToList();

        var own = Expected(proposal.Messages, "worker", Snapshots.RecentThreadTexts).ToList();
        Assert.Equal(own.Count < Snapshots.RecentThreadTexts ? ["p1", .. own] : own, worker);
        Assert.Equal(Expected(proposal.Messages, "client", Snapshots.RecentThreadTexts), client);
    }

    [Theory]
    [InlineData("contracted", "escrow_funded", "none")]
    [InlineData("delivered", "delivered", "approved")]
    public void ContractChange_BeforeAndAfter_NameTheStagesAndTheDisclosure(string before, string after, string disclosure)
    {
        var state = new ContractState { Stage = after, Disclosure = disclosure };
        var party = new PartyInfo("client", true, ["client"], "good", [], 0, 0, null, "依頼者");

        var change = ContractChecks.Change("c1", state, ChangeKind.ContractStageChanged, null, null, party, party, party, before, T0);

        Assert.Equal(new Dictionary<string, string> { ["stage"] = before, ["disclosure"] = disclosure }, change.Before);
        Assert.Equal(new Dictionary<string, string> { ["stage"] = after, ["disclosure"] = disclosure }, change.After);
    }
}
