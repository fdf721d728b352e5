using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Grains.Contracts;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// A forced withdrawal (強制退会) ends a withdrawn party's texts written with a contract's step and withheld for review (a delivery
/// note, a cancellation or termination reason, a rating comment) as it ends their held messages: the platform closes their review
/// items, no reviewer's dismissal shows them to the other party, and a lift withholds them as before and queues them again.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class WithdrawnStepTextsTests(TrustClusterFixture fixture)
{
    // Held after escrow by the contact check (an invitation to deal off the platform).
    private const string HeldNote = "納品します。次回からはLINE交換で直接やり取りしましょう。";
    private const string HeldReason = "キャンセルします。今後はLINE交換で直接やり取りしましょう。";
    private const string Reason = "重大な規約違反のため強制退会とします。";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Withdrawal_WithheldDeliveryNote_ItemClosedByPlatform_ADismissalShowsTheClientNothing()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.DeliverAsync(deal.WorkerId, HeldNote);
        var key = $"held-contract-{deal.ContractId}-delivery-1";
        var item = await Trust.ItemAsync(Grains, key);
        Assert.Equal("open", item!.Status);

        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");

        // No reviewer finds it waiting: the platform closed it with the withdrawal, uncounted, and says why.
        Assert.DoesNotContain(await Trust.Queue(Grains).ListAsync("open", subjectUserId: deal.WorkerId), i => i.Item.Key == key);
        var closed = await Trust.Queue(Grains).GetAsync(item.Id);
        Assert.Equal(("rejected", "platform", WithdrawnStepTexts.ItemClosedOutcome), (closed.Status, closed.DecidedBy, closed.Outcome));
        Assert.Contains("強制退会", closed.OutcomeJa);
        var late = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-2", approve: false, "問題ありません。"));
        Assert.Equal("review.already_decided", late.Code);
        Assert.Contains("強制退会", late.Message);
        Assert.Null(late.CurrentItemId);

        // The client still reads the notice, never the note.
        var delivery = Assert.Single((await deal.Contract.GetAsync(deal.ClientId)).Deliveries);
        Assert.DoesNotContain("LINE", delivery.Note, StringComparison.Ordinal);
        Assert.True((await deal.Contract.GetStepTextAsync(deal.ClientId, "delivery", "1"))!.Withheld);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(deal.ClientId).GetNotificationsAsync(), n => n.Type == "text_released");
    }

    [Fact]
    public async Task Lift_WithdrawalThatEndedAWithheldCancellationReason_QueuedAgain_OldItemNamesTheNewOne_DismissalShowsIt()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var funded = await deal.FundedAsync();
        await funded.Contract.CancelAsync(funded.WorkerId, HeldReason);
        var key = $"held-contract-{funded.ContractId}-cancellation";
        var first = await Trust.ItemAsync(Grains, key);
        Assert.Equal("open", first!.Status);
        var user = Grains.GetGrain<IUserGrain>(funded.WorkerId);
        var withdrawn = await user.TakeStepAsync("withdrawal", "tos.severe", Reason, "reviewer-1");
        Assert.Equal("rejected", (await Trust.Queue(Grains).GetAsync(first.Id)).Status);

        await user.LiftStepAsync(withdrawn.Warnings[^1].Number, "reviewer-2", "異議申し立てを認めました。");

        // In review again under a new item; the closed one, decided by its old id, names it.
        var again = await Trust.EventuallyAsync(
            async () => (await Trust.Queue(Grains).ListAsync("open")).FirstOrDefault(i => i.Item.Key == key), i => i is not null);
        Assert.NotEqual(first.Id, again!.Id);
        Assert.Equal(("detection", funded.WorkerId, "cancellation"), (again.Item.Kind, again.Item.SubjectUserId, again.Item.ItemId));
        var old = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(first.Id, "reviewer-3", approve: false, "問題ありません。"));
        Assert.Equal(("conflict", "review.already_decided", again.Id), (old.Kind, old.Code, old.CurrentItemId));
        Assert.Contains(again.Id, old.Message);
        Assert.True((await funded.Contract.GetStepTextAsync(funded.ClientId, "cancellation", null))!.Withheld);

        var decided = await Trust.Queue(Grains).DecideAsync(again.Id, "reviewer-3", approve: false, "問題ありません。");
        Assert.Equal("dismissed; text released", decided.Outcome);
        Assert.False((await funded.Contract.GetStepTextAsync(funded.ClientId, "cancellation", null))!.Withheld);
    }

    [Fact]
    public async Task Dismiss_WithheldNoteOfAWorkerWithdrawnBeforeTheContractHeard_RefusedNamingTheRule_NoteStaysWithheld()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.DeliverAsync(deal.WorkerId, HeldNote);
        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-delivery-1");
        // Withdrawn, but the contract not reached yet (the withdrawal's effects still to come): the user's state as stored then.
        var live = await fixture.LiveStateAsync<UserState>("user", Grains.GetGrain<IUserGrain>(deal.WorkerId));
        live.Warnings = [new WarningView("withdrawal", "tos.severe", Reason, "reviewer-1", fixture.Clock.GetUtcNow()) { Number = 1 }];
        live.Standing = "withdrawn";

        var refused = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: false, "問題ありません。"));

        Assert.Equal(("conflict", "text.author_withdrawn"), (refused.Kind, refused.Code));
        Assert.Contains("強制退会", refused.Message);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync(item!.Id)).Status);
        Assert.DoesNotContain("LINE", Assert.Single((await deal.Contract.GetAsync(deal.ClientId)).Deliveries).Note, StringComparison.Ordinal);
    }
}
