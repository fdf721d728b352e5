using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Tests;

/// <summary>The grains run the loaded checks (here the example banned-phrases plugin) on every change and apply the decision.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ComplianceGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ContractMessage_WithBannedContactExchange_IsBlockedHiddenFromOtherPartyAndAudited()
    {
        var deal = await Deal.ContractedAsync(Grains);
        var sent = await deal.Contract.SendMessageAsync(deal.WorkerId, "急ぎの連絡はLINE交換しませんか？");

        Assert.Equal("blocked", sent.Status);
        Assert.Equal("block", sent.Verdict.Decision);
        var finding = Assert.Single(sent.Verdict.Findings);
        Assert.Equal("off_platform_contact", finding.Category);
        Assert.Equal("LINE交換", Assert.Single(finding.Evidence).Excerpt);
        Assert.Empty(await deal.Contract.GetMessagesAsync(deal.ClientId));
        Assert.Single(await deal.Contract.GetMessagesAsync(deal.WorkerId));

        var audit = Assert.Single(await deal.Contract.GetAuditAsync());
        Assert.Equal(("MessageSent", "m1", "block"), (audit.Change, audit.ItemId, audit.Decision));
        Assert.Contains(audit.Runs, r => r.Name == "banned-phrases" && r.Version == "1.0.0" && r.Status == "ok");
    }

    [Fact]
    public async Task BlockedAndHeldMessages_LeaveNoTraceForTheOtherParty_InHistoryOrCount()
    {
        var deal = await Deal.ContractedAsync(Grains);
        await deal.Contract.SendMessageAsync(deal.WorkerId, "よろしくお願いします。");
        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(deal.WorkerId, "急ぎの連絡はLINE交換しませんか？")).Status);
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。本人確認のため下記フォームへご入力ください。");
        Assert.Equal("held", held.Status);
        await deal.Contract.SendMessageAsync(deal.ClientId, "こちらこそよろしくお願いします。");

        // The client sees two messages sent and nothing between them, numbered without gaps.
        var client = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(["contracted", "message_sent", "message_sent"], client.Select(e => e.Type));
        Assert.Equal([1, 2, 3], client.Select(e => e.Sequence));
        Assert.Equal(2, (await deal.Contract.GetAsync(deal.ClientId)).MessageCount);

        // The worker sees all of their own.
        var worker = await deal.Contract.GetHistoryAsync(deal.WorkerId);
        Assert.Equal(["contracted", "message_sent", "message_blocked", "message_held", "message_sent"], worker.Select(e => e.Type));
        Assert.Equal(4, (await deal.Contract.GetAsync(deal.WorkerId)).MessageCount);

        // Released, the client sees it arrive; rejected, a held message stays the worker's affair.
        await deal.Contract.ResolveHeldMessageAsync(held.Id, approve: true, "reviewer-1", "問題ありません");
        client = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(["contracted", "message_sent", "message_sent", "message_released"], client.Select(e => e.Type));
        Assert.Equal(held.Id, client[^1].MessageId);
        Assert.Equal(3, (await deal.Contract.GetAsync(deal.ClientId)).MessageCount);

        var again = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。本人確認のため下記フォームへご入力ください。");
        await deal.Contract.ResolveHeldMessageAsync(again.Id, approve: false, "reviewer-1", "なりすましの疑い");
        Assert.Equal(client.Select(e => e.Type), (await deal.Contract.GetHistoryAsync(deal.ClientId)).Select(e => e.Type));
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.WorkerId), e => e.Type == "message_rejected" && e.MessageId == again.Id);
    }

    [Fact]
    public async Task JobPublish_WithMlmWording_IsHidden()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var view = await job.CreateAsync(clientId, Deal.Draft("スマホ1台で権利収入を得られるビジネスの仲間を募集しています。紹介するだけで収入になります。"), publish: true);

        Assert.Equal("hidden", view.Status);
        Assert.Equal("block", view.Verdict.Decision);
        await Assert.ThrowsAsync<Platform.Abstractions.Common.PlatformException>(() => job.GetAsync(workerId));
    }

    [Fact]
    public async Task ProposalMessage_ImpersonatingTheOffice_IsHeldUntilReview()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "ぜひ担当させてください。", 20_000);

        var held = await job.SendProposalMessageAsync(clientId, proposal.Id, "事務局です。本人確認のため下記フォームへご入力ください。");

        Assert.Equal("held", held.Status);
        Assert.Empty(await job.GetProposalThreadAsync(workerId, proposal.Id));
    }

    [Fact]
    public async Task CleanMessage_IsDeliveredWithoutAuditNoise()
    {
        var deal = await Deal.ContractedAsync(Grains);
        var sent = await deal.Contract.SendMessageAsync(deal.ClientId, "よろしくお願いいたします。");
        Assert.Equal("delivered", sent.Status);
        Assert.Equal("allow", sent.Verdict.Decision);
        Assert.Empty(await deal.Contract.GetAuditAsync());
    }

    [Fact]
    public async Task DeliveryNote_WithContactExchange_DeliversButWithholdsTheNote_AuditedAndQueued()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();

        var view = await deal.Contract.DeliverAsync(deal.WorkerId, "納品します。次回からはLINE交換で直接やり取りしましょう。");

        Assert.Equal("delivered", view.Stage);
        var note = Assert.Single(view.Deliveries).Note;
        Assert.DoesNotContain("LINE", note);
        Assert.Contains("表示されません", note);
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.DetailJa.Contains("LINE"));
        var audit = Assert.Single(await deal.Contract.GetAuditAsync(), a => a.ItemId == "delivery-1");
        Assert.Equal(("MessageSent", "block"), (audit.Change, audit.Decision));
        var queued = await ReviewQueue().ListAsync("open");
        Assert.Contains(queued, i => i.Item.Key == $"held-contract-{deal.ContractId}-delivery-1");
    }

    [Fact]
    public async Task RatingComment_WithContactExchange_KeepsTheStarsAndWithholdsTheComment()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).AcceptedAsync();

        var view = await deal.Contract.RateAsync(deal.ClientId, 5, "助かりました！続きはLINE交換してお願いします");

        var rating = Assert.Single(view.Ratings);
        Assert.Equal(5, rating.Stars);
        Assert.DoesNotContain("LINE", rating.Comment);
    }

    [Fact]
    public async Task StepText_ForAStepTheStageRefuses_RecordsNothing()
    {
        var deal = await Deal.ContractedAsync(Grains);

        var refused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.DeliverAsync(deal.WorkerId, "LINE交換で納品データを送ります"));

        Assert.Equal("conflict", refused.Kind);
        Assert.Empty(await deal.Contract.GetAuditAsync());
        Assert.Empty((await deal.Contract.GetAsync(deal.WorkerId)).Deliveries);
    }

    [Fact]
    public async Task CleanDeliveryNote_IsShownAsWritten()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();
        var view = await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。ご確認ください。");
        Assert.Equal("バナー3点を納品します。ご確認ください。", Assert.Single(view.Deliveries).Note);
        Assert.Empty(await deal.Contract.GetAuditAsync());
    }

    private IReviewQueueGrain ReviewQueue() => Grains.GetGrain<IReviewQueueGrain>("default");
}
