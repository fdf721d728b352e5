using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;

namespace Platform.Grains.Tests;

/// <summary>Mass-send detection on the grains: one sender, near-identical messages, many recipients.</summary>
[Collection(TrustCollection.Name)]
public sealed class MassSendTests(TrustClusterFixture fixture)
{
    private const string Scam = "{0}様　このたびはご契約ありがとうございます。報酬のお受け取りには口座の再認証が必要です。下記の認証ページから本日中にお手続きください。";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Near_identical_contract_messages_to_twenty_workers_are_pulled_back_and_the_sender_flagged()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var contracts = new List<(string Worker, IContractGrain Contract)>();
        for (var i = 0; i < 20; i++)
        {
            var worker = await Trust.RegisterAsync(Grains, "worker");
            var contract = await Trust.DirectAsync(Grains, client, worker, $"c-ms-{Guid.NewGuid():N}");
            contracts.Add((worker, contract));
        }

        // One of the deals had its contact disclosure approved: the flag revokes it.
        var (approvedWorker, approved) = contracts[0];
        await approved.FundEscrowAsync(client);
        await approved.RequestDisclosureAsync(approvedWorker);
        Assert.Equal("approved", (await approved.DecideDisclosureAsync(true, "reviewer-1", "取引に問題はありません。")).Disclosure);

        for (var i = 0; i < contracts.Count; i++)
        {
            var sent = await contracts[i].Contract.SendMessageAsync(client, string.Format(Scam, $"ワーカー{i + 1}"));

            // The tenth copy completes the mass-send: it and every later copy are held in the answer, with the finding.
            Assert.True(i < 9 ? sent.Status == "delivered" : sent.Status == "held" && sent.Verdict.Findings.Any(f => f.Code == "mass_send"), $"copy {i + 1}: {sent.Status}");
        }

        foreach (var (worker, contract) in contracts)
        {
            await Trust.EventuallyAsync(() => contract.GetMessagesAsync(worker), m => m.Count == 0);
            Assert.Empty(await contract.GetMessagesAsync(worker));
            var own = Assert.Single(await contract.GetMessagesAsync(client));
            Assert.Equal("held", own.Status);
            Assert.Contains(own.Verdict.Findings, f => f.Code == "mass_send" && f.Evidence.Single().Excerpt.Contains("認証ページ", StringComparison.Ordinal));
        }

