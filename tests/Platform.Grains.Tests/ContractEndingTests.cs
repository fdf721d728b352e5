using Platform.Abstractions.Common;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// What ends with a contract: a pending disclosure request, a nudge and an unanswered early-termination request; who
/// may cancel after escrow; what the parties are told; a non-party is refused before any state is looked at.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class ContractEndingTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task PendingDisclosure_ContractTerminated_WithdrawnAndApprovalRefused()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var itemId = (await deal.Contract.RequestDisclosureAsync(deal.WorkerId)).DisclosureRequest!.ReviewItemId!;
        await Trust.ItemAsync(Grains, itemId);
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "プロジェクトが中止になりました");

        var ended = await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: true);

        Assert.Equal(("cancelled", "withdrawn", "withdrawn", "platform"),
            (ended.Stage, ended.Disclosure, ended.DisclosureRequest!.Status, ended.DisclosureRequest.DecidedBy));
        var item = await Trust.EventuallyAsync(() => Trust.Queue(Grains).GetAsync(itemId), i => i.Status != "open");
        Assert.Equal(("rejected", "platform"), (item.Status, item.DecidedBy));
        var review = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(itemId, "reviewer-1", approve: true, "問題ありません。"));
        Assert.Equal("review.already_decided", review.Code);
        var direct = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.DecideDisclosureAsync(true, "reviewer-1", "問題ありません。"));
        Assert.Equal(("conflict", "disclosure.contract_ended"), (direct.Kind, direct.Code));
        Assert.Equal("withdrawn", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);
        foreach (var party in new[] { deal.ClientId, deal.WorkerId })
        {
            var notices = await Trust.NotificationsAsync(Grains, party, "disclosure_withdrawn", 1);
            Assert.DoesNotContain(notices, n => n.MessageJa.Contains("連絡先をやり取りできます"));
        }

        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.WorkerId), e => e.Type == "disclosure_withdrawn");
    }

    [Fact]
    public async Task Nudge_BlockedOrHeldAnswer_DoesNotEndItUntilReleased()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);

        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(deal.ClientId, "直接取引しませんか")).Status);
        var held = await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。確認のため少しお待ちください。");
        Assert.Equal("held", held.Status);
        Assert.Equal("active", (await deal.Contract.GetAsync(deal.WorkerId)).Nudge!.Status);
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.WorkerId), e => e.Type == "nudge_answered");

        await deal.Contract.ResolveHeldMessageAsync(held.Id, approve: true, "reviewer-1", "問題ありません。");

        Assert.Equal("answered", (await deal.Contract.GetAsync(deal.WorkerId)).Nudge!.Status);
        var notices = await Trust.NotificationsAsync(Grains, deal.WorkerId, "nudge_answered", 1);
        Assert.Single(notices, n => n.Type == "nudge_answered");
    }

    [Fact]
    public async Task Nudge_ContractTerminatedMeanwhile_StopsWithoutRemindersOrSettlement()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);
        await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_reminder", 1);
        await deal.Contract.RequestTerminationAsync(deal.WorkerId, "体調不良のため");

        var ended = await deal.Contract.RespondTerminationAsync(deal.ClientId, accept: true);

        Assert.Equal(("cancelled", "stopped"), (ended.Stage, ended.Nudge!.Status));
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        var after = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(history.Count, after.Count);
        Assert.DoesNotContain(after, e => e.Type.StartsWith("nudge_settled", StringComparison.Ordinal));
        Assert.Contains(after, e => e.Type == "nudge_stopped");
        Assert.Contains(after, e => e.Type == "nudge_requested" && e.DetailJa.Contains("山田商店") && !e.DetailJa.Contains(deal.ClientId));
        await Trust.NotificationsAsync(Grains, deal.WorkerId, "nudge_stopped", 1);
        var client = await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_stopped", 1);
        Assert.Single(client, n => n.Type == "nudge_reminder");
        Assert.DoesNotContain(client, n => n.Type == "nudge_settled");
    }

    [Fact]
    public async Task Nudge_ContractPaidMeanwhile_Stops()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId); // the requester's own steps do not answer it (the silent worker's would)
        Assert.Equal("active", (await deal.Contract.AcceptAsync(deal.ClientId)).Nudge!.Status);

        var paid = await deal.Contract.ConfirmPaymentAsync(deal.ClientId);

        Assert.Equal(("paid", "stopped"), (paid.Stage, paid.Nudge!.Status));
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type.StartsWith("nudge_settled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Termination_NonParty_IsForbiddenBeforeAnyStateCheck()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var stranger = await Trust.RegisterAsync(Grains, "worker");
        var none = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RespondTerminationAsync(stranger, true));
        Assert.Equal("contract.not_a_party", none.Code);
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "プロジェクトが中止になりました");
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);

        foreach (var refusal in new[]
        {
            await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestTerminationAsync(stranger, "終了したい")),
            await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RespondTerminationAsync(stranger, true)),
            await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RateAsync(stranger, 5, null)),
        })
        {
            Assert.Equal(("forbidden", "contract.not_a_party"), (refusal.Kind, refusal.Code));
        }

        Assert.Equal(history.Count, (await deal.Contract.GetHistoryAsync(deal.ClientId)).Count);
    }

    [Fact]
    public async Task Termination_UnansweredWhenDeliveryAccepted_LapsesAndRequesterTold()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        await deal.Contract.RequestTerminationAsync(deal.WorkerId, "追加作業が発生したため");

        var accepted = await deal.Contract.AcceptAsync(deal.ClientId);

        Assert.Equal(("accepted", "lapsed"), (accepted.Stage, accepted.Termination!.Status));
        Assert.NotNull(accepted.Termination.AnsweredAt);
        await deal.Contract.ConfirmPaymentAsync(deal.ClientId);
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Single(history, e => e.Type == "termination_lapsed");
        var notice = Assert.Single(await Trust.NotificationsAsync(Grains, deal.WorkerId, "termination_lapsed", 1), n => n.Type == "termination_lapsed");
        Assert.Contains("検収が完了したため", notice.MessageJa);
    }

    [Fact]
    public async Task Termination_RequestAndAnswer_BothPartiesToldWithNames()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "プロジェクトが中止になりました");

        var asked = await Trust.NotificationsAsync(Grains, deal.WorkerId, "termination_requested", 1);
        var request = Assert.Single(asked, n => n.Type == "termination_requested");
        Assert.Contains("山田商店", request.MessageJa);
        Assert.Contains("プロジェクトが中止になりました", request.MessageJa);
        Assert.DoesNotContain(deal.ClientId, request.MessageJa);
        await Trust.NotificationsAsync(Grains, deal.ClientId, "termination_requested", 1);

        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);

        var refused = Assert.Single(await Trust.NotificationsAsync(Grains, deal.ClientId, "termination_refused", 1), n => n.Type == "termination_refused");
        Assert.Contains("佐藤デザイン", refused.MessageJa);
        await Trust.NotificationsAsync(Grains, deal.WorkerId, "termination_refused", 1);
    }

    [Fact]
    public async Task Termination_Refused_BothNoticesSayTheRequestWasRefused()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "要件が変わったため");

        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);

        var requester = Assert.Single(await Trust.NotificationsAsync(Grains, deal.ClientId, "termination_refused", 1), n => n.Type == "termination_refused");
        Assert.Equal("契約「バナー制作のお願い」の契約途中終了リクエストを相手方（佐藤デザイン）が拒否しました。契約は引き続き有効です。", requester.MessageJa);
        var responder = Assert.Single(await Trust.NotificationsAsync(Grains, deal.WorkerId, "termination_refused", 1), n => n.Type == "termination_refused");
        Assert.Equal("契約「バナー制作のお願い」の契約途中終了リクエストを拒否しました。契約は引き続き有効です。", responder.MessageJa);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RequestDisclosure_EscrowFundedThenEnded_RefusedAsContractEnded(bool byTermination)
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        if (byTermination)
        {
            await deal.Contract.RequestTerminationAsync(deal.ClientId, "プロジェクトが中止になりました");
            await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: true);
        }
        else
        {
            await deal.Contract.CancelAsync(deal.WorkerId, "体調不良のため作業できなくなりました");
        }

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestDisclosureAsync(deal.ClientId));

        Assert.Equal(("conflict", "disclosure.contract_ended"), (refusal.Kind, refusal.Code));
        Assert.Contains("キャンセル", refusal.MessageJa);
        Assert.DoesNotContain("仮払い後の契約でのみ", refusal.MessageJa);
    }

    [Fact]
    public async Task Cancel_AfterEscrow_WorkerMayAndClientIsRefusedTowardsTermination()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.CancelAsync(deal.ClientId, "予算の都合"));

        Assert.Equal(("conflict", "contract.cancel_after_escrow"), (refusal.Kind, refusal.Code));
        Assert.Contains("契約途中終了リクエスト", refusal.MessageJa);
        Assert.Equal("escrow_funded", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
        Assert.Equal(history.Count, (await deal.Contract.GetHistoryAsync(deal.ClientId)).Count);

        var cancelled = await deal.Contract.CancelAsync(deal.WorkerId, "体調不良のため作業できなくなりました");

        Assert.Equal("cancelled", cancelled.Stage);
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "cancelled" && e.DetailJa.Contains("返金"));
        var notice = Assert.Single(await Trust.NotificationsAsync(Grains, deal.ClientId, "contract_cancelled", 1), n => n.Type == "contract_cancelled");
        Assert.Contains("佐藤デザイン", notice.MessageJa);
        Assert.Contains("返金", notice.MessageJa);
        Assert.Contains("体調不良のため作業できなくなりました", notice.MessageJa);
    }

    [Fact]
    public async Task Cancel_AfterDelivery_IsRefusedForBoth()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        foreach (var party in new[] { deal.WorkerId, deal.ClientId })
        {
            var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.CancelAsync(party, "都合により"));
            Assert.Equal("contract.stage_conflict.cancel", refusal.Code);
        }

        Assert.Equal("delivered", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ended_WithPendingDisclosureAndNudge_PartyToldOfTheEndBeforeWhatItClosed(bool byTermination)
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        await deal.Contract.RequestNudgeAsync(deal.ClientId);
        var (told, cause) = byTermination ? (deal.WorkerId, "termination_accepted") : (deal.ClientId, "contract_cancelled");
        if (byTermination)
        {
            await deal.Contract.RequestTerminationAsync(deal.WorkerId, "家庭の事情で継続が難しくなりました。");
            await deal.Contract.RespondTerminationAsync(deal.ClientId, accept: true);
        }
        else
        {
            await deal.Contract.CancelAsync(deal.WorkerId, "家庭の事情で継続が難しくなりました。");
        }

        // The silent worker's termination request already answered the nudge (NudgeTests); a cancellation stops it.
        string[] expected = byTermination ? [cause, "disclosure_withdrawn"] : [cause, "disclosure_withdrawn", "nudge_stopped"];
        var notices = await Trust.EventuallyAsync(
            () => Grains.GetGrain<IUserGrain>(told).GetNotificationsAsync(), n => expected.All(t => n.Any(x => x.Type == t)));

        // Oldest first: 「…がキャンセルされたため…」 only after the notice that says it was cancelled.
        Assert.Equal(expected, notices.Select(n => n.Type).Where(expected.Contains));
    }

    [Fact]
    public async Task WorkerWithdrawnAfterEscrow_ClientToldAndMayCancelWithARefund_NothingUndoneByTheLift()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var earlierClient = await Trust.RegisterAsync(Grains, "client");
        var paid = await Trust.DealAsync(Grains, earlierClient, deal.WorkerId);
        await Trust.CompleteAsync(paid.Contract, earlierClient, deal.WorkerId);
        var worker = Grains.GetGrain<IUserGrain>(deal.WorkerId);

        var withdrawn = await worker.TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");

        var notices = await Trust.NotificationsAsync(Grains, deal.ClientId, "counterpart_withdrawn", 1);
        var notice = Assert.Single(notices, n => n.Type == "counterpart_withdrawn");
        Assert.Equal(deal.ContractId, notice.RelatedId);
        Assert.StartsWith("契約「バナー制作のお願い」", notice.MessageJa);
        Assert.Contains("ワーカーの合意なしに", notice.MessageJa);
        Assert.Contains("28,000円", notice.MessageJa);
        Assert.DoesNotContain("重大な規約違反", notice.MessageJa);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(earlierClient).GetNotificationsAsync(), n => n.Type == "counterpart_withdrawn");
        // The client's request can never be answered: the cancellation ends it.
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "相手が退会したため終了したいです");

        var cancelled = await deal.Contract.CancelAsync(deal.ClientId, "相手が退会したため");

        Assert.Equal(("cancelled", "lapsed"), (cancelled.Stage, cancelled.Termination!.Status));
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "cancelled" && e.DetailJa.Contains("28,000円") && e.DetailJa.Contains("返金"));
        await worker.LiftStepAsync(withdrawn.Warnings.Single(w => w.Step == "withdrawal").Number, "reviewer-1", "誤りでした。");
        Assert.Equal("cancelled", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
        Assert.Equal("paid", (await paid.Contract.GetAsync(earlierClient)).Stage);
    }

    [Fact]
    public async Task ClientWithdrawnAfterDelivery_WorkerToldTheNudgeSettlesByPayment()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();

        await Grains.GetGrain<IUserGrain>(deal.ClientId).TakeStepAsync("withdrawal", "tos.severe", "重大な規約違反のため強制退会とします。", "reviewer-1");

        var notice = Assert.Single(await Trust.NotificationsAsync(Grains, deal.WorkerId, "counterpart_withdrawn", 1), n => n.Type == "counterpart_withdrawn");
        Assert.StartsWith("契約「バナー制作のお願い」", notice.MessageJa);
        Assert.Contains("連絡催促申請", notice.MessageJa);
        Assert.Contains("支払いが確定", notice.MessageJa);
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.CancelAsync(deal.WorkerId, "相手が退会したため"));
        Assert.Equal("contract.stage_conflict.cancel", refusal.Code);
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.Equal("paid", (await deal.Contract.GetAsync(deal.WorkerId)).Stage);
    }
}
