using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Grains.Jobs;
using Platform.Grains.Statistics;

namespace Platform.Grains.Tests;

/// <summary>A job post held for review: its text does not change under the reviewer, and an approval opens only the text reviewed.</summary>
[Collection(TrustCollection.Name)]
public sealed class HeldJobTests(TrustClusterFixture fixture)
{
    private const string HeldText = "事務局です。新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。";
    private const string BlockedText = "新商品のバナーを3点お願いします。詳しくはLINE IDを交換してからご説明します。";
    private const string HeldContractText = "事務局です。作業の進み具合をご報告します。";
    private const string CleanText = "新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。修正は2回までです。";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Edit_HeldForReview_RefusedUnchanged_ApprovalOpensTheReviewedText()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        var held = await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        Assert.Equal(("draft", true), (held.Status, held.HeldForReview));

        var edit = await Assert.ThrowsAsync<PlatformException>(() => job.EditAsync(clientId, Deal.Draft(BlockedText)));
        Assert.Equal("job.held_for_review", edit.Code);
        var record = await job.GetRecordAsync(null);
        Assert.Equal(HeldText, Assert.Single(record.Revisions).Fields.Description);
        var unchanged = await job.GetAsync(clientId);
        Assert.Equal(("hold", true, HeldText), (unchanged.Verdict.Decision, unchanged.HeldForReview, unchanged.Fields.Description));
        await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));

        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1");
        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: true, "問題なし");

        Assert.Equal("job released", decided.Outcome);
        var seen = await job.GetAsync(workerId);
        Assert.Equal(("open", false, HeldText), (seen.Status, seen.HeldForReview, seen.Fields.Description));
    }

    [Fact]
    public async Task Approve_HeldPostOfAClientWithdrawnSince_StaysHiddenUntilTheWithdrawalIsLifted()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        var client = Grains.GetGrain<IUserGrain>(clientId);
        await client.TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");

        var decided = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1"))!.Id, "reviewer-1", approve: true, "内容は問題ありません");

        // Approved, but not opened to workers while its client is withdrawn; the reviewer is told why.
        Assert.Equal("job not released", decided.Outcome);
        Assert.Contains("強制退会", decided.OutcomeJa);
        Assert.Equal(("hidden", false), ((await job.GetAsync(clientId)).Status, (await job.GetAsync(clientId)).HeldForReview));
        await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));
        var told = await Trust.NotificationsAsync(Grains, clientId, "job_not_released", 1);
        Assert.DoesNotContain(told, n => n.Type == "job_released");

        // Lifting the withdrawal opens it, as it opens the client's other posts the withdrawal hid.
        await client.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");
        Assert.Equal("open", (await Trust.EventuallyAsync(() => job.GetAsync(clientId), v => v.Status == "open")).Status);
        Assert.Equal(HeldText, (await job.GetAsync(workerId)).Fields.Description);
    }

    [Fact]
    public async Task Approve_HeldPostOrProposalOfAWriterRestrictedSince_Is409_StaysHeld_ApprovedOnceTheRestrictionIsLifted()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        var client = Grains.GetGrain<IUserGrain>(clientId);
        await client.TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");

        // A restriction stops posting: the reviewer's approval does not publish the restricted client's post, and the item stays open.
        var item = (await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1"))!;
        var refused = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "内容は問題ありません"));
        Assert.Equal(("job.author_restricted", "conflict"), (refused.Code, refused.Kind));
        Assert.Equal("募集者が利用制限中のため、この募集は公開できません。却下するか、制限が解除されてから承認してください。", refused.MessageJa);
        var still = await job.GetAsync(clientId);
        Assert.Equal(("draft", true), (still.Status, still.HeldForReview));
        await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));
        Assert.Equal("open", (await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1"))!.Status);

        // A held proposal of a worker restricted since is not delivered either.
        var (open, openId) = NewJob();
        await open.CreateAsync((await Deal.RegisterPairAsync(Grains)).ClientId, Deal.Draft(CleanText), publish: true);
        var proposal = await open.ProposeAsync(workerId, HeldText, 28_000);
        Assert.Equal("held", proposal.Status);
        await Grains.GetGrain<IUserGrain>(workerId).TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");
        var proposalItem = (await Trust.ItemAsync(Grains, $"held-job-{openId}-{proposal.Id}"))!;
        var notDelivered = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(proposalItem.Id, "reviewer-1", approve: true, "問題なし"));
        Assert.Equal(("proposal.author_restricted", "conflict"), (notDelivered.Code, notDelivered.Kind));
        Assert.Equal("投稿者が利用制限中のため、この提案は相手方に配信できません。却下するか、制限が解除されてから承認してください。", notDelivered.MessageJa);
        Assert.Equal("held", Assert.Single(await open.GetProposalsAsync(workerId)).Status);

        // Once the restriction is lifted the same item is approved and the post published.
        await client.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");
        var decided = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "内容は問題ありません");
        Assert.Equal("job released", decided.Outcome);
        Assert.Equal(("open", HeldText), ((await job.GetAsync(workerId)).Status, (await job.GetAsync(workerId)).Fields.Description));
    }

    [Fact]
    public async Task ADraftsViolationTheSavesCheckDidNotFind_IsCountedWhenPublished()
    {
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        async Task<(long Violations, long Held)> CountsAsync()
        {
            var counters = (await month.GetAsync()).Counters;
            return (counters.Where(c => c.Key.StartsWith("violation.", StringComparison.Ordinal)).Sum(c => c.Value), counters.GetValueOrDefault(Stats.ChangeHeld));
        }

        // The example check reads published posts, not drafts: the draft's save finds nothing, so nothing is counted then.
        var before = await CountsAsync();
        var (clientId, _) = await Deal.RegisterPairAsync(Grains);
        var (job, _) = NewJob();
        var draft = await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: false);
        Assert.Equal(("draft", "allow"), (draft.Status, draft.Verdict.Decision));
        Assert.Equal(before, await CountsAsync());

        // Published, it is held for review: a detection the save did not make, counted now, once.
        var published = await job.PublishAsync(clientId);
        Assert.Equal(("draft", true), (published.Status, published.HeldForReview));
        Assert.Equal((before.Violations + 1, before.Held + 1), await CountsAsync());
    }

    [Fact]
    public async Task Approve_HeldProposalThreadMessageOfAWriterRestrictedSince_Is409_InTheWritersWords_StaysHeld()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        await job.CreateAsync(clientId, Deal.Draft(CleanText), publish: true);
        var proposal = await job.ProposeAsync(workerId, "3点で28,000円、5日で納品します。", 28_000);
        var held = await job.SendProposalMessageAsync(workerId, proposal.Id, HeldContractText);
        Assert.Equal("held", held.Status);
        await Grains.GetGrain<IUserGrain>(workerId).TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");

        var item = (await Trust.ItemAsync(Grains, $"held-job-{jobId}-{held.Id}"))!;
        var refused = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "問題なし"));
        Assert.Equal(("message.author_restricted", "conflict"), (refused.Code, refused.Kind));
        Assert.Equal("投稿者が利用制限中のため、このメッセージは相手方に配信できません。却下するか、制限が解除されてから承認してください。", refused.MessageJa);
        Assert.Equal("held", (await job.GetProposalMessageAsync(workerId, proposal.Id, held.Id)).Status);
        Assert.Equal("open", (await Trust.ItemAsync(Grains, $"held-job-{jobId}-{held.Id}"))!.Status);
    }

    [Fact]
    public async Task Approve_HeldContractMessageOfASenderRestrictedSince_BeforeEscrowIs409_StaysHeld_FromEscrowOnDelivered()
    {
        // Held on a contract not yet funded (messaging before escrow is new business), its sender restricted since.
        var deal = await Trust.NewDealAsync(Grains);
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, HeldContractText);
        Assert.Equal("held", held.Status);
        var worker = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await worker.TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");

        var item = (await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}"))!;
        var refused = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "問題なし"));
        Assert.Equal(("message.author_restricted", "conflict"), (refused.Code, refused.Kind));
        Assert.Contains("利用制限中", refused.MessageJa);
        Assert.Equal("held", (await deal.Contract.GetMessageAsync(deal.WorkerId, held.Id)).Status);
        Assert.DoesNotContain(await deal.Contract.GetMessagesAsync(deal.ClientId), m => m.Id == held.Id);
        Assert.Equal("open", (await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}"))!.Status);

        // On a contract already funded the same message is the winding-up of the deal, which a restriction does not stop.
        var funded = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var windingUp = await funded.Contract.SendMessageAsync(funded.WorkerId, HeldContractText);
        Assert.Equal("held", windingUp.Status);
        await Grains.GetGrain<IUserGrain>(funded.WorkerId).TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");
        var fundedItem = (await Trust.ItemAsync(Grains, $"held-contract-{funded.ContractId}-{windingUp.Id}"))!;
        Assert.Equal("message delivered", (await Trust.Queue(Grains).DecideAsync(fundedItem.Id, "reviewer-1", approve: true, "問題なし")).Outcome);
        Assert.Contains(await funded.Contract.GetMessagesAsync(funded.ClientId), m => m.Id == windingUp.Id && m.Status == "delivered");

        // Once the restriction is lifted the same item is approved and the message delivered.
        await worker.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");
        var decided = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "問題なし");
        Assert.Equal("message delivered", decided.Outcome);
        Assert.Contains(await deal.Contract.GetMessagesAsync(deal.ClientId), m => m.Id == held.Id && m.Status == "delivered");
    }

    [Fact]
    public async Task Decide_HeldPosts_OwnerToldAndViewSaysTheDecisionNotTheHold()
    {
        var (clientId, _) = await Deal.RegisterPairAsync(Grains);
        var (released, releasedId) = NewJob();
        var (refused, refusedId) = NewJob();
        await released.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        await refused.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        Assert.Contains("保留", (await refused.GetAsync(clientId)).Verdict.Findings[0].ReasonJa);

        var approved = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, $"held-job-{releasedId}-r1"))!.Id, "reviewer-1", approve: true, "問題なし");
        var rejected = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, $"held-job-{refusedId}-r1"))!.Id, "reviewer-1", approve: false,
            "運営を名乗る表現は使えません。表現を改めて投稿し直してください。");

        Assert.Equal(("募集を公開しました。", "募集を非公開にしました。"), (approved.OutcomeJa, rejected.OutcomeJa));
        var open = await released.GetAsync(clientId);
        Assert.Equal(("open", "allow"), (open.Status, open.Verdict.Decision));
        var hidden = await refused.GetAsync(clientId);
        var finding = Assert.Single(hidden.Verdict.Findings);
        Assert.Equal(("hidden", "block", "review.rejected"), (hidden.Status, hidden.Verdict.Decision, finding.Code));
        Assert.DoesNotContain("保留", finding.ReasonJa);
        Assert.Contains("表現を改めて", finding.ReasonJa);
        var told = await Trust.NotificationsAsync(Grains, clientId, "job_rejected", 1);
        Assert.Contains(told, n => n.Type == "job_released" && n.RelatedId == releasedId && !n.MessageJa.Contains("問題なし"));
        Assert.Contains(told, n => n.Type == "job_rejected" && n.RelatedId == refusedId && n.MessageJa.Contains("表現を改めて"));
    }

    [Fact]
    public async Task Approve_HeldPostSinceEditedToBlockedText_HidesInsteadOfOpening()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);
        var blocked = (await NewJob().Job.CreateAsync(clientId, Deal.Draft(BlockedText), publish: true)).Verdict;
        Assert.Equal("block", blocked.Decision);

        // A state stored before edits of a held post were refused: edited to a blocked text while held.
        await EditedWhileHeldAsync(job, Deal.Draft(BlockedText), blocked);
        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1");
        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: true, "問題なし");

        Assert.StartsWith("job not released", decided.Outcome);
        var hidden = await job.GetAsync(clientId);
        Assert.Equal(("hidden", false), (hidden.Status, hidden.HeldForReview));
        var unseen = await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));
        Assert.Equal("not_found", unseen.Kind);
    }

    [Fact]
    public async Task Approve_HeldPostSinceEditedToCleanText_LeavesADraftThatIsCheckedWhenPublished()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (job, jobId) = NewJob();
        await job.CreateAsync(clientId, Deal.Draft(HeldText), publish: true);

        await EditedWhileHeldAsync(job, Deal.Draft(CleanText), VerdictView.Allow);
        var item = await Trust.ItemAsync(Grains, $"held-job-{jobId}-r1");
        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: true, "問題なし");

        Assert.StartsWith("job not released", decided.Outcome);
        var draft = await job.GetAsync(clientId);
        Assert.Equal(("draft", false), (draft.Status, draft.HeldForReview));
        await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));
        Assert.Equal("open", (await job.PublishAsync(clientId)).Status);
        Assert.Equal(CleanText, (await job.GetAsync(workerId)).Fields.Description);
    }

    private (IJobGrain Job, string Id) NewJob()
    {
        var id = $"job-{Guid.NewGuid():N}";
        return (Grains.GetGrain<IJobGrain>(id), id);
    }

    // The grain keeps the embedded store's state object: changing it here is what an edit accepted while held used to store.
    private async Task EditedWhileHeldAsync(IJobGrain job, JobDraft draft, VerdictView verdict)
    {
        var state = await fixture.LiveStateAsync<JobState>("job", job);
        state.Fields = draft;
        state.Revisions!.Add(new JobRevisionView(state.Revisions.Count + 1, fixture.Clock.GetUtcNow(), draft));
        state.Verdict = verdict;
    }
}
