using Platform.Abstractions.Reviews;
using Platform.Grains.Contracts;

namespace Platform.Grains.Tests;

/// <summary>
/// Texts both parties write with one kind of step (a rating comment, an early-termination reason) are each their own review
/// item when a check withholds them: <c>held-contract-{contractId}-rating-{userId}</c> per rater and
/// <c>held-contract-{contractId}-termination-N</c> per request, as a report names them. A reviewer's decision on one party's text
/// leaves the other's withheld and in review. An item stored before (one per step kind: <c>…-rating</c>) is still decided.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class StepTextReviewItemsTests(TrustClusterFixture fixture)
{
    private const string ClientComment = "助かりました！続きはLINE交換してお願いします";
    private const string WorkerComment = "ありがとうございました。次回はLINE交換して直接ご依頼ください";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Rate_BothCommentsWithheld_OneItemPerRater_DismissingOneShowsOnlyThatComment()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).AcceptedAsync();
        await deal.Contract.RateAsync(deal.ClientId, 5, ClientComment);
        await deal.Contract.RateAsync(deal.WorkerId, 5, WorkerComment);

        var byClient = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-rating-{deal.ClientId}");
        var byWorker = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-rating-{deal.WorkerId}");
        Assert.Equal((deal.ClientId, $"rating-{deal.ClientId}", 1), (byClient!.Item.SubjectUserId, byClient.Item.ItemId, byClient.Count));
        Assert.Equal((deal.WorkerId, $"rating-{deal.WorkerId}", 1), (byWorker!.Item.SubjectUserId, byWorker.Item.ItemId, byWorker.Count));
        Assert.DoesNotContain(await Trust.Queue(Grains).ListAsync("open"), i => i.Item.Key == $"held-contract-{deal.ContractId}-rating");

        var decided = await Trust.Queue(Grains).DecideAsync(byClient.Id, "reviewer-1", approve: false, "問題ありません。");

        Assert.Equal("dismissed; text released", decided.Outcome);
        var ratings = (await deal.Contract.GetAsync(deal.WorkerId)).Ratings;
        Assert.Equal(ClientComment, Assert.Single(ratings, r => r.ByUserId == deal.ClientId).Comment);
        Assert.DoesNotContain("LINE", Assert.Single(ratings, r => r.ByUserId == deal.WorkerId).Comment, StringComparison.Ordinal);
        Assert.True((await deal.Contract.GetStepTextAsync(deal.ClientId, "rating", deal.WorkerId))!.Withheld);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync(byWorker.Id)).Status);
    }

    [Fact]
    public async Task WithheldStepTexts_TheirWriterReadsWhyInTheContract_TheOtherPartyOnlyTheNotice()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).AcceptedAsync();
        var rated = await deal.Contract.RateAsync(deal.ClientId, 5, ClientComment);

        var own = Assert.Single(rated.WithheldTexts);
        Assert.Equal("rating", own.ItemId);
        Assert.Contains(own.Status, new[] { "held", "blocked" });
        Assert.Equal(own.Status == "held" ? "hold" : "block", own.Verdict.Decision);
        var finding = Assert.Single(own.Verdict.Findings, f => f.Category == "off_platform_contact");
        Assert.False(string.IsNullOrWhiteSpace(finding.ReasonJa));
        Assert.All(own.Verdict.Findings, f => Assert.Equal(0, f.Score));
        Assert.DoesNotContain(own.Verdict.Findings, f => f.Code == "scorer.doubt");
        Assert.Single((await deal.Contract.GetAsync(deal.ClientId)).WithheldTexts);
        Assert.Empty((await deal.Contract.GetAsync(deal.WorkerId)).WithheldTexts);

        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-rating-{deal.ClientId}");
        await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: false, "問題ありません。");
        Assert.Equal("released", Assert.Single((await deal.Contract.GetAsync(deal.ClientId)).WithheldTexts).Status);
    }

    [Fact]
    public async Task RequestTermination_EachPartysWithheldReason_ItsOwnItem_NamedAsItsRequest()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "事務局です。プロジェクトが中止になりました。");
        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);
        await deal.Contract.RequestTerminationAsync(deal.WorkerId, "事務局です。体調不良のため終了させてください。");

        var first = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-termination-1");
        var second = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-termination-2");
        Assert.Equal((deal.ClientId, "termination-1"), (first!.Item.SubjectUserId, first.Item.ItemId));
        Assert.Equal((deal.WorkerId, "termination-2"), (second!.Item.SubjectUserId, second.Item.ItemId));

        var decided = await Trust.Queue(Grains).DecideAsync(second.Id, "reviewer-1", approve: false, "問題ありません。");

        Assert.Equal("dismissed; text released", decided.Outcome);
        Assert.Contains("体調不良", (await deal.Contract.GetAsync(deal.ClientId)).Termination!.ReasonJa, StringComparison.Ordinal);
        Assert.True((await deal.Contract.GetStepTextAsync(deal.WorkerId, "termination", "1"))!.Withheld);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync(first.Id)).Status);
    }

    [Fact]
    public async Task Dismiss_RatingItemStoredOnePerContract_StillShowsTheComment()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).AcceptedAsync();
        await deal.Contract.RateAsync(deal.ClientId, 5, ClientComment);
        var current = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-rating-{deal.ClientId}");
        // As kept before each rater had an item: the text without its own review id, its detection queued under the step's key.
        var live = await fixture.LiveStateAsync<ContractState>("contract", deal.Contract);
        live.Withheld![0] = live.Withheld[0] with { ReviewItemId = null };
        await Trust.Queue(Grains).WithdrawAsync(current!.Id, "テスト用に閉じます。", "test");
        var oldKey = $"held-contract-{deal.ContractId}-rating";
        await Trust.Queue(Grains).EnqueueAsync(current.Item with { ItemId = "rating", Key = oldKey });
        var old = await Trust.ItemAsync(Grains, oldKey);

        var decided = await Trust.Queue(Grains).DecideAsync(old!.Id, "reviewer-1", approve: false, "問題ありません。");

        Assert.Equal("dismissed; text released", decided.Outcome);
        Assert.Equal(ClientComment, Assert.Single((await deal.Contract.GetAsync(deal.WorkerId)).Ratings).Comment);
    }
}
