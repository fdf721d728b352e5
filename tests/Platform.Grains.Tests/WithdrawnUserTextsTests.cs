using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Grains.Jobs;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// What a forced withdrawal (強制退会) does to the user's proposals and to their texts still held for review: no proposal of a
/// removed user stays on offer or reaches a client after their withdrawal, the withdrawal finished again after a stop tells
/// each counterpart once, and lifting it gives back what it withdrew.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class WithdrawnUserTextsTests(TrustClusterFixture fixture)
{
    private const string HeldText = "事務局です。3点で28,000円、5日で納品します。";
    private const string HeldContractText = "事務局です。作業の進み具合をご報告します。";
    private const string CleanText = "実績多数です。3点で28,000円、5日で納品します。";
    private const string Reason = "重大な規約違反のため強制退会とします。";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Withdrawal_HeldProposal_EndsUndelivered_ReviewerLaterToldWhy()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = await OpenJobAsync(clientId);
        var held = await job.ProposeAsync(workerId, HeldText, 28_000);
        Assert.Equal("held", held.Status);
        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-{held.Id}");

        await Grains.GetGrain<IUserGrain>(workerId).TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        // The item ended with the withdrawal: a reviewer deciding it later delivers nothing and reads why.
        var late = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: true, "問題なし"));
        Assert.Equal("review.already_decided", late.Code);
        Assert.Contains("強制退会", late.Message);
        var closed = await Trust.Queue(Grains).GetAsync(item!.Id);
        Assert.Equal(("rejected", "platform", "proposal withdrawn: author withdrawn"), (closed.Status, closed.DecidedBy, closed.Outcome));
        Assert.Empty(await job.GetProposalsAsync(clientId));
        Assert.Equal(0, (await job.GetAsync(clientId)).ProposalCount);
        Assert.Equal("withdrawn", Assert.Single(await job.GetProposalsAsync(workerId)).Status);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(clientId).GetNotificationsAsync(), n => n.RelatedId == jobId);
    }

    [Fact]
    public async Task Withdrawal_DeliveredProposal_ShownWithdrawnWithoutText_AwardAndMessagesRefusedNamingTheRule()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, _) = await OpenJobAsync(clientId);
        var offered = await job.ProposeAsync(workerId, CleanText, 28_000);
        var other = await Trust.RegisterAsync(Grains, "worker");
        var kept = await job.ProposeAsync(other, "ご依頼の3点、25,000円・7日で承ります。", 25_000);

        await Grains.GetGrain<IUserGrain>(workerId).TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        var list = await job.GetProposalsAsync(clientId);
        var withdrawn = Assert.Single(list, p => p.Id == offered.Id);
        Assert.Equal(("withdrawn", ""), (withdrawn.Status, withdrawn.Text));
        Assert.Equal("delivered", Assert.Single(list, p => p.Id == kept.Id).Status);
        Assert.Equal(1, (await job.GetAsync(clientId)).ProposalCount);
        var award = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, new AwardContract(offered.Id, null, new DateOnly(2027, 12, 24))));
        Assert.Equal(("conflict", "proposal.withdrawn"), (award.Kind, award.Code));
        Assert.Contains("強制退会", award.Message);
        var message = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(clientId, offered.Id, "ご提案ありがとうございます。"));
        Assert.Equal("proposal.withdrawn", message.Code);
        // The other proposal is still on offer.
        Assert.Equal("contracted", (await job.AwardAsync(clientId, new AwardContract(kept.Id, null, new DateOnly(2027, 12, 24)))).Stage);
    }

    [Fact]
    public async Task Approve_HeldProposalWhoseWorkerWasWithdrawnBeforeTheJobHeard_NotDelivered_DeliveredOnceLifted()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = await OpenJobAsync(clientId);
        var held = await job.ProposeAsync(workerId, HeldText, 28_000);
        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-{held.Id}");
        // Withdrawn, but the job not reached yet (the withdrawal's effects still to come): the user's state as stored then.
        var user = Grains.GetGrain<IUserGrain>(workerId);
        var live = await fixture.LiveStateAsync<UserState>("user", user);
        live.Warnings = [new WarningView("withdrawal", "tos.severe", Reason, "reviewer-1", fixture.Clock.GetUtcNow()) { Number = 1 }];
        live.Standing = "withdrawn";

        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: true, "内容は問題ありません");

        Assert.Equal("proposal not released: author.withdrawn", decided.Outcome);
        Assert.Contains("強制退会", decided.OutcomeJa);
        Assert.Empty(await job.GetProposalsAsync(clientId));
        Assert.Equal("withdrawn", Assert.Single(await job.GetProposalsAsync(workerId)).Status);

        // The reviewer found the text fine: it reaches the client once the withdrawal is lifted.
        await user.LiftStepAsync(1, "reviewer-3", "異議申し立てを認めました。");
        var delivered = Assert.Single(await Trust.EventuallyAsync(() => job.GetProposalsAsync(clientId), l => l.Count == 1));
        Assert.Equal(("delivered", HeldText), (delivered.Status, delivered.Text));
    }

    [Fact]
    public async Task Lift_WithdrawalThatWithdrewProposals_OffersThemAgain_HeldOneBackInReview()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, _) = await OpenJobAsync(clientId);
        var (heldJob, heldJobId) = await OpenJobAsync(clientId);
        var offered = await job.ProposeAsync(workerId, CleanText, 28_000);
        var held = await heldJob.ProposeAsync(workerId, HeldText, 28_000);
        var user = Grains.GetGrain<IUserGrain>(workerId);
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        Assert.Equal("withdrawn", Assert.Single(await job.GetProposalsAsync(clientId)).Status);

        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");

        Assert.Equal("delivered", Assert.Single(await job.GetProposalsAsync(clientId), p => p.Id == offered.Id).Status);
        Assert.Equal("held", Assert.Single(await heldJob.GetProposalsAsync(workerId)).Status);
        var again = await Trust.EventuallyAsync(
            async () => (await Trust.Queue(Grains).ListAsync("open")).FirstOrDefault(i => i.Item.Key == $"held-job-{heldJobId}-{held.Id}"), i => i is not null);
        Assert.NotNull(again);
        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: true, "問題なし");
        Assert.Equal("proposal released", decided.Outcome);
        Assert.Equal("delivered", Assert.Single(await heldJob.GetProposalsAsync(clientId)).Status);
    }

    [Fact]
    public async Task Withdrawal_StoppedBeforeItsEffects_NextActivationWithdrawsTheProposalsAndTellsTheCounterpart()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var (job, _) = await OpenJobAsync(deal.ClientId);
        var offered = await job.ProposeAsync(deal.WorkerId, CleanText, 28_000);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);

        // The step stored, then the host stopped before anything it does beyond the user was done.
        var live = await fixture.LiveStateAsync<UserState>("user", user);
        live.Warnings = [new WarningView("withdrawal", "tos.severe", Reason, "reviewer-1", fixture.Clock.GetUtcNow()) { Number = 1, EffectsPending = true }];
        live.Standing = "withdrawn";
        await fixture.Cluster.DeactivateAsync(user);
        await user.GetAsync();

        var seen = await Trust.EventuallyAsync(() => job.GetProposalsAsync(deal.ClientId), l => l.All(p => p.Status == "withdrawn"));
        Assert.Equal("withdrawn", Assert.Single(seen, p => p.Id == offered.Id).Status);
        Assert.Equal(deal.ContractId, Assert.Single(await Trust.NotificationsAsync(Grains, deal.ClientId, "counterpart_withdrawn", 1), n => n.Type == "counterpart_withdrawn").RelatedId);
        Assert.False((await Trust.EventuallyAsync(() => Task.FromResult(live.Warnings[0]), w => !w.EffectsPending)).EffectsPending);
    }

    [Fact]
    public async Task Withdrawal_FinishedAgainAfterAStop_EachCounterpartToldOnce()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var other = await (await Trust.DealAsync(Grains, await Trust.RegisterAsync(Grains, "client"), deal.WorkerId)).FundedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        await Trust.NotificationsAsync(Grains, deal.ClientId, "counterpart_withdrawn", 1);

        // Stopped after its effects, before the step was marked done: the next activation finishes it again.
        var live = await fixture.LiveStateAsync<UserState>("user", user);
        var step = live.Warnings!.FindIndex(w => w.Step == "withdrawal");
        live.Warnings[step] = live.Warnings[step] with { EffectsPending = true };
        await fixture.Cluster.DeactivateAsync(user);
        await user.GetAsync();
        await Trust.EventuallyAsync(() => Task.FromResult(live.Warnings[step]), w => !w.EffectsPending);

        foreach (var (client, contract) in new[] { (deal.ClientId, deal.ContractId), (other.ClientId, other.ContractId) })
        {
            var told = (await Grains.GetGrain<IUserGrain>(client).GetNotificationsAsync()).Where(n => n.Type == "counterpart_withdrawn");
            Assert.Equal(contract, Assert.Single(told).RelatedId);
        }
    }

    [Fact]
    public async Task Withdrawal_OfAClient_HeldThreadMessageEndsUndelivered_WorkerToldWhyTheThreadIsClosed()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = await OpenJobAsync(clientId);
        var offered = await job.ProposeAsync(workerId, CleanText, 28_000);
        var held = await job.SendProposalMessageAsync(clientId, offered.Id, "事務局です。詳細をお送りします。");
        Assert.Equal("held", held.Status);
        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-{held.Id}");

        await Grains.GetGrain<IUserGrain>(clientId).TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        var late = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: true, "問題なし"));
        Assert.Equal("review.already_decided", late.Code);
        Assert.Empty(await job.GetProposalThreadAsync(workerId, offered.Id));
        Assert.Equal("hidden", (await job.GetAsync(workerId)).Status);
        var refused = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(workerId, offered.Id, "ご検討いただけましたか？"));
        Assert.Equal("proposal.closed", refused.Code);
        Assert.Contains("強制退会", refused.Message);
    }

    [Fact]
    public async Task Withdrawal_HeldContractMessage_EndsUndelivered_ItemClosedByPlatform_CounterpartSeesNothing()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        Assert.Equal("held", held.Status);
        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");

        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        // No reviewer finds it waiting: the platform closed it with the withdrawal, uncounted, and says why.
        Assert.DoesNotContain(await Trust.Queue(Grains).ListAsync("open", subjectUserId: deal.WorkerId), i => i.Id == item!.Id);
        var closed = await Trust.Queue(Grains).GetAsync(item!.Id);
        Assert.Equal(("rejected", "platform", "message withdrawn: author withdrawn"), (closed.Status, closed.DecidedBy, closed.Outcome));
        Assert.Contains("強制退会", closed.OutcomeJa);
        var late = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-2", approve: true, "問題なし"));
        Assert.Equal("review.already_decided", late.Code);
        Assert.Contains("強制退会", late.Message);

        // Ended undelivered: its sender reads it as withdrawn; the counterpart sees nothing of it, in the thread, the history or a notice.
        Assert.Equal("withdrawn", (await deal.Contract.GetMessageAsync(deal.WorkerId, held.Id)).Status);
        Assert.DoesNotContain(await deal.Contract.GetMessagesAsync(deal.ClientId, null, null, int.MaxValue), m => m.Id == held.Id);
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.MessageId == held.Id);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(deal.ClientId).GetNotificationsAsync(), n => n.MessageJa.Contains(held.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lift_WithdrawalThatEndedAHeldContractMessage_HeldAndQueuedAgain_ReviewerReleasesIt()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        var first = await Trust.ItemAsync(Grains, key);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        // As the lift does a held proposal: held again, and in review again under a new item.
        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");

        Assert.Equal("held", (await deal.Contract.GetMessageAsync(deal.WorkerId, held.Id)).Status);
        Assert.DoesNotContain(await deal.Contract.GetMessagesAsync(deal.ClientId, null, null, int.MaxValue), m => m.Id == held.Id);
        var again = await Trust.ItemAsync(Grains, key);
        Assert.NotNull(again);
        Assert.NotEqual(first!.Id, again.Id);
        Assert.Equal("open", again.Status);
        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: true, "問題なし");
        Assert.Equal("message delivered", decided.Outcome);
        Assert.Contains(await deal.Contract.GetMessagesAsync(deal.ClientId, null, null, int.MaxValue), m => m.Id == held.Id && m.Status == "delivered");
    }

    [Fact]
    public async Task Approve_HeldContractMessageOfAWorkerWithdrawnBeforeTheContractHeard_RefusedNamingTheRule_ItemStaysOpenToRefuse()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        Assert.Equal("held", held.Status);
        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");
        // Withdrawn, but the contract not reached yet (the withdrawal's effects still to come): the user's state as stored then.
        var live = await fixture.LiveStateAsync<UserState>("user", Grains.GetGrain<IUserGrain>(deal.WorkerId));
        live.Warnings = [new WarningView("withdrawal", "tos.severe", Reason, "reviewer-1", fixture.Clock.GetUtcNow()) { Number = 1 }];
        live.Standing = "withdrawn";

        var refused = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: true, "問題なし"));

        Assert.Equal(("conflict", "message.author_withdrawn"), (refused.Kind, refused.Code));
        Assert.Contains("強制退会", refused.Message);
        Assert.DoesNotContain(await deal.Contract.GetMessagesAsync(deal.ClientId, null, null, int.MaxValue), m => m.Id == held.Id);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync(item!.Id)).Status);
        var rejected = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-2", approve: false, "退会済みの利用者のため配信しません。");
        Assert.Equal("message blocked", rejected.Outcome);
    }

    [Fact]
    public async Task Lift_StoppedBeforeItsGiveBack_NextActivationGivesTheProposalsAndMessagesBack()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var (job, _) = await OpenJobAsync(deal.ClientId);
        var offered = await job.ProposeAsync(deal.WorkerId, CleanText, 28_000);
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        Assert.Equal("withdrawn", Assert.Single(await job.GetProposalsAsync(deal.ClientId)).Status);

        // The lift stored, then the host stopped before anything it gives back beyond the user was done.
        var live = await fixture.LiveStateAsync<UserState>("user", user);
        var step = live.Warnings!.FindIndex(w => w.Step == "withdrawal");
        live.Warnings[step] = UserLadder.Lifted(live.Warnings[step], fixture.Clock.GetUtcNow(), "reviewer-2", "異議申し立てを認めました。");
        live.Standing = "good";
        await fixture.Cluster.DeactivateAsync(user);
        await user.GetAsync();

        var seen = await Trust.EventuallyAsync(() => job.GetProposalsAsync(deal.ClientId), l => l.All(p => p.Status == "delivered"));
        Assert.Equal(offered.Id, Assert.Single(seen).Id);
        Assert.Equal("held", (await Trust.EventuallyAsync(() => deal.Contract.GetMessageAsync(deal.WorkerId, held.Id), m => m.Status == "held")).Status);
        var key = $"held-contract-{deal.ContractId}-{held.Id}";
        Assert.NotNull(await Trust.EventuallyAsync(async () => (await Trust.Queue(Grains).ListAsync("open")).FirstOrDefault(i => i.Item.Key == key), i => i is not null));
        Assert.False((await Trust.EventuallyAsync(() => Task.FromResult(live.Warnings[step]), w => !w.LiftPending)).LiftPending);
    }

    [Fact]
    public async Task Withdrawal_ProposalMadeBeforeJobsWereLinked_WithdrawnWhenTheJobNextStarts_GivenBackOnLift()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, _) = await OpenJobAsync(clientId);
        var offered = await job.ProposeAsync(workerId, CleanText, 28_000);
        // As stored before the user grain listed the jobs a worker proposes to: neither side knows of the link.
        var user = Grains.GetGrain<IUserGrain>(workerId);
        (await fixture.LiveStateAsync<UserState>("user", user)).ProposedJobIds = null;
        Assert.Single((await fixture.LiveStateAsync<JobState>("job", job)).Proposals!).Linked = false;
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        Assert.Equal("delivered", Assert.Single(await job.GetProposalsAsync(clientId)).Status);

        // The job starts again (as after a restart, or idle): it links its earlier proposals and finds the worker withdrawn.
        await fixture.Cluster.DeactivateAsync(job);

        var listed = Assert.Single(await job.GetProposalsAsync(clientId));
        Assert.Equal((offered.Id, "withdrawn", ""), (listed.Id, listed.Status, listed.Text));
        Assert.True(Assert.Single((await fixture.LiveStateAsync<JobState>("job", job)).Proposals!).Linked);
        // Linked now: the lift reaches it.
        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");
        var back = Assert.Single(await job.GetProposalsAsync(clientId));
        Assert.Equal(("delivered", CleanText), (back.Status, back.Text));
    }

    private async Task<(IJobGrain Job, string JobId)> OpenJobAsync(string clientId)
    {
        var jobId = $"job-{Guid.NewGuid():N}";
        var job = Grains.GetGrain<IJobGrain>(jobId);
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        return (job, jobId);
    }
}
