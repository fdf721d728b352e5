using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>The review queue: held items flow in, decisions flow back; reports are merged and counted.</summary>
[Collection(TrustCollection.Name)]
public sealed class ReviewQueueTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task HeldContractMessage_ApprovedByReviewer_IsDelivered()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var held = await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。本人確認のため下記フォームへご入力ください。");
        Assert.Equal("held", held.Status);
        Assert.Empty(await deal.Contract.GetMessagesAsync(deal.WorkerId));

        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");
        Assert.Equal(("message", "auto", "fake_official", 3), (item!.Item.Kind, item.Item.Origin, item.Item.Category, item.Severity));
        var alerts = await Trust.Queue(Grains).GetAlertsAsync(0);
        Assert.Contains(alerts, a => a.Item.Id == item.Id);

        var decided = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "運営からの正規の案内ではないが、問題のない内容です。");

        Assert.Equal("message delivered", decided.Outcome);
        var seen = Assert.Single(await deal.Contract.GetMessagesAsync(deal.WorkerId));
        Assert.Equal(("delivered", held.Id), (seen.Status, seen.Id));
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "message_released");
    }

    [Fact]
    public async Task HeldMessages_ManyAtOnce_EachIsInTheQueueWhenItsSendIsAnswered()
    {
        var deal = await Trust.NewDealAsync(Grains);

        // No waiting after the answers: an acknowledged hold must already have its review item.
        var held = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            deal.Contract.SendMessageAsync(deal.ClientId, $"事務局です。本人確認のため下記フォームへご入力ください。（{i}）")));
        var queued = (await Trust.Queue(Grains).ListAsync("open")).Select(i => i.Item.Key).ToHashSet();

        Assert.All(held, m => Assert.Equal("held", m.Status));
        Assert.All(held, m => Assert.Contains($"held-contract-{deal.ContractId}-{m.Id}", queued));
    }

    [Fact]
    public async Task HeldProposalMessage_Rejected_StaysBlocked()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(client, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(worker, "ぜひ担当させてください。", 20_000);
        var held = await job.SendProposalMessageAsync(client, proposal.Id, "事務局です。こちらのURLから登録してください。");

        var item = await Trust.ItemAsync(Grains, $"held-job-{job.GetPrimaryKeyString()}-{held.Id}");
        await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: false, "事務局騙りのため配信しません。");

        Assert.Empty(await job.GetProposalThreadAsync(worker, proposal.Id));
        Assert.Equal("blocked", Assert.Single(await job.GetProposalThreadAsync(client, proposal.Id)).Status);
    }

    [Fact]
    public async Task Reports_SameTargetTwice_MergedCountedAndUpheldFlagsTheUser()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var reporter2 = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);

        var first = await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "off_platform_contact", "外部での取引を持ちかけられました。"));
        var second = await queue.ReportAsync(new ReportRequest(reporter2, "user", deal.WorkerId, "off_platform_contact", null));
        var third = await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "off_platform_contact", "再度"));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains("受け付けました", first.MessageJa);
        var items = (await queue.ListAsync("open")).Where(i => i.Item.Kind == "report" && i.Item.SubjectUserId == deal.WorkerId).ToArray();
        var item = Assert.Single(items);
        Assert.Equal(3, item.Count);
        Assert.Equal([deal.ClientId, reporter2], item.Reporters);
        Assert.Equal(first, await queue.GetReceiptAsync(first.Id, deal.ClientId));
        await Assert.ThrowsAsync<PlatformException>(() => queue.GetReceiptAsync(first.Id, reporter2));

        var decided = await queue.DecideAsync(item.Id, "reviewer-1", approve: true, "外部取引の勧誘を確認しました。");
        Assert.Equal("approved", decided.Status);
        Assert.Contains($"report.{item.Id}", (await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);
        Assert.Equal(third.ReporterId, deal.ClientId);
    }

    [Fact]
    public async Task Report_UnknownTargetOrCategory_Refused()
    {
        var reporter = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);
        var missing = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(reporter, "job", "job-nope", "mlm", null)));
        Assert.Equal("report.target_not_found", missing.Code);
        var category = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(reporter, "user", reporter, "rude", null)));
        Assert.Equal(("invalid", "category"), (category.Kind, category.Field));
    }
}
