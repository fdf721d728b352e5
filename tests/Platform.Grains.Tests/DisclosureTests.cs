using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Grains.Contracts;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;

namespace Platform.Grains.Tests;

/// <summary>Contact disclosure requests: automatic approval, reviewer decisions, deadlines, and what contact details do at each status.</summary>
[Collection(TrustCollection.Name)]
public sealed class DisclosureTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task RequestDisclosure_ClearRecords_ApprovedAtOnceAndContactPasses()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();

        var view = await deal.Contract.RequestDisclosureAsync(worker);

        Assert.Equal("approved", view.Disclosure);
        Assert.Equal(("approved", "platform"), (view.DisclosureRequest!.Status, view.DisclosureRequest.DecidedBy));
        Assert.Equal("approved", (await deal.Contract.GetAsync(client)).Disclosure);
        Assert.Equal("delivered", (await deal.Contract.SendMessageAsync(worker, "今後はLINE交換して連絡しましょう")).Status);
        await Trust.NotificationsAsync(Grains, client, "disclosure_approved", 1);
    }

    [Fact]
    public async Task RequestDisclosure_NewParties_QueuedThenApprovedByReviewer()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        Assert.Equal("requested", view.Disclosure);
        Assert.True(view.DisclosureRequest!.DueAt >= new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.FromHours(9)));
        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(deal.WorkerId, "LINE交換しませんか")).Status);
        var again = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestDisclosureAsync(deal.WorkerId));
        Assert.Equal("disclosure.pending", again.Code);

        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest.ReviewItemId!);
        Assert.Equal(("disclosure", "open"), (item!.Item.Kind, item.Status));
        var decided = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "取引内容に問題はありません。");

        Assert.Equal(("approved", "disclosure approved"), (decided.Status, decided.Outcome));
        var contract = await deal.Contract.GetAsync(deal.WorkerId);
        Assert.Equal(("approved", "reviewer-1"), (contract.Disclosure, contract.DisclosureRequest!.DecidedBy));
        Assert.Equal("delivered", (await deal.Contract.SendMessageAsync(deal.WorkerId, "LINE交換しませんか")).Status);
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "disclosure_approved" && e.ActorId == "reviewer-1");
    }

    [Fact]
    public async Task RequestDisclosure_DeniedByReviewer_ContactStaysBlockedAndBothTold()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).DeliveredAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.WorkerId);
        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest!.ReviewItemId!);

        await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-2", approve: false, "連絡先交換の必要性が確認できません。");

        var contract = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal("denied", contract.Disclosure);
        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(deal.ClientId, "LINE交換しましょう")).Status);
        var told = await Trust.NotificationsAsync(Grains, deal.WorkerId, "disclosure_denied", 1);
        Assert.Contains(told, n => n.Type == "disclosure_denied" && n.MessageJa.Contains("承認されませんでした"));
        var twice = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-2", true, "再判断"));
        Assert.Equal("review.already_decided", twice.Code);
    }

    [Fact]
    public async Task DecideDisclosure_Approved_ContactOnlyHoldDeliveredItemReleasedBothToldOtherHoldStays()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var contactOnly = await Trust.HeldForContactAsync(fixture, deal);
        var alsoOther = await Trust.HeldForContactAsync(fixture, deal, alsoOther: true);
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters;

        await Trust.Queue(Grains).DecideAsync(view.DisclosureRequest!.ReviewItemId!, "reviewer-1", approve: true, "取引内容に問題はありません。");

        await AssertReleasedAsync(deal, contactOnly.Id);
        // Held for a fake-staff finding too: a reviewer still decides it.
        Assert.Equal("held", (await deal.Contract.GetMessageAsync(deal.WorkerId, alsoOther.Id)).Status);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync($"held-contract-{deal.ContractId}-{alsoOther.Id}")).Status);
        Assert.DoesNotContain(await deal.Contract.GetMessagesAsync(deal.ClientId), m => m.Id == alsoOther.Id);
        // Counted as a reviewer's release is.
        var after = (await month.GetAsync()).Counters;
        Assert.Equal(1, after.GetValueOrDefault("held.released") - before.GetValueOrDefault("held.released"));
    }

    [Fact]
    public async Task RequestDisclosure_ApprovedAtOnce_ContactHoldDelivered()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        var held = await Trust.HeldForContactAsync(fixture, deal);

        Assert.Equal("approved", (await deal.Contract.RequestDisclosureAsync(client)).Disclosure);

        await AssertReleasedAsync(deal, held.Id);
    }

    /// <summary>
    /// The held message reached the client; its review item was closed as released by the platform, with why; the
    /// worker reads it delivered; both were told.
    /// </summary>
    internal static async Task AssertReleasedAsync(Deal deal, string messageId, string why = "連絡先公開申請が承認された")
    {
        var grains = deal.Grains;
        Assert.Equal("delivered", (await deal.Contract.GetMessageAsync(deal.ClientId, messageId)).Status);
        Assert.Contains(await deal.Contract.GetMessagesAsync(deal.ClientId), m => m.Id == messageId);
        Assert.Equal(("delivered", "allow"), ((await deal.Contract.GetMessageAsync(deal.WorkerId, messageId)).Status,
            (await deal.Contract.GetMessageAsync(deal.WorkerId, messageId)).Verdict.Decision));
        var item = await Trust.EventuallyAsync(() => Trust.Queue(grains).GetAsync($"held-contract-{deal.ContractId}-{messageId}"), i => i.Status != "open");
        Assert.Equal(("approved", "platform"), (item.Status, item.DecidedBy));
        Assert.Contains(why, item.DecisionReasonJa);
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "message_released" && e.MessageId == messageId && e.ActorId == "platform");
        foreach (var party in new[] { deal.WorkerId, deal.ClientId })
        {
            var told = await Trust.NotificationsAsync(grains, party, "message_released", 1);
            Assert.Single(told, n => n.Type == "message_released" && n.RelatedId == deal.ContractId && n.MessageJa.Contains(messageId) && n.MessageJa.Contains(why));
        }
    }

    [Fact]
    public async Task RequestDisclosure_BeforeEscrow_Refused()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestDisclosureAsync(deal.ClientId));
        Assert.Equal(("conflict", "disclosure.not_funded"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public async Task CheckDue_PastTwoBusinessDays_EscalatesOnceAndRaisesSeverity()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest!.ReviewItemId!);

        await deal.Contract.CheckDueAsync();
        Assert.False((await deal.Contract.GetAsync(deal.ClientId)).DisclosureRequest!.Escalated);

        fixture.Clock.SetUtcNow(view.DisclosureRequest.DueAt.AddMinutes(1));
        await deal.Contract.CheckDueAsync();
        await deal.Contract.CheckDueAsync(); // a reminder may fire twice

        var contract = await deal.Contract.GetAsync(deal.ClientId);
        Assert.True(contract.DisclosureRequest!.Escalated);
        Assert.Single(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "disclosure_escalated");
        var escalated = await Trust.EventuallyAsync(() => Trust.Queue(Grains).GetAsync(item!.Id), i => i.Escalated);
        Assert.Equal(item!.Severity + 1, escalated.Severity);
        Assert.StartsWith("【期限超過】", escalated.Item.SummaryJa);
    }

    [Fact]
    public async Task Flag_AfterApproval_RevokesNotifiesOtherPartyAndBlocksContactAgain()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        await deal.Contract.RequestDisclosureAsync(client);

        var (revoked, _) = await Grains.GetGrain<IUserGrain>(worker).FlagAsync("violation.confirmed", "規約違反が確認されました。", "reviewer-1");

        Assert.True(revoked >= 1);
        Assert.Equal("revoked", (await deal.Contract.GetAsync(client)).Disclosure);
        var told = await Trust.NotificationsAsync(Grains, client, "disclosure_revoked", 1);
        Assert.Contains(told, n => n.Type == "disclosure_revoked" && n.RelatedId == deal.ContractId && n.MessageJa.Contains("取り消されました"));
        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(client, "LINE交換しましょう")).Status);
    }

    [Fact]
    public async Task Restriction_WhileRequestPending_ClosesRequestAndItemBothToldContactBlocked()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest!.ReviewItemId!);

        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("restriction", "off_platform_contact", "外部誘導のため制限", "staff-1");

        var contract = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal("revoked", contract.Disclosure);
        // Both parties read the record: it says a party was subject to a measure, not the measure's own reason.
        Assert.Equal(("revoked", "platform", "platform"), (contract.DisclosureRequest!.Status, contract.DisclosureRequest.DecidedBy, contract.DisclosureRequest.RevokedBy));
        Assert.Contains("運営の措置", contract.DisclosureRequest.ReasonJa);
        Assert.DoesNotContain("外部誘導", contract.DisclosureRequest.ReasonJa);
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "disclosure_revoked" && e.DetailJa.Contains("判断待ち"));
        Assert.DoesNotContain(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.DetailJa.Contains("外部誘導"));
        var closed = await Trust.Queue(Grains).GetAsync(item!.Id);
        Assert.Equal(("rejected", "platform"), (closed.Status, closed.DecidedBy));
        var late = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "問題ありません。"));
        Assert.Equal(("conflict", "review.already_decided"), (late.Kind, late.Code));
        Assert.Equal("revoked", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);
        Assert.Equal("blocked", (await deal.Contract.SendMessageAsync(deal.ClientId, "LINE交換しましょう")).Status);
        var again = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestDisclosureAsync(deal.ClientId));
        Assert.Equal("disclosure.revoked", again.Code);
        foreach (var party in new[] { deal.ClientId, deal.WorkerId })
        {
            var told = await Trust.NotificationsAsync(Grains, party, "disclosure_revoked", 1);
            Assert.Contains(told, n => n.Type == "disclosure_revoked" && n.RelatedId == deal.ContractId && n.MessageJa.Contains("連絡先公開申請"));
        }
    }

    [Fact]
    public async Task Restriction_AfterReviewerApproval_RecordKeepsTheApprovalRevokedByPlatformInGeneralTerms()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var view = await deal.Contract.RequestDisclosureAsync(deal.WorkerId);
        await Trust.Queue(Grains).DecideAsync(view.DisclosureRequest!.ReviewItemId!, "rev-approver", approve: true, "承認");
        var approval = (await deal.Contract.GetAsync(deal.WorkerId)).DisclosureRequest!;
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        await Grains.GetGrain<IUserGrain>(deal.ClientId).TakeStepAsync("restriction", "contact.repeat", "直接取引の勧誘（2回目）", "rev-lead");

        var revoked = (await deal.Contract.GetAsync(deal.WorkerId)).DisclosureRequest!;
        Assert.Equal(("revoked", "rev-approver", approval.DecidedAt, "承認"), (revoked.Status, revoked.DecidedBy, revoked.DecidedAt, revoked.ReasonJa));
        Assert.Equal(("platform", approval.DecidedAt!.Value.AddMinutes(5)), (revoked.RevokedBy, revoked.RevokedAt!.Value));
        Assert.DoesNotContain("直接取引", revoked.RevokedReasonJa);
        var history = await deal.Contract.GetHistoryAsync(deal.WorkerId);
        Assert.Contains(history, e => e.Type == "disclosure_revoked" && e.ActorId == "platform");
        Assert.DoesNotContain(history, e => e.DetailJa.Contains("直接取引"));
        var told = await Trust.NotificationsAsync(Grains, deal.WorkerId, "disclosure_revoked", 1);
        Assert.DoesNotContain(told, n => n.MessageJa.Contains("直接取引"));
    }

    [Fact]
    public async Task ResolveHeldMessage_ContactHeldOnAContractSinceDenied_ApprovalRefusedNamingTheRule()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。電話番号は 090-1234-5678 です。");
        // A state stored before held contact details were closed with a denial: still held, the disclosure denied.
        var state = await fixture.LiveStateAsync<ContractState>("contract", deal.Contract);
        state.Disclosure = "denied";
        state.Messages!.Single(m => m.Id == held.Id).Verdict = new VerdictView("hold",
            [new FindingView("off_platform_contact", "hold", "contact.phone", "電話番号の記載が見つかりました。", 0.97, [])]);

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.ResolveHeldMessageAsync(held.Id, approve: true, "reviewer-1", "問題なし"));

        Assert.Equal(("conflict", "message.contact_not_allowed"), (refusal.Kind, refusal.Code));
        Assert.Contains("却下", refusal.MessageJa);
        Assert.Empty(await deal.Contract.GetMessagesAsync(deal.ClientId));
        Assert.Equal("blocked", (await deal.Contract.ResolveHeldMessageAsync(held.Id, approve: false, "reviewer-1", "連絡先公開申請が却下されています。")).Status);
    }

    [Fact]
    public async Task Flag_WhileRequestPendingRepeated_ClosedOnceOtherPartyToldOnce_TheUserToldARequestWasClosed_NotAnApproval()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestDisclosureAsync(deal.WorkerId);
        var user = Grains.GetGrain<IUserGrain>(deal.ClientId);

        // New users have no completed contract: the request waited for a reviewer, nothing was approved.
        Assert.Equal((0, 1), await user.FlagAsync("violation.confirmed", "規約違反が確認されました。", "reviewer-1"));
        Assert.Equal((0, 0), await user.FlagAsync("violation.confirmed", "規約違反が確認されました。", "reviewer-1"));
        var flagged = Assert.Single(await user.GetNotificationsAsync(), n => n.Type == "account_flagged");
        Assert.EndsWith("これにより、審査中の連絡先公開申請1件を取り消しました（承認されません）。", flagged.MessageJa);
        Assert.DoesNotContain("承認済み", flagged.MessageJa);

        Assert.Single(await deal.Contract.GetHistoryAsync(deal.WorkerId), e => e.Type == "disclosure_revoked");
        var told = await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetNotificationsAsync();
        Assert.Single(told, n => n.Type == "disclosure_revoked" && n.RelatedId == deal.ContractId);
    }

    [Fact]
    public async Task DecideDisclosure_ApproveWhilePartyRestricted_RefusedAndStillPending()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).TakeStepAsync("restriction", "off_platform_contact", "外部誘導のため制限", "staff-1");
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest!.ReviewItemId!);

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: true, "問題ありません。"));

        Assert.Equal(("conflict", "disclosure.party_flagged"), (refusal.Kind, refusal.Code));
        Assert.Contains(deal.WorkerId, refusal.MessageJa);
        Assert.Contains("利用制限中", refusal.MessageJa);
        Assert.DoesNotContain("申請後", refusal.MessageJa); // restricted before the request was made
        Assert.Equal("requested", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);
        Assert.Equal("open", (await Trust.Queue(Grains).GetAsync(item!.Id)).Status);
        var denied = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: false, "相手方が利用制限中のため承認できません。");
        Assert.Equal("disclosure denied", denied.Outcome);
    }

    [Fact]
    public async Task DecideDisclosure_PartyFlaggedBeforeRequest_ReviewerMayStillApprove()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).FlagAsync("report.old", "過去の申告が認められました。", "reviewer-1");
        var view = await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var item = await Trust.ItemAsync(Grains, view.DisclosureRequest!.ReviewItemId!);

        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: true, "過去の件は解決済みで、問題ありません。");

        Assert.Equal("disclosure approved", decided.Outcome);
        Assert.Equal("approved", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);
    }
}
