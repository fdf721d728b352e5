using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>Warning → restriction → forced withdrawal, by reviewers and by thresholds; every step records who, why and when.</summary>
[Collection(TrustCollection.Name)]
public sealed class LadderTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Restriction_StopsFundingEscrow_NotTheStepsOfAContractAlreadyFunded()
    {
        const string Reason = "外部決済への誘導がありました。";
        var unfunded = await Trust.NewDealAsync(Grains);
        await Grains.GetGrain<IUserGrain>(unfunded.ClientId).TakeStepAsync("restriction", "tos.other", Reason, "reviewer-1");

        // Funding escrow starts the work and moves money: new business, which a restriction stops, as messaging before escrow is.
        var refused = await Assert.ThrowsAsync<PlatformException>(() => unfunded.Contract.FundEscrowAsync(unfunded.ClientId));
        Assert.Equal(("user.restricted", "forbidden"), (refused.Code, refused.Kind));
        Assert.Contains("仮払い", refused.MessageJa);
        Assert.Equal("contracted", (await unfunded.Contract.GetAsync(unfunded.ClientId)).Stage);
        await Assert.ThrowsAsync<PlatformException>(() => unfunded.Contract.SendMessageAsync(unfunded.ClientId, "よろしくお願いします。"));

        // A contract funded before the restriction is wound up: its steps go on.
        var funded = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await Grains.GetGrain<IUserGrain>(funded.ClientId).TakeStepAsync("restriction", "tos.other", Reason, "reviewer-1");
        await funded.Contract.DeliverAsync(funded.WorkerId, "3点納品します。");
        Assert.Equal("accepted", (await funded.Contract.AcceptAsync(funded.ClientId)).Stage);
        Assert.Equal("paid", (await funded.Contract.ConfirmPaymentAsync(funded.ClientId)).Stage);
    }

    [Fact]
    public async Task WorkersRestriction_StopsTheClientFundingEscrow_409_SoTheWorkerCannotMessage_UntilLifted()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var worker = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await worker.TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");

        // The client is in good standing, but funding is new business with the worker too: refused as a conflict, saying what to do.
        var refused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.FundEscrowAsync(deal.ClientId));
        Assert.Equal(("contract.worker_restricted", "conflict"), (refused.Code, refused.Kind));
        Assert.Equal("ワーカーが利用制限中のため、この契約は仮払いできません。制限が解除されてから仮払いするか、契約をキャンセルしてください。", refused.MessageJa);
        Assert.Equal("contracted", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "escrow_funded");

        // So the contract stays before escrow, where the restricted worker's message is new business and refused.
        var message = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.SendMessageAsync(deal.WorkerId, "仮払いありがとうございます。"));
        Assert.Equal("user.restricted", message.Code);

        // Lifted, the client funds as usual.
        await worker.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");
        Assert.Equal("escrow_funded", (await deal.Contract.FundEscrowAsync(deal.ClientId)).Stage);
    }

    [Fact]
    public async Task WorkersRestriction_StopsTheClientAwardingTheirProposal_409_ThePostStaysOpen_AwardedOnceLifted()
    {
        var clientId = await Trust.RegisterAsync(Grains, "client");
        var workerId = await Trust.RegisterAsync(Grains, "worker");
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "実績多数です。3点で28,000円、5日で納品します。", 28_000);
        var worker = Grains.GetGrain<IUserGrain>(workerId);
        await worker.TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");

        // A contract is new business for the worker: refused before the post closes, so the client keeps it open.
        var award = new AwardContract(proposal.Id, null, new DateOnly(2027, 12, 24));
        var refused = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, award));
        Assert.Equal(("proposal.worker_restricted", "conflict"), (refused.Code, refused.Kind));
        Assert.Equal("このワーカーは利用制限中のため、この提案とは契約できません。別の提案と契約するか、制限が解除されてから契約してください。", refused.MessageJa);
        var post = await job.GetAsync(clientId);
        Assert.Equal("open", post.Status);
        Assert.Null(post.ContractId);

        await worker.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");
        Assert.Equal("contracted", (await job.AwardAsync(clientId, award)).Stage);
    }

    [Fact]
    public async Task WorkersWithdrawal_StopsTheClientFundingEscrow_409_CancellingStillWorks()
    {
        var deal = await Trust.NewDealAsync(Grains);
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("withdrawal", "tos.other", "規約違反です。", "reviewer-1");

        var refused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.FundEscrowAsync(deal.ClientId));
        Assert.Equal(("contract.worker_withdrawn", "conflict"), (refused.Code, refused.Kind));
        Assert.Contains("キャンセル", refused.MessageJa);
        Assert.Equal("cancelled", (await deal.Contract.CancelAsync(deal.ClientId, "ワーカーが退会したため。")).Stage);
    }

    [Fact]
    public async Task ThreeWarnings_RestrictAutomatically_RefuseMessages_LiftRestores()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);

        await user.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", "reviewer-1");
        var warned = await user.TakeStepAsync("warning", "contact.line", "再度、外部連絡先の交換を求めました。", "reviewer-1");
        Assert.Equal("warned", warned.Standing);
        Assert.Equal(2, warned.Warnings.Count);
        Assert.Empty(warned.PublicView().Warnings); // a warning is between the user and the staff: others see neither it
        Assert.Equal("good", warned.PublicView().Standing); // nor the standing it gives
        var third = await user.TakeStepAsync("warning", "contact.line", "三度目の違反です。", "reviewer-2");

        Assert.Equal("restricted", third.Standing);
        var auto = third.Warnings[^1];
        Assert.Equal(("restriction", "platform", 4), (auto.Step, auto.By, auto.Number));
        Assert.Equal(("reviewer-2", fixture.Clock.GetUtcNow()), (third.Warnings[2].By, third.Warnings[2].At));
        var refused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.SendMessageAsync(deal.WorkerId, "こんにちは"));
        Assert.Equal("user.restricted", refused.Code);
        Assert.Contains(await user.GetNotificationsAsync(), n => n.Type == "ladder_restriction");

        var lifted = await user.LiftStepAsync(4, "reviewer-3", "異議申し立てを認めました。");
        Assert.Equal("warned", lifted.Standing);
        Assert.Equal("reviewer-3", lifted.Warnings[3].LiftedBy);
        Assert.Equal("delivered", (await deal.Contract.SendMessageAsync(deal.WorkerId, "こんにちは")).Status);
        var twice = await Assert.ThrowsAsync<PlatformException>(() => user.LiftStepAsync(4, "reviewer-3", "再度"));
        Assert.Equal("ladder.already_lifted", twice.Code);
    }

    [Fact]
    public async Task ThreeWarnings_OneLiftedByHand_LiftsTheRestrictionTheirThresholdTook_AReviewersOwnRestrictionStays()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await user.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", "reviewer-1");
        await user.TakeStepAsync("warning", "contact.line", "再度、外部連絡先の交換を求めました。", "reviewer-1");
        var restricted = await user.TakeStepAsync("warning", "contact.line", "三度目の違反です。", "reviewer-1");
        Assert.Equal(("restricted", "restriction", "platform"), (restricted.Standing, restricted.Warnings[3].Step, restricted.Warnings[3].By));

        // The second warning was a mistake: two warnings stand, below the threshold the restriction was taken for.
        var lifted = await user.LiftStepAsync(2, "reviewer-2", "2回目の警告は誤りでした。");
        Assert.Equal("warned", lifted.Standing);
        Assert.Equal("platform", lifted.Warnings[3].LiftedBy);
        Assert.Contains("規定の回数を下回った", lifted.Warnings[3].LiftReasonJa, StringComparison.Ordinal);
        Assert.Equal("delivered", (await deal.Contract.SendMessageAsync(deal.WorkerId, "こんにちは")).Status);
        Assert.Contains(await user.GetNotificationsAsync(), n => n.Type == "ladder_lifted" && n.MessageJa.Contains("利用制限", StringComparison.Ordinal)
            && n.MessageJa.Contains("規定の回数を下回った", StringComparison.Ordinal));

        // A third warning again restricts; a reviewer's own restriction does not go with a warning lifted, the threshold's does.
        var again = await user.TakeStepAsync("warning", "contact.line", "再び違反がありました。", "reviewer-1");
        Assert.Equal(("restricted", "restriction", "ladder.warnings_threshold"), (again.Standing, again.Warnings[^1].Step, again.Warnings[^1].Code));
        var own = await user.TakeStepAsync("restriction", "manual", "担当者の判断で利用を制限します。", "reviewer-1");
        var one = await user.LiftStepAsync(1, "reviewer-2", "1回目の警告も誤りでした。");
        Assert.Equal("restricted", one.Standing);
        Assert.NotNull(one.Warnings.Single(w => w.Number == again.Warnings[^1].Number).LiftedAt);
        Assert.Null(one.Warnings.Single(w => w.Number == own.Warnings[^1].Number).LiftedAt);
    }

    [Fact]
    public async Task TakeStep_ReviewersRestrictionWithoutWarning_NoticeGivesTheStepsOwnCause()
    {
        var direct = Grains.GetGrain<IUserGrain>(await Trust.RegisterAsync(Grains, "worker"));
        await direct.TakeStepAsync("restriction", "tos.other", "外部決済への誘導がありました。", "reviewer-1");
        var warned = Grains.GetGrain<IUserGrain>(await Trust.RegisterAsync(Grains, "worker"));
        for (var i = 0; i < 3; i++)
        {
            await warned.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", "reviewer-1");
        }

        var notice = Assert.Single(await direct.GetNotificationsAsync(), n => n.Type == "ladder_restriction");
        Assert.Equal("利用規約違反のため、利用を制限しました。募集・提案・仮払い・メッセージの送信はできません（仮払い済みの契約では、相手方へのメッセージと納品・検収などの手続きができます）。理由：外部決済への誘導がありました。", notice.MessageJa);
        var automatic = Assert.Single(await warned.GetNotificationsAsync(), n => n.Type == "ladder_restriction");
        Assert.StartsWith("警告が重なったため、利用を制限しました。", automatic.MessageJa);
    }

    [Theory]
    [InlineData("r\u0000x")]
    [InlineData("reviewer\nplatform")]
    [InlineData(" ")]
    public async Task TakeOrLiftStep_ReviewerBlankTooLongOrWithControl_IsRefusedAsOnADecisionAndChangesNothing(string reviewer)
    {
        var user = Grains.GetGrain<IUserGrain>(await Trust.RegisterAsync(Grains, "worker"));
        foreach (var by in new[] { reviewer, new string('x', 101) })
        {
            var take = await Assert.ThrowsAsync<PlatformException>(() => user.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", by));
            var decide = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync("no-such-item", by, approve: false, "理由"));
            Assert.Equal(("reviewer", decide.Code), (take.Field, take.Code));
        }

        Assert.Empty((await user.GetAsync()).Warnings);
        await user.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", "reviewer-1");
        var lift = await Assert.ThrowsAsync<PlatformException>(() => user.LiftStepAsync(1, reviewer, "異議申し立てを認めました。"));
        Assert.Equal("reviewer", lift.Field);
        Assert.True((await user.GetAsync()).Warnings.Single().Active);
    }

    [Theory]
    [InlineData("warning", "警告")]
    [InlineData("restriction", "利用制限")]
    [InlineData("withdrawal", "強制退会")]
    public async Task LiftStep_TellsTheUserTheStepsJapaneseName(string step, string nameJa)
    {
        var id = await Trust.RegisterAsync(Grains, "worker");
        var user = Grains.GetGrain<IUserGrain>(id);
        await user.TakeStepAsync(step, "tos.other", "規約違反です。", "reviewer-1");
        await user.LiftStepAsync(1, "reviewer-2", "異議申し立てを認めました。");

        var notice = Assert.Single(await user.GetNotificationsAsync(), n => n.Type == "ladder_lifted");
        Assert.Equal($"措置（{nameJa}）を解除しました。理由：異議申し立てを認めました。", notice.MessageJa);
    }

    [Fact]
    public async Task Withdrawal_HidesJobsRevokesDisclosuresAndRefusesEverything()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        await deal.Contract.RequestDisclosureAsync(worker);
        var openJob = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await openJob.CreateAsync(client, Deal.Draft(), publish: true);

        var view = await Grains.GetGrain<IUserGrain>(client).TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");

        Assert.Equal("withdrawn", view.Standing);
        await Assert.ThrowsAsync<PlatformException>(() => openJob.GetAsync(worker));
        Assert.Equal("hidden", (await openJob.GetAsync(client)).Status);
        Assert.Equal("revoked", (await deal.Contract.GetAsync(worker)).Disclosure);
        await Trust.NotificationsAsync(Grains, worker, "disclosure_revoked", 1);
        var refused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.SendMessageAsync(client, "こんにちは"));
        Assert.Equal("user.withdrawn", refused.Code);
    }

    [Fact]
    public async Task Withdrawal_HidesOnlyOpenJobs_LiftOpensThoseItHid_NotOnesHiddenForTheirOwnViolation()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var open = await JobAsync(client, publish: true);
        var draft = await JobAsync(client, publish: false);
        var closed = await JobAsync(client, publish: true);
        await closed.CloseAsync(client);
        var hiddenBefore = await JobAsync(client, publish: true, "新商品のバナーを3点お願いします。詳しくはLINE IDを交換してからご説明します。");
        Assert.Equal("hidden", (await hiddenBefore.GetAsync(client)).Status);
        var reported = await JobAsync(client, publish: true);
        var user = Grains.GetGrain<IUserGrain>(client);

        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");
        Assert.Equal("withdrawn", withdrawn.Standing);
        Assert.Equal(["hidden", "draft", "closed", "hidden", "hidden"], await StatusesAsync(client, open, draft, closed, hiddenBefore, reported));
        await Assert.ThrowsAsync<PlatformException>(() => open.GetAsync(worker));
        // Hidden for a violation of its own while its client is withdrawn (an upheld report).
        await reported.HideAsync("report.upheld", "規約に違反する募集のため非表示にしました。");

        var lifted = await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");

        Assert.Equal("good", lifted.Standing);
        Assert.Equal(["open", "draft", "closed", "hidden", "hidden"], await StatusesAsync(client, open, draft, closed, hiddenBefore, reported));
        Assert.Equal("open", (await open.GetAsync(worker)).Status);
        await Assert.ThrowsAsync<PlatformException>(() => reported.GetAsync(worker));
        Assert.Equal("open", (await open.EditAsync(client, Deal.Draft() with { BudgetYen = 35_000 })).Status);
        Assert.Equal("open", (await draft.PublishAsync(client)).Status);
    }

    [Fact]
    public async Task Withdrawal_TwoActive_LiftingOneKeepsJobsHidden()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var job = await JobAsync(client, publish: true);
        var user = Grains.GetGrain<IUserGrain>(client);
        await user.TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");
        var twice = await user.TakeStepAsync("withdrawal", "tos.fraud", "詐欺の疑いのため強制退会とします。", "reviewer-2");

        var one = await user.LiftStepAsync(twice.Warnings[0].Number, "reviewer-3", "一件目は誤りでした。");
        Assert.Equal("withdrawn", one.Standing);
        Assert.Equal("hidden", (await job.GetAsync(client)).Status);

        await user.LiftStepAsync(twice.Warnings[1].Number, "reviewer-3", "二件目も誤りでした。");
        Assert.Equal("open", (await job.GetAsync(client)).Status);
    }

    [Fact]
    public async Task TakeStep_UnknownStep_Refused()
    {
        var id = await Trust.RegisterAsync(Grains, "worker");
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<IUserGrain>(id).TakeStepAsync("ban", "x", "理由", "reviewer-1"));
        Assert.Equal(("invalid", "step"), (refusal.Kind, refusal.Field));
    }

    private async Task<IJobGrain> JobAsync(string client, bool publish, string? description = null)
    {
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(client, description is null ? Deal.Draft() : Deal.Draft(description), publish);
        return job;
    }

    private static async Task<string[]> StatusesAsync(string viewer, params IJobGrain[] jobs) =>
        (await Task.WhenAll(jobs.Select(j => j.GetAsync(viewer)))).Select(v => v.Status).ToArray();
}
