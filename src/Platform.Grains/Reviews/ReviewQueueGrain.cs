using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Notifications;
using Platform.Grains.Statistics;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewQueueGrain"/>
/// <remarks>
/// Enqueue and escalate interleave with everything else (see <see cref="IReviewQueueGrain"/>), so every write goes
/// through <see cref="SharedWrites{T}"/> (one write in flight at a time) and a method that awaits another grain
/// reads the item again after the wait. The state holds the open items only: a decided item moves to its
/// <see cref="IReviewArchiveGrain"/> and the queue keeps the ids of the latest <see cref="RecentDecisions"/>, so each
/// write stores the open work, not every decision ever taken. Open items are found by key through an index kept in
/// memory.
/// </remarks>
internal sealed class ReviewQueueGrain : Grain, IReviewQueueGrain
{
    private const int KeptAlerts = 1000;

    /// <summary>How many of the latest decided items the decided list shows; older ones are read by id.</summary>
    public const int RecentDecisions = 500;

    private const int ArchiveCallsAtOnce = 500;
    private const int MaxCommentLength = 2000;

    private static readonly string[] TargetKinds = ["job", "message", "proposal", "user"];

    private readonly IPersistentState<ReviewQueueState> state;
    private readonly SupportAlerts alerts;
    private readonly TimeProvider clock;
    private readonly SharedWrites<ReviewQueueState> writes;

    // Open item id by key; rebuilt from the state on activation.
    private readonly Dictionary<string, string> openByKey = new(StringComparer.Ordinal);

    public ReviewQueueGrain(
        [PersistentState("reviews", GrainStorage.Name)] IPersistentState<ReviewQueueState> state, SupportAlerts alerts, TimeProvider clock)
    {
        this.state = state;
        this.alerts = alerts;
        this.clock = clock;
        writes = new SharedWrites<ReviewQueueState>(state, GrainContext);
    }

    private ReviewQueueState S => state.State;

