using Microsoft.Extensions.DependencyInjection;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Grains.Compliance;
using Platform.Grains.Reviews;

namespace Platform.Grains.Tests;

/// <summary>
/// A held text of a withdrawn user (強制退会) whose review item the platform closed is queued again under a new item when the
/// withdrawal is lifted: the new item carries what the closed one was to do once decided (what its detection did at once to
/// users, given back by a dismissal; what it asked for once upheld), so deciding it does exactly what deciding the closed one
/// would have done; and the closed item, read by its old id, names the new one.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class RequeuedReviewTests(TrustClusterFixture fixture)
{
    // Held by the example check (a claim to be the platform's staff).
    private const string HeldContractText = "事務局です。作業の進み具合をご報告します。";
    private const string HeldProposal = "事務局です。3点で28,000円、5日で納品します。";
    // Held after escrow by the contact check (an invitation to deal off the platform).
    private const string HeldNote = "納品します。次回からはLINE交換で直接やり取りしましょう。";
    private const string Reason = "重大な規約違反のため強制退会とします。";
    private const string Code = "mlm.recruiting";

    private static readonly FindingView Finding = new("mlm", "block", Code, "勧誘の疑い", 0.9, []);

    private IGrainFactory Grains => fixture.Grains;

    private EffectDispatcher Effects => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<EffectDispatcher>();

    [Fact]
    public async Task Release_RequeuedHeldMessage_GivesBackTheFlagTheClosedItemsDetectionSet_OldIdNamesTheNewItem()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        Assert.Equal("held", held.Status);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        // A detection of the same message flagged its writer at once: a release of the message (the detection wrong) gives it back.
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, held.Id, Code, "勧誘の疑い"), FlagUser(deal.WorkerId)], [Finding], "contract", deal.ContractId, deal.WorkerId);
        var first = await Trust.ItemAsync(Grains, key);
        Assert.Equal([("flag_user", deal.WorkerId, Code)], first!.Item.Applied.Select(e => (e.Kind, e.TargetId, e.Code)));
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        Assert.Contains(Code, (await user.GetAsync()).Flags);

        var again = await WithdrawAndLiftAsync(deal.WorkerId, key, first.Id);

        Assert.Equal(first.Id, again.Supersedes);
        Assert.Equal([("flag_user", deal.WorkerId, Code)], again.Item.Applied.Select(e => (e.Kind, e.TargetId, e.Code)));
        // The closed item, read by its old id, is superseded by the open one.
        var old = await Trust.Queue(Grains).GetAsync(first.Id);
        Assert.Equal(("rejected", true, again.Id), (old.Status, old.Superseded, old.CurrentItemId));

        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: true, "勧誘ではありません。");

        Assert.StartsWith("message delivered", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains($"flag {Code} of user {deal.WorkerId} removed", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains($"ユーザー「{deal.WorkerId}」のフラグ（{Code}）を外しました。", decided.OutcomeJa, StringComparison.Ordinal);
        Assert.DoesNotContain(Code, (await user.GetAsync()).Flags);
        // Decided, the new item leaves the old one pointing nowhere: nothing is open for it any more.
        var after = await Trust.Queue(Grains).GetAsync(first.Id);
        Assert.Equal<(bool, string?)>((false, null), (after.Superseded, after.CurrentItemId));
    }

    [Fact]
    public async Task Refuse_RequeuedHeldProposal_AppliesWhatTheClosedItemAskedForOnceUpheld()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var jobId = $"job-{Guid.NewGuid():N}";
        var job = Grains.GetGrain<Abstractions.Jobs.IJobGrain>(jobId);
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var held = await job.ProposeAsync(workerId, HeldProposal, 28_000);
        Assert.Equal("held", held.Status);
        var key = $"held-job-{jobId}-{held.Id}";
        // A doubted block: the writer is flagged only once a reviewer upholds it.
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, held.Id, Code, "勧誘の疑い"), FlagUser(workerId) with { WhenUpheld = true }], [Finding], "job", jobId, workerId);
        var first = await Trust.ItemAsync(Grains, key);
        Assert.Single(first!.Item.WhenUpheld);
        var user = Grains.GetGrain<IUserGrain>(workerId);
        Assert.Empty((await user.GetAsync()).Flags);

        var again = await WithdrawAndLiftAsync(workerId, key, first.Id);
        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: false, "勧誘と確認しました。");

        Assert.Contains("deferred effects applied: 1", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("保留していた措置を1件実行しました。", decided.OutcomeJa, StringComparison.Ordinal);
        Assert.Contains(Code, (await user.GetAsync()).Flags);
    }

    [Fact]
    public async Task Dismiss_RequeuedWithheldStepText_ShowsItAndGivesBackTheFlag()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.DeliverAsync(deal.WorkerId, HeldNote);
        var key = $"held-contract-{deal.ContractId}-delivery-1";
        var withheld = await Trust.ItemAsync(Grains, key);
        // The note's detection also flagged its writer at once (with the findings the note was withheld for).
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, "delivery-1", Code, "勧誘の疑い"), FlagUser(deal.WorkerId)],
            withheld!.Item.Findings, "contract", deal.ContractId, deal.WorkerId);
        var first = await Trust.EventuallyAsync(() => Trust.Queue(Grains).GetAsync(withheld.Id), i => i.Item.Applied.Count > 0);
        Assert.Single(first.Item.Applied);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);

        var again = await WithdrawAndLiftAsync(deal.WorkerId, key, first.Id);
        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: false, "問題ありません。");

        Assert.StartsWith("dismissed; text released", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains($"flag {Code} of user {deal.WorkerId} removed", decided.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(Code, (await user.GetAsync()).Flags);
        Assert.False((await deal.Contract.GetStepTextAsync(deal.ClientId, "delivery", "1"))!.Withheld);
    }

    [Fact]
    public async Task Requeue_QueueStoppedBetweenWithdrawalAndLift_NewItemStillCarriesTheEffects()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, held.Id, Code, "勧誘の疑い"), FlagUser(deal.WorkerId)], [Finding], "contract", deal.ContractId, deal.WorkerId);
        var first = await Trust.ItemAsync(Grains, key);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        Assert.Equal("rejected", (await Trust.Queue(Grains).GetAsync(first!.Id)).Status);

        // The queue, and the closed item's records, start again from storage.
        await fixture.Cluster.DeactivateAsync(Trust.Queue(Grains));
        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");
        var again = await Trust.EventuallyAsync(
            async () => (await Trust.Queue(Grains).ListAsync("open")).FirstOrDefault(i => i.Item.Key == key), i => i is not null);

        Assert.Equal((first.Id, 1), (again!.Supersedes, again.Item.Applied.Count));
    }

    [Fact]
    public async Task Decide_RequeuedItem_RemovesWhatTheClosedItemKeptForIt_OldIdStillReadable()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, held.Id, Code, "勧誘の疑い"), FlagUser(deal.WorkerId)], [Finding], "contract", deal.ContractId, deal.WorkerId);
        var first = await Trust.ItemAsync(Grains, key);
        var again = await WithdrawAndLiftAsync(deal.WorkerId, key, first!.Id);
        var kept = Grains.GetGrain<IReviewItemGrain>($"{ReviewHooks.QueueKey}/{key}~superseded");
        Assert.Equal(first.Id, (await kept.GetAsync())?.Id);

        await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: true, "勧誘ではありません。");

        // What it kept was for the item now decided: it goes; the closed item itself is still read by its old id.
        Assert.Null(await kept.GetAsync());
        var old = await Trust.Queue(Grains).GetAsync(first.Id);
        Assert.Equal<(string, string?, bool, string?)>(("rejected", "platform", false, null), (old.Status, old.DecidedBy, old.Superseded, old.CurrentItemId));
        Assert.Equal(("approved", first.Id), ((await Trust.Queue(Grains).GetAsync(again.Id)).Status, again.Supersedes));
    }

    [Fact]
    public async Task Withdraw_RequeuedItemClosedAgain_KeepsItForTheNextItem_WhichStillGivesBackTheFlag()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        await Effects.DispatchAsync([new Effect(EffectKind.NotifySupport, held.Id, Code, "勧誘の疑い"), FlagUser(deal.WorkerId)], [Finding], "contract", deal.ContractId, deal.WorkerId);
        var first = await Trust.ItemAsync(Grains, key);
        // Queued again a while later (an item's record tells its items apart by when each was queued).
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await WithdrawAndLiftAsync(deal.WorkerId, key, first!.Id);

        // Withdrawn again before anyone decided it: the item queued after it takes over from it, with the flag to give back.
        var third = await WithdrawAndLiftAsync(deal.WorkerId, key, second.Id);
        Assert.Equal((second.Id, 1), (third.Supersedes, third.Item.Applied.Count));
        var decided = await Trust.Queue(Grains).DecideAsync(third.Id, "reviewer-3", approve: true, "勧誘ではありません。");

        Assert.Contains($"flag {Code} of user {deal.WorkerId} removed", decided.Outcome, StringComparison.Ordinal);
        Assert.Null(await Grains.GetGrain<IReviewItemGrain>($"{ReviewHooks.QueueKey}/{key}~superseded").GetAsync());
    }

    // Withdraws the user (their held text's item closed by the platform), lifts it, and returns the item the text is queued again as.
    private async Task<ReviewItemView> WithdrawAndLiftAsync(string userId, string key, string closedId)
    {
        var user = Grains.GetGrain<IUserGrain>(userId);
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        var closed = await Trust.Queue(Grains).GetAsync(closedId);
        Assert.Equal<(string, string?, string?)>(("rejected", "platform", null), (closed.Status, closed.DecidedBy, closed.CurrentItemId));

        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");
        var again = await Trust.EventuallyAsync(
            async () => (await Trust.Queue(Grains).ListAsync("open")).FirstOrDefault(i => i.Item.Key == key), i => i is not null);
        Assert.NotNull(again);
        Assert.NotEqual(closedId, again.Id);
        return again;
    }

    private static Effect FlagUser(string userId) => new(EffectKind.FlagUser, userId, Code, "紹介で報酬が増える勧誘はマルチ商法の疑いがあります。");
}
