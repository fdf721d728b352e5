using Platform.Abstractions.Contracts;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// Revocation notices: delivered in one call per counterparty and stored before the flag returns; a contract hands its
/// notice out again to a retried flag of the same user, and an inbox skips notices it already holds.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class RevocationNoticeTests(TrustClusterFixture fixture)
{
    private const string Revoked = "disclosure_revoked";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Flag_ContractsWithSeveralWorkers_EveryNoticeStoredWhenFlagReturns()
    {
        var (client, workers, contracts) = await ApprovedAsync(workers: 3, perWorker: 4);

        var revoked = await Grains.GetGrain<IUserGrain>(client).FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1");

        Assert.Equal((12, 0), revoked);
        for (var w = 0; w < workers.Length; w++)
        {
            // Read at once, not eventually: the notices are part of what FlagAsync acknowledges.
            var inbox = await Grains.GetGrain<IUserGrain>(workers[w]).GetNotificationsAsync();
            Assert.Equal(contracts[w].Order(), inbox.Where(n => n.Type == Revoked).Select(n => n.RelatedId!).Order());
        }
    }

    [Fact]
    public async Task Flag_FlaggedUserToldOfTheMeasureAndTheRevocations_OnceForARepeatedFlag()
    {
        var (client, _, _) = await ApprovedAsync(workers: 1, perWorker: 2);
        var user = Grains.GetGrain<IUserGrain>(client);

        await user.FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1");
        await user.FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1");

        var told = Assert.Single(await user.GetNotificationsAsync(), n => n.Type == "account_flagged");
        Assert.Contains("違反申告により規約違反が確認されました。", told.MessageJa);
        Assert.Contains("連絡先公開2件を取り消しました", told.MessageJa);
    }

    [Fact]
    public async Task Flag_Repeated_EachCounterpartyToldOncePerContract()
    {
        var (client, workers, contracts) = await ApprovedAsync(workers: 2, perWorker: 3);
        var user = Grains.GetGrain<IUserGrain>(client);

        Assert.Equal((6, 0), await user.FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1"));
        Assert.Equal((0, 0), await user.FlagAsync("violation.confirmed", "規約違反が再度確認されました。", "reviewer-2"));

        for (var w = 0; w < workers.Length; w++)
        {
            var inbox = await Grains.GetGrain<IUserGrain>(workers[w]).GetNotificationsAsync();
            Assert.Equal(contracts[w].Order(), inbox.Where(n => n.Type == Revoked).Select(n => n.RelatedId!).Order());
        }
    }

    [Fact]
    public async Task ReportUpheld_AnApprovalAndARequestStillPending_TheUserAndTheReviewerAreToldOfEachAsItWas()
    {
        // The clear pair's request is approved at once; one with a new worker, whose record is not clear, waits for review.
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var approved = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        await approved.Contract.RequestDisclosureAsync(client);
        var pending = await (await Trust.DealAsync(Grains, client, await Trust.RegisterAsync(Grains, "worker"))).FundedAsync();
        await pending.Contract.RequestDisclosureAsync(client);
        Assert.Equal(("approved", "requested"), ((await approved.Contract.GetAsync(client)).Disclosure, (await pending.Contract.GetAsync(client)).Disclosure));
        var queue = Trust.Queue(Grains);
        await queue.ReportAsync(new ReportRequest(worker, "user", client, "off_platform_contact", "外部での取引を持ちかけられました。"));
        var item = Assert.Single(await queue.ListAsync("open", kind: "report", subjectUserId: client));

        var decided = await queue.DecideAsync(item.Id, "reviewer-1", approve: true, "外部取引の勧誘を確認しました。");

        const string revokedJa = "承認済みの連絡先公開1件と、審査中の連絡先公開申請1件を取り消しました。";
        Assert.Equal($"ユーザー「{client}」を違反として記録しました。{revokedJa}", decided.OutcomeJa);
        Assert.Equal($"user {client} flagged; disclosures revoked: 2", decided.Outcome);
        var told = Assert.Single(await Grains.GetGrain<IUserGrain>(client).GetNotificationsAsync(), n => n.Type == "account_flagged");
        Assert.EndsWith($"これにより、{revokedJa}", told.MessageJa);
    }

    [Fact]
    public async Task RevokeApprovals_AgainForSameUser_SameNoticeNotRevokedNow()
    {
        var (client, workers, contracts) = await ApprovedAsync(workers: 1, perWorker: 1);
        var contract = Grains.GetGrain<IContractGrain>(contracts[0][0]);

        var first = await contract.RevokeApprovalsAsync(client, "規約違反が確認されました。");
        var again = await contract.RevokeApprovalsAsync(client, "規約違反が確認されました。");

        Assert.NotNull(first);
        Assert.True(first.RevokedNow);
        Assert.Equal((workers[0], Revoked, contracts[0][0]), (first.NoticeTo, first.Notice.Type, first.Notice.RelatedId));
        Assert.Equal(first with { RevokedNow = false }, again);
        Assert.Null(await contract.RevokeApprovalsAsync(workers[0], "規約違反が確認されました。"));
        Assert.Single(await contract.GetHistoryAsync(client), e => e.Type == "disclosure_revoked");
    }

    [Fact]
    public async Task Flag_BothPartiesAtOnceEachOwingTheOtherNotices_BothComplete()
    {
        // a and b are client and worker of each other; c1 was revoked for a and c2 for b without their notices being
        // delivered (a failed flag), so flagging both at once has each user's grain deliver to the other's.
        var (a, b) = await Trust.ClearPairAsync(Grains);
        var c1 = await ApprovedContractAsync(a, b);
        var c2 = await ApprovedContractAsync(b, a);
        Assert.NotNull(await Grains.GetGrain<IContractGrain>(c1).RevokeApprovalsAsync(a, "規約違反が確認されました。"));
        Assert.NotNull(await Grains.GetGrain<IContractGrain>(c2).RevokeApprovalsAsync(b, "規約違反が確認されました。"));

        await Task.WhenAll(
            Grains.GetGrain<IUserGrain>(a).FlagAsync("violation.confirmed", "直接取引の誘導が確認されました。", "reviewer-1"),
            Grains.GetGrain<IUserGrain>(b).FlagAsync("violation.confirmed", "直接取引の誘導が確認されました。", "reviewer-1")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([c1], (await Grains.GetGrain<IUserGrain>(b).GetNotificationsAsync()).Where(n => n.Type == Revoked).Select(n => n.RelatedId));
        Assert.Equal([c2], (await Grains.GetGrain<IUserGrain>(a).GetNotificationsAsync()).Where(n => n.Type == Revoked).Select(n => n.RelatedId));
    }

    [Fact]
    public async Task RevokeApprovals_NotApproved_Null()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();

        Assert.Null(await deal.Contract.RevokeApprovalsAsync(deal.ClientId, "規約違反が確認されました。"));
        Assert.Equal("none", (await deal.Contract.GetAsync(deal.ClientId)).Disclosure);
    }

    [Fact]
    public async Task DeliverNotices_SameTypeAndRelatedIdAgain_StoredOnce()
    {
        var user = await Trust.RegisterAsync(Grains, "worker");
        var at = fixture.Clock.GetUtcNow();
        NotificationView Notice(string type, string related) => new(type, "通知", related, at);
        var inbox = Grains.GetGrain<IUserGrain>(user);

        await inbox.DeliverNoticesAsync([Notice(Revoked, "c1"), Notice(Revoked, "c2")]);
        await inbox.DeliverNoticesAsync([Notice(Revoked, "c1"), Notice(Revoked, "c3"), Notice("disclosure_approved", "c1"), Notice(Revoked, "c3")]);

        var held = (await inbox.GetNotificationsAsync()).Select(n => (n.Type, n.RelatedId)).ToArray();
        Assert.Equal([(Revoked, "c1"), (Revoked, "c2"), (Revoked, "c3"), ("disclosure_approved", "c1")], held);
    }

    [Fact]
    public void AddOnce_NoticesAlreadyHeld_AddsOnlyNewOnesAndCountsThem()
    {
        var at = DateTimeOffset.UnixEpoch;
        List<NotificationView> inbox = [new(Revoked, "old", "c1", at), new("nudge", "催促", "c1", at)];

        var added = Inbox.AddOnce(inbox, [new(Revoked, "new", "c1", at), new("nudge", "催促", "c1", at), new(Revoked, "new", "c2", at)]);

        Assert.Equal(1, added);
        Assert.Equal(["old", "催促", "new"], inbox.Select(n => n.MessageJa));
        Assert.Equal(0, Inbox.AddOnce(inbox, []));
    }

    private async Task<string> ApprovedContractAsync(string client, string worker)
    {
        var id = $"c-{Guid.NewGuid():N}";
        var contract = await Trust.DirectAsync(Grains, client, worker, id);
        await contract.FundEscrowAsync(client);
        Assert.Equal("approved", (await contract.RequestDisclosureAsync(worker)).Disclosure);
        return id;
    }

    /// <summary>A client with <paramref name="perWorker"/> approved disclosures with each of <paramref name="workers"/> workers.</summary>
    private async Task<(string Client, string[] Workers, string[][] Contracts)> ApprovedAsync(int workers, int perWorker)
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var ids = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Trust.RegisterAsync(Grains, "worker")));
        await Task.WhenAll(ids.Select(async w => await Trust.CompleteAsync(await Trust.DirectAsync(Grains, client, w, $"c-{Guid.NewGuid():N}"), client, w)));
        var contracts = await Task.WhenAll(ids.Select(w => Task.WhenAll(Enumerable.Range(0, perWorker).Select(_ => ApprovedContractAsync(client, w)))));
        return (client, ids, contracts);
    }
}