    private string QueueKey => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var item in S.Items.Values.Where(i => i.Status == "open"))
        {
            openByKey[item.Item.Key] = item.Id;
        }

        // Decided items still in the state (stored before decided items moved out, or whose move failed) move now.
        var decided = S.Items.Values.Where(i => i.Status != "open").OrderBy(i => i.DecidedAt).ToArray();
        if (decided.Length > 0)
        {
            foreach (var chunk in decided.Chunk(ArchiveCallsAtOnce))
            {
                await Task.WhenAll(chunk.Select(i => ReviewArchiveGrain.For(GrainFactory, QueueKey, i.Id).StoreAsync(i)));
            }

            foreach (var item in decided)
            {
                S.Items.Remove(item.Id);
                RememberDecided(item.Id);
            }

            await writes.SaveAsync();
        }
    }

    public async Task EnqueueAsync(NewReviewItem item)
    {
        var now = clock.GetUtcNow();
        if (FindOpen(item.Key) is { } open)
        {
            S.Items[open.Id] = open with
            {
                Count = open.Count + 1,
                Severity = Math.Max(open.Severity, item.Severity),
                Item = open.Item.Kind == "detection" && item.Kind != "detection" ? item : open.Item,
            };
            await writes.SaveAsync();
            return;
        }

        var view = new ReviewItemView { Id = NewId(item.Key), Item = item, CreatedAt = now, Severity = item.Severity };
        Open(view);
        if (item.Origin == "auto")
        {
            var alert = new ReviewAlert(++S.LastAlert, now, view);
            S.Alerts.Add(alert);
            if (S.Alerts.Count > KeptAlerts)
            {
                S.Alerts.RemoveRange(0, S.Alerts.Count - KeptAlerts);
            }

            alerts.Post(alert);
        }

        await writes.SaveAsync();
    }

    public async Task<ReportReceipt> ReportAsync(ReportRequest report)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            TargetKinds.Contains(report.TargetKind) ? null
                : DomainProblem.Invalid("targetKind", "report.unknown_target_kind", "targetKind は job / message / proposal / user のいずれかを指定してください。"),
            Validate.RequiredText("targetId", report.TargetId, 200),
            Categories.Violations.Contains(report.Category) ? null
                : DomainProblem.Invalid("category", "report.unknown_category", $"category は次のいずれかを指定してください：{string.Join(", ", Categories.Violations)}"),
            Validate.OptionalText("comment", report.Comment, MaxCommentLength)));
        var reporter = await Parties.RequireActorAsync(GrainFactory, report.ReporterId, null, posting: false);
        var target = await ReviewDecisions.ResolveTargetAsync(GrainFactory, report.TargetKind, report.TargetId)
            ?? throw DomainProblem.NotFound("report.target_not_found", $"申告の対象「{report.TargetId}」は見つかりません。").ToException();
        if (target.Subject == reporter.UserId)
        {
            throw DomainProblem.Invalid("targetId", "report.self", "自分自身や自分の投稿は申告できません。").ToException();
        }

        var now = clock.GetUtcNow();
        var key = $"report-{report.TargetKind}-{report.TargetId.Replace(':', '-')}";
        var receipt = new ReportReceipt($"rcpt-{Guid.NewGuid():N}"[..17], reporter.UserId, report.TargetKind, report.TargetId, report.Category, now,
            "違反申告を受け付けました。内容は運営事務局が確認します。なお、対応結果は個別にはお知らせしません。");
        S.Receipts[receipt.Id] = receipt;
        var comment = string.IsNullOrWhiteSpace(report.Comment) ? [] : new[] { report.Comment! };
        if (FindOpen(key) is { } open)
        {
            S.Items[open.Id] = open with
            {
                Count = open.Count + 1,
                Reporters = open.Reporters.Contains(reporter.UserId) ? open.Reporters : [.. open.Reporters, reporter.UserId],
                Comments = [.. open.Comments, .. comment],
            };
        }
        else
        {
            Open(new ReviewItemView
            {
                Id = NewId(key),
                Item = new NewReviewItem("report", "user", target.SourceKind, target.SourceId, target.ItemId, target.Subject, report.Category,
                    $"report.{report.Category}", $"違反申告（{report.TargetKind} {report.TargetId}）", 2, BusinessCalendar.DueAfter(now, 2), key),
                CreatedAt = now,
                Severity = 2,
                Reporters = [reporter.UserId],
                Comments = comment,
            });
        }

        await writes.SaveAsync();
        await Stats.AddAsync(GrainFactory, now, Stats.ReportReceived);
        return receipt;
    }

    public Task<ReportReceipt> GetReceiptAsync(string receiptId, string viewerId) =>
        S.Receipts.TryGetValue(receiptId, out var receipt) && receipt.ReporterId == viewerId
            ? Task.FromResult(receipt)
            : throw DomainProblem.NotFound("report.not_found", $"申告の受付番号「{receiptId}」は見つかりません。").ToException();

    public async Task<IReadOnlyList<ReviewItemView>> ListAsync(string? status)
    {
        var items = status == "decided" ? [] : S.Items.Values.Where(i => i.Status == "open").ToList();
        if (status != "open")
        {
            var ids = S.RecentDecided.ToArray();
            var archived = await Task.WhenAll(ids.Select(id => S.Items.TryGetValue(id, out var item)
                ? Task.FromResult<ReviewItemView?>(item)
                : ReviewArchiveGrain.For(GrainFactory, QueueKey, id).GetAsync()));
            items.AddRange(archived.OfType<ReviewItemView>());
        }

        return [.. items
            .OrderBy(i => i.Status == "open" ? 0 : 1)
            .ThenBy(i => i.Item.DueAt)
            .ThenByDescending(i => i.Severity)
            .ThenBy(i => i.CreatedAt)];
    }

    public async Task<ReviewItemView> GetAsync(string itemId) =>
        S.Items.TryGetValue(itemId, out var item) ? item
            : await ReviewArchiveGrain.For(GrainFactory, QueueKey, itemId).GetAsync() ?? throw NotFound(itemId);

    public async Task<ReviewItemView> DecideAsync(string itemId, string reviewerId, bool approve, string reasonJa)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.RequiredText("reason", reasonJa, MaxCommentLength),
            Validate.RequiredText("reviewer", reviewerId, 100)));
        var item = S.Items.GetValueOrDefault(itemId) ?? await ReviewArchiveGrain.For(GrainFactory, QueueKey, itemId).GetAsync() ?? throw NotFound(itemId);
        if (item.Status != "open")
        {
            throw DomainProblem.Conflict("review.already_decided", $"審査項目「{itemId}」は既に判断済みです（{item.Status}）。").ToException();
        }

        // The item's grain may be waiting on this queue (an enqueue); enqueues interleave, so waiting on it here cannot deadlock.
        var outcome = await ReviewDecisions.ApplyAsync(GrainFactory, item, approve, reviewerId, reasonJa);
        var now = clock.GetUtcNow();

        // Copies of the same item may have been merged into it while the decision was applied.
        var decided = S.Items[itemId] with
        {
            Status = approve ? "approved" : "rejected",
            DecidedBy = reviewerId,
            DecidedAt = now,
            DecisionReasonJa = reasonJa,
            Outcome = outcome,
        };
        // Closed at once, so an item of the same key arriving during the archive write opens a new item.
        S.Items[itemId] = decided;
        openByKey.Remove(decided.Item.Key);
        Exception? archiveFailure = null;
        try
        {
            await ReviewArchiveGrain.For(GrainFactory, QueueKey, itemId).StoreAsync(decided);
            S.Items.Remove(itemId);
            RememberDecided(itemId);
        }
        catch (Exception e)
        {
            // Kept in the queue's state instead (stored below); it moves on the next activation.
            archiveFailure = e;
        }

        await writes.SaveAsync();
        if (archiveFailure is not null)
        {
            throw archiveFailure;
        }

        if (item.Item.Kind == "report")
        {
            await Stats.AddAsync(GrainFactory, now, approve ? Stats.ReportUpheld : Stats.ReportRejected, decided.Count);
        }

        return decided;
    }

    public async Task EscalateAsync(string itemId, string reasonJa)
    {
        if (S.Items.TryGetValue(itemId, out var item) && item is { Status: "open", Escalated: false })
        {
            S.Items[itemId] = item with { Escalated = true, Severity = item.Severity + 1, Item = item.Item with { SummaryJa = $"【期限超過】{item.Item.SummaryJa}" } };
            await writes.SaveAsync();
        }
    }

    public Task<IReadOnlyList<ReviewAlert>> GetAlertsAsync(long afterSequence) =>
        Task.FromResult<IReadOnlyList<ReviewAlert>>(S.Alerts.Where(a => a.Sequence > afterSequence).ToArray());

    public Task<long> GetLastAlertSequenceAsync() => Task.FromResult(S.LastAlert);

    private ReviewItemView? FindOpen(string key) =>
        openByKey.TryGetValue(key, out var id) && S.Items.TryGetValue(id, out var item) && item.Status == "open" ? item : null;

    // The key, which callers use as the item's id (a disclosure request's review item id), unless an item of the same
    // key is still in the queue or among the latest decisions: then the key and a number never used before ("~", which
    // no key contains, so it cannot meet another key or an id written as key-N before).
    private string NewId(string key) =>
        S.Items.ContainsKey(key) || S.RecentDecided.Contains(key) ? $"{key}~{++S.LastItem}" : key;

    private void Open(ReviewItemView item)
    {
        S.Items[item.Id] = item;
        openByKey[item.Item.Key] = item.Id;
    }

    private void RememberDecided(string itemId)
    {
        S.RecentDecided.Add(itemId);
        if (S.RecentDecided.Count > RecentDecisions)
        {
            S.RecentDecided.RemoveRange(0, S.RecentDecided.Count - RecentDecisions);
        }
    }

    private static Exception NotFound(string itemId) =>
        DomainProblem.NotFound("review.not_found", $"審査項目「{itemId}」は見つかりません。").ToException();

}
