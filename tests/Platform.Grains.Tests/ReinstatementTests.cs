using Microsoft.Extensions.DependencyInjection;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Trust;
using Platform.Grains.Compliance;

namespace Platform.Grains.Tests;

/// <summary>
/// A dismissed detection gives back what its automatic flag took: the flag (when nothing else holds it), the ladder step
/// the platform took for it, and the disclosures it revoked, with both parties told; a second flag keeps them revoked.
/// A reviewer lifting a restriction or withdrawal by hand gives back what it revoked in the same way.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class ReinstatementTests(TrustClusterFixture fixture)
{
    private const string Greeting =
        "{0}、{1}様。このたびはご契約ありがとうございます。本日より作業に着手いたします。進め方のご希望があればお知らせください。";

    private static readonly string[] Greetings = ["こんにちは", "お世話になります", "はじめまして", "突然失礼します", "こんばんは"];

    private IGrainFactory Grains => fixture.Grains;

    private EffectDispatcher Effects => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<EffectDispatcher>();

    [Fact]
    public async Task Decide_MassSendFalseAlarmDismissed_ApprovalBackBothToldContactPasses()
    {
        var (worker, contracts) = await ContractsAsync(10);
        var (client, approved) = contracts[0];
        await approved.FundEscrowAsync(client);
        await approved.RequestDisclosureAsync(worker);
        var approval = (await approved.DecideDisclosureAsync(true, "reviewer-1", "取引に問題はありません。")).DisclosureRequest!;
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters;

        await MassSendAsync(worker, contracts);
        Assert.Equal("revoked", (await Trust.EventuallyAsync(() => approved.GetAsync(client), c => c.Disclosure == "revoked")).Disclosure);

        var decided = await Trust.Queue(Grains).DecideAsync($"mass-send-{worker}", "rev-ms", approve: false, "契約者へのあいさつで、一斉送信の詐欺ではありません。");

        Assert.Contains("mass_send flag of user", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("disclosures reinstated: 1", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("連絡先公開の承認を1件元に戻しました。", decided.OutcomeJa, StringComparison.Ordinal);
        var view = await approved.GetAsync(client);
        Assert.Equal("approved", view.Disclosure);
        var record = view.DisclosureRequest!;
        // The record keeps the approval and the revocation, and says it was given back: by the platform, when, why.
        Assert.Equal(("approved", "reviewer-1", approval.DecidedAt, "platform", "platform"),
            (record.Status, record.DecidedBy, record.DecidedAt, record.RevokedBy, record.ReinstatedBy));
        Assert.Equal(fixture.Clock.GetUtcNow(), record.ReinstatedAt);
        Assert.Contains("元に戻しました", record.ReinstatedReasonJa, StringComparison.Ordinal);
        Assert.Contains(await approved.GetHistoryAsync(worker), e => e.Type == "disclosure_reinstated" && e.ActorId == "platform");
        foreach (var party in new[] { client, worker })
        {
            var told = await Grains.GetGrain<IUserGrain>(party).GetNotificationsAsync();
            var notice = Assert.Single(told, n => n.Type == "disclosure_reinstated");
            Assert.Equal(approved.GetPrimaryKeyString(), notice.RelatedId);
            Assert.Contains("措置は取り消されました", notice.MessageJa, StringComparison.Ordinal);
            Assert.Contains("ブロックされたメッセージは配信されません", notice.MessageJa, StringComparison.Ordinal);
        }

        // Contact details pass again on that contract, from either party.
        Assert.Equal("delivered", (await approved.SendMessageAsync(client, "今後はLINE交換して連絡しましょう")).Status);
        Assert.Equal("delivered", (await approved.SendMessageAsync(worker, "承知しました。LINE IDをお送りします。")).Status);
        var after = (await month.GetAsync()).Counters;
        Assert.Equal(1, after.GetValueOrDefault("disclosure.reinstated") - before.GetValueOrDefault("disclosure.reinstated"));
    }

    [Fact]
    public async Task Decide_MassSendDismissedWhileTheSenderHasAnotherFlag_ApprovalStaysRevoked()
    {
        var (worker, contracts) = await ContractsAsync(10);
        var (client, approved) = contracts[0];
        await approved.FundEscrowAsync(client);
        await approved.RequestDisclosureAsync(worker);
        await approved.DecideDisclosureAsync(true, "reviewer-1", "取引に問題はありません。");
        await MassSendAsync(worker, contracts);
        await Grains.GetGrain<IUserGrain>(worker).FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-2");

        var decided = await Trust.Queue(Grains).DecideAsync($"mass-send-{worker}", "rev-ms", approve: false, "一斉送信ではありません。");

        Assert.Contains("revoked disclosures stay revoked", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("ほかのフラグが残っている", decided.OutcomeJa, StringComparison.Ordinal);
        Assert.Equal(["report.upheld"], (await Grains.GetGrain<IUserGrain>(worker).GetAsync()).Flags);
        var view = await approved.GetAsync(client);
        Assert.Equal<(string, DateTimeOffset?)>(("revoked", null), (view.Disclosure, view.DisclosureRequest!.ReinstatedAt));
        Assert.Equal("blocked", (await approved.SendMessageAsync(client, "今後はLINE交換して連絡しましょう")).Status);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(client).GetNotificationsAsync(), n => n.Type == "disclosure_reinstated");
    }

    [Fact]
    public async Task Decide_CheckFlaggedTheWriterFromTwoMessages_FlagGoesWithTheLastDismissalAndTheApprovalComesBack()
    {
        var (deal, contract) = await ApprovedAsync();
        var (first, second) = (await SentAsync(deal, "m1"), await SentAsync(deal, "m2"));
        await DetectAsync(deal, first, FlagUser(deal.WorkerId));
        await DetectAsync(deal, second, FlagUser(deal.WorkerId));
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
        var firstItem = await Trust.ItemAsync(Grains, Key(deal, first));
        Assert.Equal([("flag_user", deal.WorkerId, "mlm.recruiting")], firstItem!.Item.Applied.Select(e => (e.Kind, e.TargetId, e.Code)));

        // The other message's detection still holds the flag: the first dismissal gives nothing back.
        var kept = await Trust.Queue(Grains).DecideAsync(firstItem.Id, "rev-1", approve: false, "誤検知です。");
        Assert.Contains("flag mlm.recruiting of user", kept.Outcome, StringComparison.Ordinal);
        Assert.Contains("kept", kept.Outcome, StringComparison.Ordinal);
        Assert.Contains("mlm.recruiting", (await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);

        var released = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, second)))!.Id, "rev-1", approve: false, "こちらも誤検知です。");

        Assert.Contains("flag mlm.recruiting of user", released.Outcome, StringComparison.Ordinal);
        Assert.Contains("removed; disclosures reinstated: 1", released.Outcome, StringComparison.Ordinal);
        Assert.Contains("連絡先公開の承認を1件元に戻しました。", released.OutcomeJa, StringComparison.Ordinal);
        Assert.Empty((await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);
        Assert.Equal("approved", (await contract.GetAsync(deal.ClientId)).Disclosure);
        await Trust.NotificationsAsync(Grains, deal.ClientId, "disclosure_reinstated", 1);
    }

    [Fact]
    public async Task Decide_OneDetectionConfirmedTheOtherDismissed_FlagAndRevocationStay()
    {
        var (deal, contract) = await ApprovedAsync();
        var (first, second) = (await SentAsync(deal, "m1"), await SentAsync(deal, "m2"));
        await DetectAsync(deal, first, FlagUser(deal.WorkerId));
        await DetectAsync(deal, second, FlagUser(deal.WorkerId));

        await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, first)))!.Id, "rev-1", approve: true, "勧誘と確認しました。");
        var dismissed = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, second)))!.Id, "rev-1", approve: false, "こちらは誤検知です。");

        Assert.Contains("kept", dismissed.Outcome, StringComparison.Ordinal);
        Assert.Contains("mlm.recruiting", (await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
    }

    [Fact]
    public async Task Decide_DetectionWhoseWarningRestrictedTheWriterDismissed_LiftsBothStepsAndGivesTheApprovalBack()
    {
        var (deal, contract) = await ApprovedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        await user.TakeStepAsync("warning", "contact.line", "外部連絡先の交換を求めました。", "reviewer-1");
        await user.TakeStepAsync("warning", "contact.line", "再度、外部連絡先の交換を求めました。", "reviewer-1");
        var message = await SentAsync(deal, "m1");

        // The check's warning is the third: the platform restricts the writer, which revokes the approval.
        await DetectAsync(deal, message, new Effect(EffectKind.WarnUser, deal.WorkerId, "mlm.recruiting", "勧誘の疑い"));
        Assert.Equal("restricted", (await user.GetAsync()).Standing);
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);

        var decided = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, message)))!.Id, "rev-1", approve: false, "誤検知です。");

        Assert.Contains("automatic steps lifted: warning, restriction", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("自動で行った措置（警告・利用制限）を解除しました。", decided.OutcomeJa, StringComparison.Ordinal);
        var view = await user.GetAsync();
        Assert.Equal("warned", view.Standing);
        Assert.Equal([true, true, false, false], view.Warnings.Select(w => w.Active));
        Assert.All(view.Warnings.Skip(2), w => Assert.Equal("platform", w.LiftedBy));
        Assert.Equal("approved", (await contract.GetAsync(deal.ClientId)).Disclosure);
        Assert.Equal("delivered", (await deal.Contract.SendMessageAsync(deal.WorkerId, "LINE交換しましょう")).Status);
    }

    [Fact]
    public async Task Decide_FifthFlagsWithdrawalDismissed_WithdrawalLiftedButOtherFlagsKeepTheRevocation()
    {
        var (deal, contract) = await ApprovedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var message = await SentAsync(deal, "m1");
        for (var i = 0; i < 4; i++)
        {
            await user.FlagAsync($"violation.{i}", "規約違反が確認されました。", "reviewer-1");
        }

        await DetectAsync(deal, message, FlagUser(deal.WorkerId));
        Assert.Equal("withdrawn", (await user.GetAsync()).Standing);

        var decided = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, message)))!.Id, "rev-1", approve: false, "誤検知です。");

        Assert.Contains("automatic steps lifted: withdrawal", decided.Outcome, StringComparison.Ordinal);
        Assert.Contains("user " + deal.WorkerId + " flagged", decided.Outcome, StringComparison.Ordinal);
        var view = await user.GetAsync();
        Assert.Equal(("good", 4), (view.Standing, view.Flags.Count));
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
    }

    [Fact]
    public async Task Decide_OtherPartyFlaggedSinceTheRequest_StaysRevokedUntilTheirDetectionIsDismissedToo()
    {
        var (deal, contract) = await ApprovedAsync();
        var workerMessage = await SentAsync(deal, "m1");
        var clientMessage = await deal.Contract.SendMessageAsync(deal.ClientId, "よろしくお願いします。");
        await DetectAsync(deal, workerMessage, FlagUser(deal.WorkerId));
        await DetectAsync(deal, clientMessage.Id, FlagUser(deal.ClientId), deal.ClientId);

        await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, workerMessage)))!.Id, "rev-1", approve: false, "誤検知です。");
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);

        var decided = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, clientMessage.Id)))!.Id, "rev-1", approve: false, "誤検知です。");

        Assert.Contains("disclosures reinstated: 1", decided.Outcome, StringComparison.Ordinal);
        Assert.Equal("approved", (await contract.GetAsync(deal.WorkerId)).Disclosure);
    }

    [Fact]
    public async Task Decide_PendingRequestClosedByTheFlag_MayBeMadeAgainAndARevocationAfterIsToldAgain()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.RequestDisclosureAsync(deal.ClientId);
        var message = await SentAsync(deal, "m1");
        await DetectAsync(deal, message, FlagUser(deal.WorkerId));
        Assert.Equal("revoked", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);

        var decided = await Trust.Queue(Grains).DecideAsync((await Trust.ItemAsync(Grains, Key(deal, message)))!.Id, "rev-1", approve: false, "誤検知です。");

        Assert.Contains("requests open again: 1", decided.Outcome, StringComparison.Ordinal);
        var view = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(("none", "revoked", "platform"), (view.Disclosure, view.DisclosureRequest!.Status, view.DisclosureRequest.ReinstatedBy));
        Assert.Contains("改めて申請できます", view.DisclosureRequest.ReinstatedReasonJa, StringComparison.Ordinal);
        var again = await deal.Contract.RequestDisclosureAsync(deal.WorkerId);
        Assert.Equal("requested", again.Disclosure);
        Assert.Null(again.DisclosureRequest!.ReinstatedAt);

        // Closed again by a later flag: the other party is told again, though told of this contract before.
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).FlagAsync("violation.confirmed", "規約違反が確認されました。", "reviewer-2");
        Assert.Equal(2, (await Grains.GetGrain<IUserGrain>(deal.ClientId).GetNotificationsAsync()).Count(n => n.Type == "disclosure_revoked"));
    }

    [Fact]
    public async Task LiftStep_ReviewersRestrictionLifted_ApprovalBackBothToldContactPasses_CountedOnce()
    {
        var (deal, contract) = await ApprovedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var restricted = await user.TakeStepAsync("restriction", "violation.confirmed", "規約違反が確認されました。", "reviewer-1");
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters.GetValueOrDefault("disclosure.reinstated");

        await user.LiftStepAsync(Assert.Single(restricted.Warnings).Number, "reviewer-2", "確認の結果、違反ではありませんでした。");

        var view = await contract.GetAsync(deal.ClientId);
        Assert.Equal(("approved", "platform"), (view.Disclosure, view.DisclosureRequest!.ReinstatedBy));
        foreach (var party in new[] { deal.ClientId, deal.WorkerId })
        {
            Assert.Single(await Grains.GetGrain<IUserGrain>(party).GetNotificationsAsync(), n => n.Type == "disclosure_reinstated");
        }

        Assert.Equal("delivered", (await contract.SendMessageAsync(deal.WorkerId, "お急ぎの際は 090-1234-5678 までお電話ください")).Status);
        // Counted once: a lift sent again (refused as lifted) finds nothing left to count.
        Assert.Equal(1, (await month.GetAsync()).Counters.GetValueOrDefault("disclosure.reinstated") - before);
        await Assert.ThrowsAsync<PlatformException>(() => user.LiftStepAsync(Assert.Single(restricted.Warnings).Number, "reviewer-2", "再度"));
        Assert.Equal(1, (await month.GetAsync()).Counters.GetValueOrDefault("disclosure.reinstated") - before);
    }

    [Fact]
    public async Task LiftStep_ContactHeldWhileRevoked_DeliveredWithTheApprovalBack()
    {
        var (deal, contract) = await ApprovedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.ClientId);
        var restricted = await user.TakeStepAsync("restriction", "violation.confirmed", "規約違反が確認されました。", "reviewer-1");
        // Held for its contact details while the approval was revoked (a piece of a split detail pulled back into review).
        var held = await Trust.HeldForContactAsync(fixture, deal);

        await user.LiftStepAsync(Assert.Single(restricted.Warnings).Number, "reviewer-2", "確認の結果、違反ではありませんでした。");

        Assert.Equal("approved", (await contract.GetAsync(deal.ClientId)).Disclosure);
        await DisclosureTests.AssertReleasedAsync(deal, held.Id, "連絡先公開の承認が元に戻された");
    }

    [Fact]
    public async Task LiftStep_RestrictionLiftedWhileTheUserIsFlagged_StaysRevoked_WarningLiftGivesNothing()
    {
        var (deal, contract) = await ApprovedAsync();
        var user = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var restricted = await user.TakeStepAsync("restriction", "violation.confirmed", "規約違反が確認されました。", "reviewer-1");
        await user.FlagAsync("violation.confirmed", "別の違反が確認されました。", "reviewer-1");

        await user.LiftStepAsync(Assert.Single(restricted.Warnings, w => w.Step == "restriction").Number, "reviewer-2", "制限は解除します。");

        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(deal.ClientId).GetNotificationsAsync(), n => n.Type == "disclosure_reinstated");
        // Lifting it again is refused, and still gives nothing back while the flag stands.
        var again = await Assert.ThrowsAsync<PlatformException>(() => user.LiftStepAsync(Assert.Single(restricted.Warnings, w => w.Step == "restriction").Number, "reviewer-2", "制限は解除します。"));
        Assert.Equal("ladder.already_lifted", again.Code);
        Assert.Equal("revoked", (await contract.GetAsync(deal.ClientId)).Disclosure);
    }

    [Fact]
    public async Task ReinstateApprovals_Repeated_SameNoticeNotReinstatedNow()
    {
        var (deal, contract) = await ApprovedAsync();
        await Grains.GetGrain<IUserGrain>(deal.WorkerId).FlagAsync("violation.confirmed", "規約違反が確認されました。", "reviewer-1");
        var user = await fixture.LiveStateAsync<Users.UserState>("user", Grains.GetGrain<IUserGrain>(deal.WorkerId));
        user.Flags!.Clear();

        var first = await contract.ReinstateApprovalsAsync(deal.WorkerId);
        var again = await contract.ReinstateApprovalsAsync(deal.WorkerId);

        Assert.NotNull(first);
        Assert.True(first.ReinstatedNow && first.Approval);
        Assert.Equal((deal.ClientId, "disclosure_reinstated", deal.ContractId), (first.NoticeTo, first.Notice.Type, first.Notice.RelatedId));
        Assert.Equal(first with { ReinstatedNow = false }, again);
        Assert.Null(await contract.ReinstateApprovalsAsync(deal.ClientId));
        Assert.Single(await contract.GetHistoryAsync(deal.ClientId), e => e.Type == "disclosure_reinstated");
    }

    /// <summary>A funded contract between two users with clear records, its disclosure approved at once.</summary>
    private async Task<(Deal Deal, IContractGrain Contract)> ApprovedAsync()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        Assert.Equal("approved", (await deal.Contract.RequestDisclosureAsync(worker)).Disclosure);
        return (deal, deal.Contract);
    }

    private static async Task<string> SentAsync(Deal deal, string expectedId)
    {
        var sent = await deal.Contract.SendMessageAsync(deal.WorkerId, "作業を進めています。明日には途中経過をお送りします。");
        Assert.Equal(expectedId, sent.Id);
        return sent.Id;
    }

    private static Effect FlagUser(string userId) => new(EffectKind.FlagUser, userId, "mlm.recruiting", "紹介で報酬が増える勧誘はマルチ商法の疑いがあります。");

    /// <summary>What a check's block of message <paramref name="messageId"/> dispatches: the support team told, and the effect on the writer.</summary>
    private Task DetectAsync(Deal deal, string messageId, Effect onUser, string? writer = null) =>
        Effects.DispatchAsync(
            [new Effect(EffectKind.NotifySupport, messageId, "mlm.recruiting", "勧誘の疑い"), onUser],
            [new FindingView("mlm", "block", "mlm.recruiting", "勧誘の疑い", 0.9, [])],
            "contract", deal.ContractId, writer ?? deal.WorkerId);

    private static string Key(Deal deal, string messageId) => $"held-contract-{deal.ContractId}-{messageId}";

    private async Task<(string Worker, List<(string Client, IContractGrain Contract)> Contracts)> ContractsAsync(int count)
    {
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var contracts = new List<(string Client, IContractGrain Contract)>();
        for (var i = 0; i < count; i++)
        {
            var client = await Trust.RegisterAsync(Grains, "client");
            contracts.Add((client, await Trust.DirectAsync(Grains, client, worker, $"c-re-{Guid.NewGuid():N}")));
        }

        return (worker, contracts);
    }

    // The same greeting to every client: the tenth copy makes it a mass-send, flags the sender and revokes their approvals.
    private async Task MassSendAsync(string worker, List<(string Client, IContractGrain Contract)> contracts)
    {
        for (var i = 0; i < contracts.Count; i++)
        {
            await contracts[i].Contract.SendMessageAsync(worker, string.Format(Greeting, Greetings[i % Greetings.Length], i + 1));
        }

        await Trust.EventuallyAsync(() => Grains.GetGrain<IUserGrain>(worker).GetAsync(), u => u.Flags.Contains("mass_send"));
        await Trust.EventuallyAsync(() => Trust.ItemAsync(Grains, $"mass-send-{worker}"), a => a?.Item.Findings.Count == contracts.Count);
    }
}
