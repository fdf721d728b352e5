using Platform.Abstractions.Jobs;

namespace Platform.Grains.Tests;

/// <summary>
/// What the grains keep of each request is shared where records hold the same text (the parties' ids, numbered ids and
/// sentences, a job's codes and unchanged fields: SharedTexts, JobPosts.Kept); every answer reads as it was written.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class KeptRecordsTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ContractMessages_BothParties_EachKeepsItsSenderIdAndSentence()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();
        string[] senders = [deal.WorkerId, deal.ClientId, deal.ClientId, deal.WorkerId, deal.ClientId];
        for (var i = 0; i < senders.Length; i++)
        {
            await deal.Contract.SendMessageAsync(senders[i], $"進捗の連絡です（{i + 1}回目）。");
        }

        var messages = await deal.Contract.GetMessagesAsync(deal.ClientId);
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], messages.Select(m => m.Id));
        Assert.Equal(senders, messages.Select(m => m.SenderId));
        Assert.Equal(senders.Select((_, i) => $"進捗の連絡です（{i + 1}回目）。"), messages.Select(m => m.Text));
        var sent = (await deal.Contract.GetHistoryAsync(deal.WorkerId)).Where(e => e.Type == "message_sent").ToArray();
        Assert.Equal(senders, sent.Select(e => e.ActorId));
        Assert.Equal(messages.Select(m => m.Id), sent.Select(e => e.MessageId));
        Assert.Equal(messages.Select(m => $"メッセージ {m.Id} を送信しました。"), sent.Select(e => e.DetailJa));
    }

    [Fact]
    public async Task ProposalThread_BothParties_EachMessageKeepsItsSenderAndId()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "バナー制作の経験が5年あります。", 25_000);
        string[] senders = [clientId, workerId, workerId, clientId];
        foreach (var sender in senders)
        {
            await job.SendProposalMessageAsync(sender, proposal.Id, "納期について確認させてください。");
        }

        var thread = await job.GetProposalThreadAsync(workerId, proposal.Id);
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"{proposal.Id}-m{n}"), thread.Select(m => m.Id));
        Assert.Equal(senders, thread.Select(m => m.SenderId));
    }

    [Fact]
    public async Task Edits_OneFieldAtATime_EachRevisionReadsAsSent()
    {
        var (clientId, _) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var first = Deal.Draft();
        var described = first with { Description = "バナーを5点に増やしてください。サイズは1200x628、PNG形式で納品をお願いします。" };
        var titled = described with { Title = "バナー5点の制作", Category = "writing", BudgetKind = "hourly", BudgetYen = 3_000 };
        var back = titled with { Description = first.Description };
        await job.CreateAsync(clientId, first, publish: true);
        foreach (var draft in new[] { described, titled, back })
        {
            Assert.Equal(draft, (await job.EditAsync(clientId, draft)).Fields);
        }

        var record = await job.GetRecordAsync(null);
        Assert.Equal([first, described, titled, back], record.Revisions.Select(r => r.Fields));
        Assert.Equal(back, (await job.GetAsync(clientId)).Fields);
    }
}
