using Platform.Abstractions.Common;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>Nudge requests: reminders over days driven by the fake clock, answered or settled by progress.</summary>
[Collection(TrustCollection.Name)]
public sealed class NudgeTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Nudge_AnsweredBySilentParty_Ends()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestNudgeAsync(deal.WorkerId);
        Assert.Equal(("active", deal.ClientId, 1), (view.Nudge!.Status, view.Nudge.SilentPartyId, view.Nudge.RemindersSent));
        await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_reminder", 1);

        fixture.Clock.Advance(TimeSpan.FromDays(1.1));
        await deal.Contract.CheckDueAsync();
        Assert.Equal(2, (await deal.Contract.GetAsync(deal.ClientId)).Nudge!.RemindersSent);

        await deal.Contract.SendMessageAsync(deal.ClientId, "返信が遅くなり申し訳ありません。");
        var answered = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("answered", "escrow_funded"), (answered.Nudge!.Status, answered.Stage));

        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.Equal("escrow_funded", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
        await Trust.NotificationsAsync(Grains, deal.WorkerId, "nudge_answered", 1);
    }

    [Fact]
    public async Task Nudge_UnansweredAfterDelivery_ConfirmsPayment()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);
        var own = await deal.Contract.SendMessageAsync(deal.WorkerId, "ご確認をお願いします。"); // the requester's own message does not end it
        Assert.Equal("delivered", own.Status);

        for (var day = 0; day < 7; day++)
        {
            fixture.Clock.Advance(TimeSpan.FromDays(1));
            await deal.Contract.CheckDueAsync();
        }

        var settled = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("paid", "settled", "payment_confirmed", 3), (settled.Stage, settled.Nudge!.Status, settled.Nudge.Outcome, settled.Nudge.RemindersSent));
        Assert.NotNull(settled.PaidAt);
        var history = await deal.Contract.GetHistoryAsync(deal.WorkerId);
        Assert.Equal(2, history.Count(e => e.Type == "nudge_reminder"));
        Assert.Contains(history, e => e.Type == "nudge_settled_payment_confirmed");
        await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_settled", 1);
        await Trust.NotificationsAsync(Grains, deal.WorkerId, "nudge_settled", 1);
        Assert.Equal(1, (await Grains.GetGrain<Platform.Abstractions.Users.IUserGrain>(deal.WorkerId).GetPartyAsync()).CompletedContracts);
    }

    [Fact]
    public async Task Nudge_UnansweredBeforeDelivery_CancelsAndRefunds()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);
        var twice = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestNudgeAsync(deal.ClientId));
        Assert.Equal("nudge.active", twice.Code);

        fixture.Clock.Advance(TimeSpan.FromDays(6.5));
        await deal.Contract.CheckDueAsync(); // all due steps at once: reminders 2 and 3, then settlement

        var settled = await deal.Contract.GetAsync(deal.WorkerId);
        Assert.Equal(("cancelled", "cancelled_refunded"), (settled.Stage, settled.Nudge!.Outcome));
        var history = await deal.Contract.GetHistoryAsync(deal.WorkerId);
        Assert.Contains(history, e => e.Type == "nudge_settled_cancelled_refunded" && e.DetailJa.Contains("返金"));
        await deal.Contract.CheckDueAsync(); // idempotent
        Assert.Equal(history.Count, (await deal.Contract.GetHistoryAsync(deal.WorkerId)).Count);
    }

    [Fact]
    public async Task Nudge_SilentWorkerDeliversWithoutAMessage_EndsItAndNoSettlementConfirmsPayment()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);

        var delivered = await deal.Contract.DeliverAsync(deal.WorkerId, "ご依頼のバナー3点を納品しました。ご確認ください。");

        Assert.Equal(("delivered", "answered"), (delivered.Stage, delivered.Nudge!.Status));
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        var later = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("delivered", "answered", null, null), (later.Stage, later.Nudge!.Status, later.AcceptedAt, later.PaidAt));
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Contains(history, e => e.Type == "nudge_answered" && e.DetailJa.Contains("納品"));
        Assert.DoesNotContain(history, e => e.Type.StartsWith("nudge_settled", StringComparison.Ordinal));
        var notices = await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_answered", 1);
        Assert.Contains(notices, n => n.Type == "nudge_answered" && n.MessageJa.Contains("納品"));
    }

    [Fact]
    public async Task Nudge_SilentWorkerAsksForTermination_EndsItAndTheRequestStaysOpen()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);

        var requested = await deal.Contract.RequestTerminationAsync(deal.WorkerId, "体調不良のため途中で終了させてください。");

        Assert.Equal(("escrow_funded", "answered"), (requested.Stage, requested.Nudge!.Status));
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        var later = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("escrow_funded", "pending"), (later.Stage, later.Termination!.Status));
        var notices = await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_answered", 1);
        // The request itself is announced before the end of the nudge it answers.
        Assert.True(notices.Single(n => n.Type == "termination_requested").Sequence < notices.Single(n => n.Type == "nudge_answered").Sequence);
    }

    [Fact]
    public async Task Nudge_SilentClientAccepts_EndsItAndPaymentIsTheClientsToConfirm()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);

        var accepted = await deal.Contract.AcceptAsync(deal.ClientId);

        Assert.Equal(("accepted", "answered"), (accepted.Stage, accepted.Nudge!.Status));
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.Equal(("accepted", null), ((await deal.Contract.GetAsync(deal.WorkerId)).Stage, (await deal.Contract.GetAsync(deal.WorkerId)).PaidAt));
        await Trust.NotificationsAsync(Grains, deal.WorkerId, "nudge_answered", 1);
    }

    [Fact]
    public async Task Nudge_SilentWorkerRequestsDisclosure_EndsItAndNoSettlementCancels()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);

        // Asking for disclosure reaches the client (disclosure_requested): the worker is not silent.
        var requested = await deal.Contract.RequestDisclosureAsync(deal.WorkerId);

        Assert.Equal("answered", requested.Nudge!.Status);
        var answer = Assert.Single(await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_answered", 1), n => n.Type == "nudge_answered");
        Assert.Contains("連絡先公開申請", answer.MessageJa);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.Equal("escrow_funded", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
    }

    [Fact]
    public async Task Nudge_RestrictedSilentWorker_AnswersByMessage()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var unfunded = await Trust.DealAsync(Grains, await Trust.RegisterAsync(Grains, "client"), deal.WorkerId);
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("restriction", "tos.minor", "規約違反のため利用を制限します", "staff-1");
        await deal.Contract.RequestNudgeAsync(deal.ClientId);

        var reply = await deal.Contract.SendMessageAsync(deal.WorkerId, "ご連絡ありがとうございます。作業中です。");

        Assert.Equal("delivered", reply.Status);
        Assert.Equal("answered", (await deal.Contract.GetAsync(deal.ClientId)).Nudge!.Status);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        Assert.Equal("escrow_funded", (await deal.Contract.GetAsync(deal.ClientId)).Stage);
        // A restriction still stops new business: a message on a contract not yet funded is refused.
        var refused = await Assert.ThrowsAsync<PlatformException>(() => unfunded.Contract.SendMessageAsync(deal.WorkerId, "よろしくお願いします。"));
        Assert.Equal("user.restricted", refused.Code);
    }

    [Fact]
    public async Task Nudge_HeldReplyStillInReviewWhenSettlementFalls_WaitsAndSettlesWhenTheReviewerRefusesIt()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。確認のため少しお待ちください。");
        Assert.Equal("held", held.Status);

        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();
        await fixture.Cluster.DeactivateAsync(deal.Contract); // the wait is in the stored state, not in memory
        await deal.Contract.CheckDueAsync();

        var waiting = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("escrow_funded", "active", 3), (waiting.Stage, waiting.Nudge!.Status, waiting.Nudge.RemindersSent));
        await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");
        await Trust.Queue(Grains).DecideAsync($"held-contract-{deal.ContractId}-{held.Id}", "reviewer-1", approve: false, "事務局を名乗る内容のため配信しません。");

        var settled = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("cancelled", "settled", "cancelled_refunded"), (settled.Stage, settled.Nudge!.Status, settled.Nudge.Outcome));
        await Trust.NotificationsAsync(Grains, deal.ClientId, "nudge_settled", 1);
    }

    [Fact]
    public async Task Nudge_HeldReplyReleasedAfterSettlementFell_AnswersItAndNothingSettles()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestNudgeAsync(deal.ClientId);
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。確認のため少しお待ちください。");
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await deal.Contract.CheckDueAsync();

        await deal.Contract.ResolveHeldMessageAsync(held.Id, approve: true, "reviewer-1", "問題ありません。");

        var answered = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("escrow_funded", "answered"), (answered.Stage, answered.Nudge!.Status));
        await deal.Contract.CheckDueAsync();
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.WorkerId), e => e.Type.StartsWith("nudge_settled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nudge_StepsProcessedAfterTheirDueTime_StampedWhenAppendedSoTheHistoryIsInOrder()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        await deal.Contract.RequestNudgeAsync(deal.WorkerId);
        fixture.Clock.Advance(TimeSpan.FromDays(1.5));
        var second = fixture.Clock.GetUtcNow();
        await deal.Contract.CheckDueAsync(); // reminder 2, due half a day ago (or the silo's own tick got there first, at the same time)
        await deal.Contract.SendMessageAsync(deal.WorkerId, "ご確認をお願いします。");
        fixture.Clock.Advance(TimeSpan.FromDays(5));
        var last = fixture.Clock.GetUtcNow();

        await deal.Contract.CheckDueAsync(); // reminder 3 and the settlement, due days ago

        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(history.OrderBy(e => e.At).ThenBy(e => e.Sequence).Select(e => e.Sequence), history.Select(e => e.Sequence));
        Assert.Equal([second, last], history.Where(e => e.Type == "nudge_reminder").Select(e => e.At));
        var settled = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("paid", last, last), (settled.Stage, settled.AcceptedAt, settled.PaidAt));
        Assert.Equal(last, history.Single(e => e.Type == "nudge_settled_payment_confirmed").At);
    }
}
