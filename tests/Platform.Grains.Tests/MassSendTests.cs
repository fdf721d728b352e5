using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;

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

            // From the tenth copy on the mass-send may have been found: a further copy is then held in the answer.
            Assert.True(i < 10 ? sent.Status == "delivered" : sent.Status == "delivered" || sent.Verdict.Findings.Any(f => f.Code == "mass_send"), $"copy {i + 1}: {sent.Status}");
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
        Assert.True(alert.Item.Findings.Count >= 10, $"{alert.Item.Findings.Count} copies as evidence");
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
    public async Task SendMessage_GreetingRotatedToElevenClients_FlagsAtTheTenthAndHoldsTheEleventhAtOnce()
    {
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var contracts = new List<(string Client, IContractGrain Contract)>();
        for (var i = 0; i < 11; i++)
        {
            var client = await Trust.RegisterAsync(Grains, "client");
            contracts.Add((client, await Trust.DirectAsync(Grains, client, worker, $"c-ms-{Guid.NewGuid():N}")));
        }

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("delivered", (await contracts[i].Contract.SendMessageAsync(worker, Rotated(i))).Status);
        }

        await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(worker).GetAsync(), u => u.Flags.Contains("mass_send"));
        foreach (var (client, contract) in contracts.Take(10))
        {
            Assert.Empty(await contract.GetMessagesAsync(client));
        }

        // A further copy after the finding: held in the answer itself, with the finding, never shown to its recipient.
        var (lastClient, last) = contracts[10];
        var held = await last.SendMessageAsync(worker, Rotated(10));
        Assert.Equal("held", held.Status);
        Assert.Contains(held.Verdict.Findings, f => f.Code == "mass_send");
        Assert.Empty(await last.GetMessagesAsync(lastClient));
        var item = await Trust.ItemAsync(Grains, $"held-contract-{last.GetPrimaryKeyString()}-m1");
        Assert.Equal("mass_send", item!.Item.Findings.Last().Code);
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
