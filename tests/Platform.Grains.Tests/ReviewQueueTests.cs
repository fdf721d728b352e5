using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Grains.Reviews;

namespace Platform.Grains.Tests;

/// <summary>The review queue: held items flow in, decisions flow back; reports are merged and counted.</summary>
[Collection(TrustCollection.Name)]
public sealed class ReviewQueueTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task HeldContractMessage_ApprovedByReviewer_IsDelivered()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var held = await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。本人確認のため下記フォームへご入力ください。");
        Assert.Equal("held", held.Status);
        Assert.Empty(await deal.Contract.GetMessagesAsync(deal.WorkerId));

        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");
        Assert.Equal(("message", "auto", "fake_official", 3), (item!.Item.Kind, item.Item.Origin, item.Item.Category, item.Severity));
        var alerts = await Trust.Queue(Grains).GetAlertsAsync(0);
        Assert.Contains(alerts, a => a.Item.Id == item.Id);

        var decided = await Trust.Queue(Grains).DecideAsync(item.Id, "reviewer-1", approve: true, "運営からの正規の案内ではないが、問題のない内容です。");

        Assert.Equal("message delivered", decided.Outcome);
        var seen = Assert.Single(await deal.Contract.GetMessagesAsync(deal.WorkerId));
        Assert.Equal(("delivered", held.Id), (seen.Status, seen.Id));
        Assert.Contains(await deal.Contract.GetHistoryAsync(deal.ClientId), e => e.Type == "message_released");
    }

    [Fact]
    public async Task HeldContractMessage_RejectedByReviewer_SenderToldWithReasonRecipientNeverSees()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var held = await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。本人確認のため下記フォームへご入力ください。");
        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}");

        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: false, "運営を名乗るメッセージは送れません。");

        Assert.Equal(("message blocked", "メッセージは配信せず、ブロックしました。"), (decided.Outcome, decided.OutcomeJa));
        Assert.Empty(await deal.Contract.GetMessagesAsync(deal.WorkerId));
        var own = await deal.Contract.GetMessageAsync(deal.ClientId, held.Id);
        Assert.Equal(("blocked", "block", "review.rejected"), (own.Status, own.Verdict.Decision, Assert.Single(own.Verdict.Findings).Code));
        var told = await Trust.NotificationsAsync(Grains, deal.ClientId, "message_rejected", 1);
        Assert.Contains(told, n => n.Type == "message_rejected" && n.RelatedId == deal.ContractId && n.MessageJa.Contains("運営を名乗るメッセージは送れません。"));
        Assert.DoesNotContain(await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetNotificationsAsync(), n => n.Type.StartsWith("message_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithheldDeliveryNote_Dismissed_BothPartiesToldWhichContract()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.DeliverAsync(deal.WorkerId, "納品します。次回からはLINE交換で直接やり取りしましょう。");
        var item = await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-delivery-1");

        var decided = await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: false, "問題ありません。");

        Assert.Equal("dismissed; text released", decided.Outcome);
        foreach (var party in new[] { deal.WorkerId, deal.ClientId })
        {
            var notice = Assert.Single(await Trust.NotificationsAsync(Grains, party, "text_released", 1), n => n.Type == "text_released");
            Assert.Equal(deal.ContractId, notice.RelatedId);
            Assert.StartsWith("契約「バナー制作のお願い」", notice.MessageJa);
            Assert.Contains("納品（第1回）", notice.MessageJa);
        }
    }

    [Fact]
    public async Task HeldMessages_ManyAtOnce_EachIsInTheQueueWhenItsSendIsAnswered()
    {
        var deal = await Trust.NewDealAsync(Grains);

        // No waiting after the answers: an acknowledged hold must already have its review item.
        var held = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            deal.Contract.SendMessageAsync(deal.ClientId, $"事務局です。本人確認のため下記フォームへご入力ください。（{i}）")));
        var queued = (await Trust.Queue(Grains).ListAsync("open")).Select(i => i.Item.Key).ToHashSet();

        Assert.All(held, m => Assert.Equal("held", m.Status));
        Assert.All(held, m => Assert.Contains($"held-contract-{deal.ContractId}-{m.Id}", queued));
    }

    [Fact]
    public async Task HeldProposalMessage_Rejected_StaysBlocked()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(client, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(worker, "ぜひ担当させてください。", 20_000);
        var held = await job.SendProposalMessageAsync(client, proposal.Id, "事務局です。こちらのURLから登録してください。");

        var item = await Trust.ItemAsync(Grains, $"held-job-{job.GetPrimaryKeyString()}-{held.Id}");
        await Trust.Queue(Grains).DecideAsync(item!.Id, "reviewer-1", approve: false, "事務局騙りのため配信しません。");

        Assert.Empty(await job.GetProposalThreadAsync(worker, proposal.Id));
        Assert.Equal("blocked", Assert.Single(await job.GetProposalThreadAsync(client, proposal.Id)).Status);
    }

    [Fact]
    public async Task Reports_SameTargetTwice_MergedCountedAndUpheldFlagsTheUser()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var reporter2 = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);

        var first = await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "off_platform_contact", "外部での取引を持ちかけられました。"));
        var second = await queue.ReportAsync(new ReportRequest(reporter2, "user", deal.WorkerId, "off_platform_contact", null));
        var third = await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "off_platform_contact", "再度"));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains("受け付けました", first.MessageJa);
        var items = (await queue.ListAsync("open")).Where(i => i.Item.Kind == "report" && i.Item.SubjectUserId == deal.WorkerId).ToArray();
        var item = Assert.Single(items);
        // The first reporter's second report adds its comment, not a count: two reports, from two reporters.
        Assert.Equal(2, item.Count);
        Assert.Equal([deal.ClientId, reporter2], item.Reporters);
        Assert.Equal(["外部での取引を持ちかけられました。", "再度"], item.Comments);
        Assert.Equal(first, await queue.GetReceiptAsync(first.Id, deal.ClientId));
        await Assert.ThrowsAsync<PlatformException>(() => queue.GetReceiptAsync(first.Id, reporter2));

        // Receipts are records of their own: the queue's state, rewritten by every new item, does not grow with them.
        Assert.Empty((await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue)).Receipts);
        await fixture.Cluster.DeactivateAsync(queue);
        Assert.Equal(second, await queue.GetReceiptAsync(second.Id, reporter2));
        Assert.Equal("report.not_found", (await Assert.ThrowsAsync<PlatformException>(() => queue.GetReceiptAsync(second.Id + "0", reporter2))).Code);

        var decided = await queue.DecideAsync(item.Id, "reviewer-1", approve: true, "外部取引の勧誘を確認しました。");
        Assert.Equal("approved", decided.Status);
        Assert.Contains($"report.{item.Id}", (await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);
        Assert.Equal(third.ReporterId, deal.ClientId);
    }

    [Fact]
    public async Task Reports_SameTargetInOtherCategories_ItemKeepsEachCategoryWithItsReporters()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var reporter2 = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);

        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "mlm", null));
        await queue.ReportAsync(new ReportRequest(reporter2, "user", deal.WorkerId, "external_tos", null));
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "external_tos", null));

        var item = Assert.Single(await queue.ListAsync("open", "report", subjectUserId: deal.WorkerId));
        // Two reporters, counted once each; every category either of them chose is kept, with who chose it.
        Assert.Equal((2, "mlm"), (item.Count, item.Item.Category));
        Assert.Equal([$"mlm:{deal.ClientId}", $"external_tos:{reporter2},{deal.ClientId}"],
            item.ReportedCategories.Select(c => $"{c.Category}:{string.Join(",", c.Reporters)}"));
        var filtered = await queue.ListAsync("open", "report", "external_tos", deal.WorkerId);
        Assert.Equal(item.Id, Assert.Single(filtered).Id);
    }

    [Fact]
    public async Task Report_UnknownTargetOrCategory_Refused()
    {
        var reporter = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);
        var missing = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(reporter, "job", "job-nope", "mlm", null)));
        Assert.Equal("report.target_not_found", missing.Code);
        var category = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(reporter, "user", reporter, "rude", null)));
        Assert.Equal(("invalid", "category"), (category.Kind, category.Field));
    }

    [Fact]
    public async Task DecidedItem_LeavesTheQueueState_AndStaysReadableListedAndFinal()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var queue = Trust.Queue(Grains);
        var held = await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。本人確認のため下記フォームへご入力ください。");
        var item = (await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-{held.Id}"))!;
        // The queue lists an item it is opening while its state is still being written (enqueues interleave): read what is
        // stored once the write is done.
        var open = await Trust.EventuallyAsync(() => StoredOpenIdsAsync(queue), ids => ids.Contains(item.Id));
        Assert.Contains(item.Id, open);
        Assert.Empty((await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue)).Items);

        var decided = await queue.DecideAsync(item.Id, "reviewer-1", approve: false, "事務局騙りのため配信しません。");

        Assert.DoesNotContain(item.Id, await StoredOpenIdsAsync(queue));
        Assert.Contains(item.Id, (await ReviewPageGrain.Decided(Grains, "default").GetAsync())!.Ids);
        await fixture.Cluster.DeactivateAsync(queue);
        Assert.Equal(Decision(decided), Decision(await queue.GetAsync(item.Id)));
        Assert.Contains(Decision(decided), (await queue.ListAsync("decided")).Select(Decision));
        Assert.DoesNotContain(await queue.ListAsync("open"), i => i.Id == item.Id);
        var again = await Assert.ThrowsAsync<PlatformException>(() => queue.DecideAsync(item.Id, "reviewer-2", approve: true, "やはり配信します。"));
        Assert.Equal("review.already_decided", again.Code);
        Assert.Equal("review.not_found", (await Assert.ThrowsAsync<PlatformException>(() => queue.GetAsync(item.Id + "0"))).Code);
    }

    // The ids of open items a queue has stored: in its state, or, once a page of newer ones fills (the default queue is shared
    // by every test of the class), in its page records.
    private async Task<string[]> StoredOpenIdsAsync(IReviewQueueGrain queue)
    {
        var stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        var pages = await Task.WhenAll(stored.OpenPages.Select(n => ReviewPageGrain.For(Grains, queue.GetPrimaryKeyString(), n).GetAsync()));
        return [.. stored.Open, .. pages.SelectMany(p => p?.Ids ?? [])];
    }

    [Fact]
    public async Task SameTargetReportedAfterItsReportWasDecided_OpensANewItem_AndTheDecisionIsKept()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var queue = Trust.Queue(Grains);
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "mlm", "勧誘を受けました。"));
        var first = Assert.Single(await queue.ListAsync("open"), i => i.Item.SubjectUserId == deal.WorkerId);
        var rejected = await queue.DecideAsync(first.Id, "reviewer-1", approve: false, "勧誘は確認できませんでした。");

        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "mlm", "再び勧誘されました。"));
        var second = Assert.Single(await queue.ListAsync("open"), i => i.Item.SubjectUserId == deal.WorkerId);

        Assert.Equal(first.Item.Key, second.Item.Key);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((1, "open"), (second.Count, second.Status));
        Assert.Equal(Decision(rejected), Decision(await queue.GetAsync(first.Id)));
    }

    [Fact]
    public async Task QueueStoredWithEveryItemInItsState_MovesThemToRecordsOnActivation_AndKeepsEveryIdAlertAndReceipt()
    {
        // A queue as stored before items had records: every item and alert in its state; ids are the key, or the key
        // and the item count then.
        var queue = Grains.GetGrain<IReviewQueueGrain>($"upgrade-{Guid.NewGuid():N}");
        var due = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));
        NewReviewItem Item(string key) => new("report", "user", "user", "u-1", null, "u-1", "mlm", "report.mlm", "違反申告（user u-1）", 2, due, key);
        var open = new ReviewItemView { Id = "report-user-u-1-2", Item = Item("report-user-u-1"), Severity = 2 };
        var decided = new ReviewItemView
        {
            Id = "report-user-u-1", Item = Item("report-user-u-1"), Severity = 2, Status = "rejected", DecidedBy = "reviewer-1",
            DecidedAt = due, DecisionReasonJa = "確認できませんでした。",
        };
        var receipt = new ReportReceipt("rcpt-0123456789ab", "u-2", "user", "u-1", "mlm", due, "違反申告を受け付けました。");
        var old = new ReviewQueueState
        {
            Items = { [open.Id] = open, [decided.Id] = decided }, Alerts = { new ReviewAlert(7, due, open) }, LastAlert = 7,
            Receipts = { [receipt.Id] = receipt },
        };
        await fixture.Storage.WriteStateAsync("reviews", queue.GetGrainId(), new GrainState<ReviewQueueState>(old));

        var listed = await queue.ListAsync(null);
        await queue.EnqueueAsync(Item("report-user-u-1"));
        await queue.EnqueueAsync(Item("report-user-u-2"));

        Assert.Equal([open.Id, decided.Id], listed.Select(i => i.Id));
        var stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        Assert.Empty(stored.Items);
        Assert.Empty(stored.Alerts);
        Assert.Empty(stored.Receipts);
        Assert.Equal(receipt, await queue.GetReceiptAsync(receipt.Id, "u-2"));
        Assert.Empty(stored.RecentDecided);
        Assert.Equal([decided.Id], (await ReviewPageGrain.Decided(Grains, queue.GetPrimaryKeyString()).GetAsync())!.Ids);
        Assert.Equal(Decision(decided), Decision(await queue.GetAsync(decided.Id)));
        Assert.Equal((7L, open.Id), Assert.Single(await queue.GetAlertsAsync(0)) is var alert ? (alert.Sequence, alert.Item.Id) : default);
        var now = await queue.ListAsync("open");
        Assert.Equal(2, Assert.Single(now, i => i.Id == open.Id).Count);
        var added = Assert.Single(now, i => i.Id != open.Id);
        Assert.Equal("report-user-u-2", added.Id);
    }

    [Fact]
    public async Task ABacklogOfOpenItemsAndAlerts_MovesToPages_SoTheQueueStateStaysSmall_AndEveryItemSurvivesReactivation()
    {
        var queue = Grains.GetGrain<IReviewQueueGrain>($"paged-{Guid.NewGuid():N}");
        var key = queue.GetPrimaryKeyString();
        var ids = new List<string>();
        foreach (var batch in Enumerable.Range(0, 100).Chunk(10))
        {
            await Task.WhenAll(batch.Select(i => queue.EnqueueAsync(Detection($"detection-{i}"))));
            ids.AddRange(batch.Select(i => $"detection-{i}"));
        }

        var stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        Assert.Equal((4, 4, 3, 3), (stored.Open.Count, stored.AlertRefs.Count, stored.OpenPages.Count, stored.AlertPages.Count));
        var firstPage = stored.OpenPages[0];
        var paged = (await ReviewPageGrain.For(Grains, key, firstPage).GetAsync())!.Ids;
        Assert.Equal(ReviewQueueGrain.PageSize, paged.Length);

        // Deciding every item of a page removes the page; one of another page rewrites that page alone.
        var decided = paged.Append(ids[^5]).ToArray();
        foreach (var id in decided)
        {
            await queue.DecideAsync(id, "reviewer-1", approve: false, "誤検知でした。");
        }

        stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        Assert.DoesNotContain(firstPage, stored.OpenPages);
        Assert.Null(await ReviewPageGrain.For(Grains, key, firstPage).GetAsync());
        await fixture.Cluster.DeactivateAsync(queue);

        Assert.Equal(ids.Except(decided).Order(), (await queue.ListAsync("open")).Select(i => i.Id).Order());
        Assert.Equal(decided.Order(), (await queue.ListAsync("decided")).Select(i => i.Id).Order());
        Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), (await queue.GetAlertsAsync(0)).Select(a => a.Sequence));
        Assert.Equal(ids[^10..].Order(), (await queue.GetAlertsAsync(90)).Select(a => a.Item.Id).Order()); // the last batch, sent at once
        Assert.Equal(100, await queue.GetLastAlertSequenceAsync());
        await queue.EnqueueAsync(Detection("detection-100"));
        Assert.Equal(101, Assert.Single(await queue.GetAlertsAsync(100)).Sequence);
    }

    [Fact]
    public async Task TheLatestThousandAlertsAreKept_AndOlderAlertPagesAreRemoved()
    {
        var queue = Grains.GetGrain<IReviewQueueGrain>($"alerts-{Guid.NewGuid():N}");
        foreach (var batch in Enumerable.Range(0, 1100).Chunk(50))
        {
            await Task.WhenAll(batch.Select(i => queue.EnqueueAsync(Detection($"detection-{i}"))));
        }

        var stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        Assert.True(stored.AlertPages.Count * ReviewQueueGrain.PageSize + stored.AlertRefs.Count is >= 1000 and < 1000 + 2 * ReviewQueueGrain.PageSize);
        Assert.Null(await ReviewPageGrain.For(Grains, queue.GetPrimaryKeyString(), 1).GetAsync());
        await fixture.Cluster.DeactivateAsync(queue);

        var alerts = await queue.GetAlertsAsync(0);
        Assert.Equal(Enumerable.Range(101, 1000).Select(n => (long)n), alerts.Select(a => a.Sequence));
        Assert.Equal(1100, (await queue.ListAsync("open")).Count);
    }

    [Fact]
    public async Task QueueStoredWithEveryOpenIdInItsState_PagesThemOnActivation_AndAMissingPageLosesNoId()
    {
        // As stored before pages: every open id and the latest decisions in the state. A page the state points at but
        // which was never stored (its write failed) reads as empty; its ids are still in the state.
        var queue = Grains.GetGrain<IReviewQueueGrain>($"unpaged-{Guid.NewGuid():N}");
        var key = queue.GetPrimaryKeyString();
        var ids = Enumerable.Range(0, 70).Select(i => $"detection-{i}").ToList();
        foreach (var id in ids)
        {
            await ReviewItemGrain.For(Grains, key, id).StoreAsync(new ReviewItemView { Id = id, Item = Detection(id), Severity = 2, Revision = 1 });
        }

        var decided = new ReviewItemView { Id = "detection-x", Item = Detection("detection-x"), Status = "rejected", DecidedBy = "reviewer-1", Revision = 2 };
        await ReviewItemGrain.For(Grains, key, decided.Id).StoreAsync(decided);
        // Page 8 was stored but the state still lists its ids too (the queue stopped between the two writes).
        await ReviewPageGrain.For(Grains, key, 8).StoreAsync(new ReviewPage(1, [.. ids[..32]], []));
        var old = new ReviewQueueState { Open = [.. ids, decided.Id], RecentDecided = ["detection-y"], OpenPages = [7, 8], LastPage = 8 };
        await fixture.Storage.WriteStateAsync("reviews", queue.GetGrainId(), new GrainState<ReviewQueueState>(old));

        Assert.Equal(ids.Order(), (await queue.ListAsync("open")).Select(i => i.Id).Order());
        var stored = await fixture.LiveStateAsync<ReviewQueueState>("reviews", queue);
        Assert.Equal((6, 2), (stored.Open.Count, stored.OpenPages.Count));
        Assert.DoesNotContain(7, stored.OpenPages);
        Assert.Contains(8, stored.OpenPages);
        Assert.DoesNotContain(ids[0], stored.Open);
        Assert.Empty(stored.RecentDecided);
        Assert.Equal(["detection-y", decided.Id], (await ReviewPageGrain.Decided(Grains, key).GetAsync())!.Ids);
        await fixture.Cluster.DeactivateAsync(queue);

        Assert.Equal(ids.Order(), (await queue.ListAsync("open")).Select(i => i.Id).Order());
        Assert.Equal(decided.Id, Assert.Single(await queue.ListAsync("decided")).Id);
    }

    [Fact]
    public async Task CopiesOfOneItemSentAtOnce_AreAllCountedInItsRecord()
    {
        // Each copy writes the item's record; the writes may arrive in any order, and the record keeps the latest.
        var queue = Grains.GetGrain<IReviewQueueGrain>($"copies-{Guid.NewGuid():N}");
        var due = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));
        var item = new NewReviewItem("detection", "auto", "user", "u-3", null, "u-3", "mlm", "mlm.recruiting", "勧誘の疑い", 2, due, "detection-u-3");

        await Task.WhenAll(Enumerable.Range(0, 31).Select(_ => queue.EnqueueAsync(item)));
        await fixture.Cluster.DeactivateAsync(queue);

        var stored = Assert.Single(await queue.ListAsync("open"));
        Assert.Equal((31, 31), (stored.Count, stored.Revision));
    }

    [Fact]
    public async Task ItemRecord_KeepsTheHighestRevision_AndAnIdReusedByALaterItemKeepsBoth()
    {
        // A key can come back after its item has left the latest decisions: the later item then has the same id.
        var record = Grains.GetGrain<IReviewItemGrain>($"default/report-user-{Guid.NewGuid():N}");
        var due = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9));
        var item = new NewReviewItem("report", "user", "user", "u-9", null, "u-9", "mlm", "report.mlm", "違反申告（user u-9）", 2, due, "report-user-u-9");
        var first = new ReviewItemView { Id = "report-user-u-9", Item = item, CreatedAt = due.AddDays(-40), Status = "rejected", DecidedBy = "reviewer-1", Revision = 2 };
        var later = first with { CreatedAt = due, Status = "open", DecidedBy = null, Revision = 1 };

        await record.StoreAsync(first);
        await record.StoreAsync(later with { Count = 3, Revision = 3 });
        await record.StoreAsync(later with { Count = 3, Revision = 3 }); // a retried write
        await record.StoreAsync(later with { Count = 2, Revision = 2 }); // arrives after a later change

        Assert.Equal((3, "open"), (await record.GetAsync())! is var latest ? (latest.Count, latest.Status) : default);
        var stored = await fixture.LiveStateAsync<ReviewItemState>("review", record);
        Assert.Equal([("rejected", 2), ("open", 3)], stored.Versions.Select(v => (v.Status, v.Revision)));
    }

    private static NewReviewItem Detection(string key) =>
        new("detection", "auto", "user", "u-1", null, "u-1", "mlm", "mlm.recruiting", "勧誘の疑い", 2,
            new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(9)), key);

    private static (string Id, string Key, string Status, string? DecidedBy, string? Reason, string? Outcome) Decision(ReviewItemView i) =>
        (i.Id, i.Item.Key, i.Status, i.DecidedBy, i.DecisionReasonJa, i.Outcome);
}