        var sender = await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(client).GetAsync(), u => u.Flags.Contains("mass_send"));
        Assert.Contains("mass_send", sender.Flags);
        Assert.Equal("revoked", (await approved.GetAsync(client)).Disclosure);
        foreach (var (_, contract) in contracts)
        {
            var item = await Trust.ItemAsync(Grains, $"held-contract-{contract.GetPrimaryKeyString()}-m1");
            Assert.Equal(("message", "mass_send"), (item!.Item.Kind, item.Item.Findings.Last().Code));
        }

        var alert = await Trust.ItemAsync(Grains, $"mass-send-{client}");
        Assert.Equal(3, alert!.Severity);
        await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{client}"), a => a?.Item.Findings.Count == 20);
    }

    [Fact]
    public async Task One_sender_writing_the_same_text_to_the_same_worker_many_times_is_not_a_mass_send()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var contract = await Trust.DirectAsync(Grains, client, worker, $"c-ms-{Guid.NewGuid():N}");
        for (var i = 0; i < 15; i++)
        {
            await contract.SendMessageAsync(client, "納品物の確認をお願いします。修正点があれば今週中にお知らせください。");
        }

        Assert.All(await contract.GetMessagesAsync(worker), m => Assert.Equal("delivered", m.Status));
        Assert.Equal(15, (await contract.GetMessagesAsync(worker)).Count);
        Assert.DoesNotContain("mass_send", (await Grains.GetGrain<IUserGrain>(client).GetAsync()).Flags);
    }

    private const string Pitch =
        "{0}、発注者{1}様。私はライター歴5年で、これまで300本以上の記事を書いてきました。ポートフォリオもございますので、ぜひご検討ください。";

    private static readonly string[] Greetings = ["こんにちは", "お世話になります", "はじめまして", "突然失礼します", "こんばんは"];

    private static string Rotated(int i) => string.Format(Pitch, Greetings[i % Greetings.Length], i + 1);

    [Fact]
    public async Task SendMessage_GreetingRotatedToElevenClients_HoldsTheTenthAndEleventhInTheAnswerAndListsEveryCopyOnce()
    {
        var (worker, contracts) = await ContractsAsync(11);
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal("delivered", (await contracts[i].Contract.SendMessageAsync(worker, Rotated(i))).Status);
        }

        // The copy that completes the campaign is held in the answer itself: its recipient never reads it, not even
        // before the earlier copies are pulled back.
        var (tenthClient, tenth) = contracts[9];
        var completing = await tenth.SendMessageAsync(worker, Rotated(9));
        Assert.Equal("held", completing.Status);
        Assert.Contains(completing.Verdict.Findings, f => f.Code == "mass_send");
        Assert.Empty(await tenth.GetMessagesAsync(tenthClient));

        // So is a further copy sent at once, before the sender is even flagged.
        var (lastClient, last) = contracts[10];
        var held = await last.SendMessageAsync(worker, Rotated(10));
        Assert.Equal("held", held.Status);
        Assert.Contains(held.Verdict.Findings, f => f.Code == "mass_send");
        Assert.Empty(await last.GetMessagesAsync(lastClient));

        await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(worker).GetAsync(), u => u.Flags.Contains("mass_send"));
        foreach (var (client, contract) in contracts)
        {
            await Trust.EventuallyAsync(() => contract.GetMessagesAsync(client), m => m.Count == 0);
            Assert.Empty(await contract.GetMessagesAsync(client));
            var item = await Trust.ItemAsync(Grains, $"held-contract-{contract.GetPrimaryKeyString()}-m1");
            Assert.Equal(("mass_send", "mass_send"), (item!.Item.Category, item.Item.Findings.Last().Code));
        }

        // One alert, every copy listed once (the two held at send too), worded for copies held whether delivered or not.
        var alert = await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{worker}"), a => a?.Item.Findings.Count == 11);
        Assert.Equal(
            contracts.Select(c => $"contract:{c.Contract.GetPrimaryKeyString()}:m1").Order(),
            alert!.Item.Findings.Select(f => f.Evidence.Single().Field).Order());
        Assert.DoesNotContain("送信済み", alert.Item.SummaryJa, StringComparison.Ordinal);

        // The contracts' audit trails say what happened to each copy: pulled back, or held at send by the mass-send.
        var audit = await contracts[0].Contract.GetAuditAsync();
        Assert.Contains(audit, e => e is { Change: "MessageRecalled", ItemId: "m1", Decision: "hold" } && e.Runs.Any(r => r.Name == "mass_send"));
        Assert.Contains(await tenth.GetAuditAsync(), e => e is { Change: "MessageSent", ItemId: "m1", Decision: "hold" } && e.Runs.Any(r => r.Name == "mass_send"));
    }

    [Fact]
    public async Task SendMessage_LaterCopyHeldForAnotherReason_AlsoCarriesTheMassSendFinding()
    {
        var (worker, contracts) = await ContractsAsync(11);
        for (var i = 0; i < 10; i++)
        {
            await contracts[i].Contract.SendMessageAsync(worker, Rotated(i));
        }

        await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(worker).GetAsync(), u => u.Flags.Contains("mass_send"));

        // A check holds this copy for something else (a name the platform's office uses); the campaign is still said.
        var (_, last) = contracts[10];
        var held = await last.SendMessageAsync(worker, Rotated(10) + "事務局です。");
        Assert.Equal("held", held.Status);
        Assert.Contains(held.Verdict.Findings, f => f.Code == "official.impersonation");
        Assert.Contains(held.Verdict.Findings, f => f.Code == "mass_send");
        var item = await Trust.ItemAsync(Grains, $"held-contract-{last.GetPrimaryKeyString()}-m1");
        Assert.Contains(item!.Item.Findings, f => f.Code == "mass_send");
        await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{worker}"), a => a?.Item.Findings.Count == 11);
    }

    [Fact]
    public async Task Decide_MassSendDismissed_RemovesTheFlagDeliversTheCopiesAndSaysSo()
    {
        var (worker, contracts) = await ContractsAsync(12);
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters;
        for (var i = 0; i < 10; i++)
        {
            await contracts[i].Contract.SendMessageAsync(worker, Rotated(i));
        }

        // One more copy is held for something else as well: the dismissal does not release it.
        var (otherClient, other) = contracts[10];
        await other.SendMessageAsync(worker, Rotated(10) + "事務局です。");
        await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(worker).GetAsync(), u => u.Flags.Contains("mass_send"));
        await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{worker}"), a => a?.Item.Findings.Count == 11);

        var decided = await Trust.Queue(Grains).DecideAsync($"mass-send-{worker}", "rev-ms", approve: false, "採用連絡の正当な一斉送信と確認");

        Assert.Equal("rejected", decided.Status);
        Assert.Contains("mass_send flag", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("10 held copies delivered, 1 still held", decided.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("mass_send", (await Grains.GetGrain<IUserGrain>(worker).GetAsync()).Flags);
        foreach (var (client, contract) in contracts.Take(10))
        {
            Assert.Equal("delivered", Assert.Single(await contract.GetMessagesAsync(client)).Status);
            var copy = await Trust.ItemAsync(Grains, $"held-contract-{contract.GetPrimaryKeyString()}-m1");
            Assert.Equal(("approved", "rev-ms"), (copy!.Status, copy.DecidedBy));
        }

        Assert.Empty(await other.GetMessagesAsync(otherClient));
        Assert.Equal("open", (await Trust.ItemAsync(Grains, $"held-contract-{other.GetPrimaryKeyString()}-m1"))!.Status);

        // The month's statistics: one campaign dismissed. Its ten copies held for nothing else were never counted as held
        // changes, so their delivery is not a held change released; the copy held for a violation as well is, once decided.
        var after = (await month.GetAsync()).Counters;
        long Delta(string key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        Assert.Equal((1L, 1L, 0L), (Delta("dismissed.mass_send"), Delta("change.held"), Delta("held.released")));
        await Trust.Queue(Grains).DecideAsync($"held-contract-{other.GetPrimaryKeyString()}-m1", "rev-ms", approve: false, "運営を名乗る文面のため配信しません。");
        after = (await month.GetAsync()).Counters;
        Assert.Equal((1L, 0L, 1L, 1L), (Delta("change.held"), Delta("held.released"), Delta("held.refused"), Delta("confirmed.fake_official")));

        // The campaign was found legitimate: a further copy of it is delivered.
        var (lastClient, last) = contracts[11];
        Assert.Equal("delivered", (await last.SendMessageAsync(worker, Rotated(11))).Status);
        Assert.Single(await last.GetMessagesAsync(lastClient));
    }

    // The next three hold what the sender's window counts while the party read and the window's record are two calls
    // (the read before the checks, the record after them): a fold of the two into one call at the read must keep them.

    [Fact]
    public Task SendMessage_BlockedCopy_DoesNotCountTowardAMassSend() =>
        NinthRecipientAfterAsync(async (worker, ninth) =>
        {
            // Blocked (a contact exchange): never delivered, so not a copy anyone received.
            Assert.Equal("blocked", (await ninth.Contract.SendMessageAsync(worker, Rotated(8) + "LINE交換しませんか")).Status);
        });

    [Fact]
    public Task SendMessage_RefusedCopy_LeavesTheWindowAsItWas() =>
        NinthRecipientAfterAsync(async (worker, ninth) =>
        {
            // Refused after the parties are read (a cancelled contract takes no message): nothing sent, nothing counted.
            await ninth.Contract.CancelAsync(worker, "都合により辞退します。");
            var refusal = await Assert.ThrowsAsync<PlatformException>(() => ninth.Contract.SendMessageAsync(worker, Rotated(8)));
            Assert.Equal("conflict", refusal.Kind);
            Assert.Empty(await ninth.Contract.GetMessagesAsync(ninth.Client));
        });

    // Eight copies delivered, then <paramref name="notCounted"/> sends one to a ninth client that must not count, then a
    // copy to a tenth: the ninth recipient of a delivered copy, not the tenth, so delivered and no mass-send.
    private async Task NinthRecipientAfterAsync(Func<string, (string Client, IContractGrain Contract), Task> notCounted)
    {
        var (worker, contracts) = await ContractsAsync(10);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal("delivered", (await contracts[i].Contract.SendMessageAsync(worker, Rotated(i))).Status);
        }

        await notCounted(worker, contracts[8]);
        var (lastClient, last) = contracts[9];
        Assert.Equal("delivered", (await last.SendMessageAsync(worker, Rotated(9))).Status);
        Assert.Single(await last.GetMessagesAsync(lastClient));
        Assert.DoesNotContain("mass_send", (await Grains.GetGrain<IUserGrain>(worker).GetAsync()).Flags);
    }

    [Fact]
    public async Task SendMessage_RetriedCopy_CountsOnceAndIsListedOnce()
    {
        var (worker, contracts) = await ContractsAsync(10);
        for (var i = 0; i < 9; i++)
        {
            // Every copy sent twice with its key (a client retrying after a lost answer): the retry is the same message.
            var sent = await contracts[i].Contract.SendMessageAsync(worker, Rotated(i), $"k-{i}");
            var retried = await contracts[i].Contract.SendMessageAsync(worker, Rotated(i), $"k-{i}");
            Assert.Equal(("delivered", sent.Id), (retried.Status, retried.Id));
        }

        var (_, tenth) = contracts[9];
        Assert.Equal("held", (await tenth.SendMessageAsync(worker, Rotated(9), "k-9")).Status);
        Assert.Equal("held", (await tenth.SendMessageAsync(worker, Rotated(9), "k-9")).Status);

        // One alert, each copy in it once: ten findings, one per contract's m1.
        var alert = await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{worker}"), a => a?.Item.Findings.Count >= 10);
        Assert.Equal(
            contracts.Select(c => $"contract:{c.Contract.GetPrimaryKeyString()}:m1").Order(),
            alert!.Item.Findings.Select(f => f.Evidence.Single().Field).Order());
        foreach (var (_, contract) in contracts)
        {
            Assert.Single(await contract.GetMessagesAsync(worker));
        }
    }

    private async Task<(string Worker, List<(string Client, IContractGrain Contract)> Contracts)> ContractsAsync(int count)
    {
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var contracts = new List<(string Client, IContractGrain Contract)>();
        for (var i = 0; i < count; i++)
        {
            var client = await Trust.RegisterAsync(Grains, "client");
            contracts.Add((client, await Trust.DirectAsync(Grains, client, worker, $"c-ms-{Guid.NewGuid():N}")));
        }

        return (worker, contracts);
    }

    [Fact]
    public async Task SendMessage_OneTextFromElevenSenders_IsNotAMassSend()
    {
        var senders = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            var worker = await Trust.RegisterAsync(Grains, "worker");
            var client = await Trust.RegisterAsync(Grains, "client");
            var contract = await Trust.DirectAsync(Grains, client, worker, $"c-ms-{Guid.NewGuid():N}");
            Assert.Equal("delivered", (await contract.SendMessageAsync(worker, Rotated(0))).Status);
            senders.Add(worker);
        }

        foreach (var sender in senders)
        {
            Assert.DoesNotContain("mass_send", (await Grains.GetGrain<IUserGrain>(sender).GetAsync()).Flags);
        }
    }
}
