using Platform.Abstractions.Common;

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
}
