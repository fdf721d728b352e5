using Microsoft.Extensions.Logging;
using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Contracts;
using Platform.Grains.Notifications;
using Platform.Grains.Statistics;
using Platform.Grains.Users;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewQueueGrain"/>
/// <remarks>
/// The open items live in memory, with an index by key; each item's view is in its own <see cref="IReviewItemGrain"/>
/// record, and the ids are stored in pages (<see cref="IReviewPageGrain"/>): the queue's state keeps the newest, fewer
/// than <see cref="PageSize"/>, and each full page moves to a page record, written again only when one of its items is
/// decided. Alerts are paged the same way, and the ids of the latest <see cref="RecentDecisions"/> decisions are in
/// the queue's decided page. A new item writes its record and the queue's small state; a merged copy or an escalation
/// writes the item's record alone; a decision writes the record, the decided page and the item's page (or the queue's
/// state). So no write grows with the backlog or the history. Report receipts, too, are records of their own
/// (<see cref="IReportReceiptGrain"/>), written once each. Enqueue and escalate interleave with
/// everything else (see <see cref="IReviewQueueGrain"/>): the queue's writes go through <see cref="SharedWrites{T}"/>
/// (one in flight at a time), every change of an item raises its revision (its record keeps the highest, whatever
/// order the writes arrive in), and a method that awaits another grain reads the item again after the wait.
/// </remarks>
internal sealed class ReviewQueueGrain : Grain, IReviewQueueGrain
{
    /// <summary>How many of the latest decided items the decided list shows; older ones are read by id.</summary>
    public const int RecentDecisions = 500;

    /// <summary>How many ids, or alerts, a page holds.</summary>
    public const int PageSize = 32;

    private const int KeptAlerts = 1000;
    private const int RecordCallsAtOnce = 500;
    private const int MaxCommentLength = 2000;

    private static readonly string[] TargetKinds = ["job", "message", "proposal", "user", .. StepTexts.Kinds];

    private readonly IPersistentState<ReviewQueueState> state;
    private readonly SupportAlerts alerts;
    private readonly TimeProvider clock;
    private readonly ILogger<ReviewQueueGrain> logger;
    private readonly SharedWrites<ReviewQueueState> writes;
    private readonly ReviewCounts counts;

    // The open items by id, and their ids by key; loaded on activation.
    private readonly Dictionary<string, ReviewItemView> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> openByKey = new(StringComparer.Ordinal);

    // The open items whose close has begun (a decision, or the platform's settlement, storing its counts first), as they
    // are being closed: no other decision or settlement closes them again meanwhile.
    private readonly Dictionary<string, ReviewItemView> closing = new(StringComparer.Ordinal);

    // The open ids that moved to pages: the page of each, and each page's ids.
    private readonly Dictionary<string, long> pageOf = new(StringComparer.Ordinal);
    private readonly Dictionary<long, OpenPage> openPages = [];

    // The latest alerts, paged or not, oldest first; the latest decided ids, oldest first, and their page's revision.
    private readonly List<AlertRef> recentAlerts = [];
    private readonly List<string> recentDecided = [];
    private long decidedRevision;
    private bool decidedChanged;

    // A page of open ids, or of alerts, is being moved out of the state.
    private bool pagingOpen, pagingAlerts;

    public ReviewQueueGrain(
        [PersistentState("reviews", GrainStorage.Name)] IPersistentState<ReviewQueueState> state, SupportAlerts alerts, TimeProvider clock,
        ILogger<ReviewQueueGrain> logger)
    {
        this.logger = logger;
        this.state = state;
        this.alerts = alerts;
        this.clock = clock;
        writes = new SharedWrites<ReviewQueueState>(state, GrainContext);
        counts = new ReviewCounts(() => state.State, GrainFactory, $"reviews/{this.GetPrimaryKeyString()}");
    }

    private ReviewQueueState S => state.State;

    private string QueueKey => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var decidedPage = await DecidedPage.GetAsync();
        recentDecided.AddRange(decidedPage?.Ids ?? []);
        decidedRevision = decidedPage?.Revision ?? 0;
        var changed = S.RecentDecided.Count > 0;
        S.RecentDecided.ForEach(RememberDecided);
        changed |= await MoveStoredItemsAsync();
        await LoadPagesAsync();

        // An id both in a stored page and in the state (the queue stopped between the two writes) stays in the page.
        changed |= S.Open.RemoveAll(pageOf.ContainsKey) > 0;
        var ids = S.OpenPages.SelectMany(n => openPages[n].Ids).Concat(S.Open).Distinct().ToArray();
        var touched = new HashSet<long>();
        foreach (var chunk in ids.Chunk(RecordCallsAtOnce))
        {
            var views = await Task.WhenAll(chunk.Select(id => Record(id).GetAsync()));
            for (var i = 0; i < chunk.Length; i++)
            {
                if (views[i] is { Status: "open" } item && item.Id == chunk[i])
                {
                    open[item.Id] = item;
                    openByKey[item.Item.Key] = item.Id;
                    continue;
                }

                // A record missing (its write failed after the queue's) or already decided (the queue's write failed
                // after the record's): the queue follows the record.
                changed |= S.Open.Remove(chunk[i]);
                if (pageOf.Remove(chunk[i], out var n))
                {
                    openPages[n].Ids.Remove(chunk[i]);
                    touched.Add(n);
                }

                if (views[i] is not null)
                {
                    RememberDecided(chunk[i]);
                }
            }
        }

        // The new places are written before the state that stops pointing at the old ones.
        if (decidedChanged)
        {
            await StoreDecidedAsync();
            S.RecentDecided.Clear();
        }

        touched.UnionWith(S.OpenPages.Where(n => openPages[n].Ids.Count == 0));
        await Task.WhenAll(touched.Select(StorePageAsync));
        if (changed || touched.Count > 0)
        {
            await writes.SaveAsync();
        }

        // A queue stored before pages holds every open id and the latest alerts in its state.
        await PageOpenIdsAsync();
        await PageAlertsAsync();

        // Counts owed when the queue stopped: sent if their change was stored (the open items are known by now).
        counts.Restore();
        await SendCountsAsync(quiet: true);
    }

    public async Task EnqueueAsync(NewReviewItem item)
    {
        // Queued again after the platform closed the item of its key: what that one was to do once decided, read before the
        // key is looked up (the read interleaves; nothing between the look-up and the item opening awaits).
        var superseded = item.Requeued ? await Superseded(item.Key).GetAsync() : null;
        var now = clock.GetUtcNow();
        if (FindOpen(item.Key) is { } found)
        {
            var kept = (found.Item.Kind, item.Kind) switch
            {
                // A hold of the thing itself outranks a detection about it.
                ("detection", not "detection") => item,
                // A check's decision on the same thing again: the latest findings, which are what a dismissal shows
                // again, and the first due time (see NewReviewItem.LatestFindingsWin).
                ("detection", "detection") when item.LatestFindingsWin => item with { DueAt = found.Item.DueAt },
                // A further copy of a mass-send found: the one alert lists it too.
                ("detection", "detection") when MassSendReviews.IsAlert(found.Item) => MassSendReviews.WithCopies(found.Item, item),
                _ => found.Item,
            };
            await ChangeAsync(found with
            {
                Count = found.Count + 1,
                Severity = Math.Max(found.Severity, item.Severity),
                // Whichever copy is kept, what either asked for once upheld, or did at once, is kept too.
                Item = kept with
                {
                    WhenUpheld = [.. (found.Item.WhenUpheld ?? []).UnionBy(item.WhenUpheld ?? [], e => (e.Kind, e.TargetId, e.Code))],
                    Applied = [.. (found.Item.Applied ?? []).UnionBy(item.Applied ?? [], e => (e.Kind, e.TargetId, e.Code))],
                },
            });
            return;
        }

        if (superseded is { Status: not "open" } closed && closed.Item.Key == item.Key)
        {
            // Deciding the new item does what deciding the closed one would have done: keep or give back what its detection did at
            // once, apply what it asked for once upheld.
            item = item with
            {
                WhenUpheld = [.. (closed.Item.WhenUpheld ?? []).UnionBy(item.WhenUpheld ?? [], e => (e.Kind, e.TargetId, e.Code))],
                Applied = [.. (closed.Item.Applied ?? []).UnionBy(item.Applied ?? [], e => (e.Kind, e.TargetId, e.Code))],
            };
        }

        var view = new ReviewItemView
        {
            Id = NewId(item.Key), Item = item, CreatedAt = now, Severity = item.Severity, Revision = 1, Supersedes = superseded?.Id,
        };
        var stored = OpenAsync(view);
        var alerted = Task.CompletedTask;
        if (item.Origin == "auto")
        {
            var alert = new AlertRef(++S.LastAlert, now, view.Id);
            S.AlertRefs.Add(alert);
            recentAlerts.Add(alert);
            if (recentAlerts.Count > KeptAlerts)
            {
                recentAlerts.RemoveRange(0, recentAlerts.Count - KeptAlerts);
            }

            alerts.Post(new ReviewAlert(alert.Sequence, alert.At, view));
            alerted = PageAlertsAsync();
        }

        var owed = MassSendReviews.IsAlert(item) ? counts.Owe(view.Id, false, null, (now, Count(Stats.MassSendDetected))) : [];
        await StoreCountedAsync(owed, Task.WhenAll(stored, writes.SaveAsync(), PageOpenIdsAsync(), alerted));
    }

    public async Task<ReportReceipt> ReportAsync(ReportRequest report, string? receiptId = null)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            TargetKinds.Contains(report.TargetKind) ? null
                : DomainProblem.Invalid("targetKind", "report.unknown_target_kind", $"targetKind は次のいずれかを指定してください：{string.Join(", ", TargetKinds)}"),
            Validate.RequiredText("targetId", report.TargetId, 200),
            Categories.Violations.Contains(report.Category) ? null
                : DomainProblem.Invalid("category", "report.unknown_category", $"category は次のいずれかを指定してください：{string.Join(", ", Categories.Violations)}"),
            Validate.OptionalText("comment", report.Comment, MaxCommentLength)));
        var request = receiptId is null ? 0 : IdempotentRequests.Fingerprint(report.TargetKind, report.TargetId, report.Category, report.Comment);
        if (receiptId is not null && await Receipt(receiptId).GetAsync() is { } earlier)
        {
            // A retry: the receipt is stored once the report is filed. It answers as it did, whatever became of the target.
            return earlier.ReporterId == report.ReporterId && await Receipt(receiptId).GetRequestAsync() == request
                ? earlier
                : throw IdempotentRequests.Reused();
        }

        var reporter = await Parties.RequireActorAsync(GrainFactory, report.ReporterId, null, posting: false);
        // A target the reporter may not see is answered as a missing one: a report must not tell whether it exists.
        var target = await ReportTargets.FindAsync(GrainFactory, reporter.UserId, report.TargetKind, report.TargetId)
            ?? throw DomainProblem.NotFound("report.target_not_found", $"申告の対象「{DomainProblem.Echo(report.TargetId)}」は見つかりません。").ToException();
        if (target.Subject == reporter.UserId)
        {
            throw new DomainProblem(ProblemKind.Conflict, "report.self", "自分自身や自分の書いた文面は申告できません。", "targetId").ToException();
        }

        if (target.Withheld)
        {
            // The reporter was shown a notice, not the text: the checks already put it before the staff.
            throw new DomainProblem(ProblemKind.Conflict, "report.text_withheld",
                "この文面は検知により相手方に表示されておらず、運営事務局が確認しています。申告の必要はありません。", "targetId").ToException();
        }

        var now = clock.GetUtcNow();
        var key = $"report-{report.TargetKind}-{report.TargetId.Replace(':', '-')}";
        var receipt = new ReportReceipt(receiptId ?? $"rcpt-{Guid.NewGuid():N}"[..17], reporter.UserId, report.TargetKind, report.TargetId, report.Category, now,
            "違反申告を受け付けました。内容は運営事務局が確認します。なお、対応結果は個別にはお知らせしません。");
        // Under a key the receipt is stored last (below): stored, it means the report was filed.
        var kept = receiptId is null ? Receipt(receipt.Id).StoreAsync(receipt) : Task.CompletedTask;
        var comment = Validate.IsBlank(report.Comment) ? [] : new[] { report.Comment! };
        var repeated = false;
        if (FindOpen(key) is { } found)
        {
            // The open item's record alone changes: the queue's own state does not. The same reporter again (a repeated
            // click, a second category) adds their comment and category but is not another report: counted once, here and monthly.
            // A retry under a key whose receipt was not stored adds its comment only once.
            repeated = found.Reporters.Contains(reporter.UserId);
            comment = repeated && receiptId is not null ? comment.Except(found.Comments).ToArray() : comment;
            var owed = repeated ? [] : counts.Owe(found.Id, false, reporter.UserId, (now, Count(Stats.ReportReceived)));
            await StoreCountedAsync(owed, Task.WhenAll(kept, owed.Length > 0 ? writes.SaveAsync() : Task.CompletedTask, ChangeAsync(found with
            {
                Count = repeated ? found.Count : found.Count + 1,
                Reporters = repeated ? found.Reporters : [.. found.Reporters, reporter.UserId],
                Comments = [.. found.Comments, .. comment],
                ReportedCategories = ReportCategories.With(found.ReportedCategories, report.Category, reporter.UserId),
            })));
        }
        else
        {
            var id = NewId(key);
            var owed = counts.Owe(id, false, reporter.UserId, (now, Count(Stats.ReportReceived)));
            var opened = OpenAsync(new ReviewItemView
            {
                Id = id,
                Item = new NewReviewItem("report", "user", target.SourceKind, target.SourceId, target.ItemId, target.Subject, report.Category,
                    $"report.{report.Category}", $"違反申告（{report.TargetKind} {report.TargetId}）", 2, BusinessCalendar.DueAfter(now, 2), key),
                CreatedAt = now,
                Severity = 2,
                Reporters = [reporter.UserId],
                Comments = comment,
                ReportedCategories = [new ReportedCategory(report.Category, [reporter.UserId])],
                Revision = 1,
            });
            await StoreCountedAsync(owed, Task.WhenAll(kept, opened, writes.SaveAsync(), PageOpenIdsAsync()));
        }

        if (receiptId is not null)
        {
            await Receipt(receipt.Id).StoreAsync(receipt, request);
        }

        return receipt;
    }

    public async Task<ReportReceipt> GetReceiptAsync(string receiptId, string viewerId) =>
        !string.IsNullOrWhiteSpace(receiptId) && await Receipt(receiptId).GetAsync() is { } receipt && receipt.ReporterId == viewerId
            ? receipt
            : throw DomainProblem.NotFound("report.not_found", $"申告の受付番号「{DomainProblem.Echo(receiptId)}」は見つかりません。").ToException();

    public async Task<IReadOnlyList<ReviewItemView>> ListAsync(
        string? status, string? kind = null, string? category = null, string? subjectUserId = null, int limit = int.MaxValue)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            status is null or "open" or "decided" ? null : DomainProblem.Invalid("status", "query.invalid", "status は open か decided を指定してください。"),
            kind is null || ItemKinds.Contains(kind) ? null
                : DomainProblem.Invalid("kind", "query.invalid", $"kind は次のいずれかを指定してください：{string.Join(", ", ItemKinds)}"),
            category is null || ItemCategories.Contains(category) ? null
                : DomainProblem.Invalid("category", "query.invalid", $"category は次のいずれかを指定してください：{string.Join(", ", ItemCategories)}"),
            subjectUserId is null || subjectUserId.Length > 0 ? null
                : DomainProblem.Invalid("subject", "query.invalid", "subject にはユーザー ID を指定してください。"),
            limit >= 1 ? null : DomainProblem.Invalid("limit", "query.invalid", "limit は1以上の整数で指定してください。")));
        var items = status == "decided" ? [] : open.Values.ToList();
        if (status != "open")
        {
            var decided = await Task.WhenAll(recentDecided.ToArray().Select(id => Record(id).GetAsync()));
            items.AddRange(decided.OfType<ReviewItemView>().Select(WithCurrent));
        }

        return [.. items
            .Where(i => (kind is null || i.Item.Kind == kind) && (category is null || ReportCategories.Has(i, category))
                && (subjectUserId is null || i.Item.SubjectUserId == subjectUserId))
            .OrderBy(i => i.Status == "open" ? 0 : 1)
            .ThenBy(i => i.Item.DueAt)
            .ThenByDescending(i => i.Severity)
            .ThenBy(i => i.CreatedAt)
            .Take(limit)];
    }

    /// <summary>What review items are about (<see cref="NewReviewItem.Kind"/>).</summary>
    private static readonly string[] ItemKinds = ["message", "job", "proposal", "disclosure", "report", "detection"];

    /// <summary>What review items can be filed under: a violation, a check that could not finish (held fail-closed), a mass-send.</summary>
    private static readonly string[] ItemCategories = [.. Categories.Violations, CheckUnavailable.Category, MassSends.Code];

    public async Task<ReviewItemView> GetAsync(string itemId) => WithCurrent(await ViewAsync(itemId) ?? throw NotFound(itemId));

    // An item no longer open whose subject is in review again under another open item of its key names that item (read, never stored).
    private ReviewItemView WithCurrent(ReviewItemView item) =>
        item.Status != "open" && FindOpen(item.Item.Key) is { } current && current.Id != item.Id ? item with { CurrentItemId = current.Id } : item;

    public async Task<ReviewItemView> DecideAsync(string itemId, string reviewerId, bool approve, string reasonJa)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.RequiredText("reason", reasonJa, MaxCommentLength),
            Validate.Reviewer(reviewerId)));
        // Counts a stopped queue still owed for earlier decisions: a decision sent again after a failure is answered 409 below.
        // Quiet: while the statistics cannot be written the decision is still stored (its own counts wait behind these).
        await SendCountsAsync(quiet: true);
        var item = await ViewAsync(itemId) ?? throw NotFound(itemId);
        if (item.Status != "open" || closing.ContainsKey(itemId))
        {
            throw AlreadyDecided(closing.GetValueOrDefault(itemId) ?? item);
        }

        // The item's grain may be waiting on this queue (an enqueue); enqueues interleave, so waiting on it here cannot deadlock.
        // Closed by the platform while the decision was applied (a held contact detail blocked as its contract was cancelled,
        // a disclosure request closed as a party was restricted, a text withdrawn with its writer): that close stands, counted
        // once, and the decision is refused as one sent a moment later is, whether the item's grain found nothing left to do
        // or refused it (a request no longer pending). Copies of the same item may have been merged into it meanwhile.
        (string Outcome, string OutcomeJa) applied;
        try
        {
            applied = await ReviewDecisions.ApplyAsync(GrainFactory, item, approve, reviewerId, reasonJa);
        }
        catch (PlatformException) when (StillOpen(itemId) is null)
        {
            throw await ClosedMeanwhileAsync(item);
        }

        var (outcome, outcomeJa) = applied;
        var now = clock.GetUtcNow();
        if (StillOpen(item.Id) is not { } latest)
        {
            throw await ClosedMeanwhileAsync(item);
        }

        var decided = latest with
        {
            Status = approve ? "approved" : "rejected",
            DecidedBy = reviewerId,
            DecidedAt = now,
            DecisionReasonJa = reasonJa,
            Outcome = outcome,
            OutcomeJa = outcomeJa,
            Revision = latest.Revision + 1,
        };

        if (MassSendReviews.IsAlert(item.Item) && !approve)
        {
            var (copies, copiesJa) = await ReleaseCopiesAsync(decided, reviewerId, reasonJa);
            decided = decided with { Outcome = $"{outcome}; {copies}", OutcomeJa = outcomeJa + copiesJa };
        }

        // What reviewers decided on reports, and on automatic detections in the month each was detected (see Stats.Decided).
        await CloseCountedAsync(decided,
            (now, item.Item.Kind == "report" ? Count(approve ? Stats.ReportUpheld : Stats.ReportRejected, decided.Count) : Count()),
            (item.CreatedAt, Stats.Decided(item.Item, approve)));
        await ForgetSupersededAsync(decided);
        return decided;
    }

    // An item no longer open says why the platform closed it (a held text whose writer was withdrawn, a disclosure request
    // closed); one whose subject is in review again under a new item (a withdrawal lifted, a text recalled) names that item,
    // to decide instead.
    private PlatformException AlreadyDecided(ReviewItemView item)
    {
        var why = item.DecidedBy == "platform" && item.OutcomeJa is { Length: > 0 } settled ? $"運営による処理：{settled}" : "";
        var current = WithCurrent(item).CurrentItemId;
        var next = current is null ? "" : $"同じ対象は審査項目「{current}」として再び審査待ちになっています。そちらで判断してください。";
        return new PlatformException("conflict", "review.already_decided", $"審査項目「{item.Id}」は既に判断済みです（{item.Status}）。{why}{next}", null)
        {
            CurrentItemId = current,
        };
    }

    // The refusal of a decision whose item the platform closed while it was applied, saying what the platform did.
    private async Task<PlatformException> ClosedMeanwhileAsync(ReviewItemView item) =>
        AlreadyDecided(closing.GetValueOrDefault(item.Id) ?? await ViewAsync(item.Id) ?? item);

    // An open item no decision or settlement has begun to close.
    private ReviewItemView? StillOpen(string itemId) => closing.ContainsKey(itemId) ? null : open.GetValueOrDefault(itemId);

    // A dismissed mass-send: each copy held for nothing else is delivered, its own item closed as approved with the
    // alert's reason (counted as a reviewer's release is: not at all, as the copy was no held change with a violation;
    // the alert counts the campaign); a copy also held for something else stays open for that. Says what happened to the
    // copies.
    private async Task<(string Outcome, string OutcomeJa)> ReleaseCopiesAsync(ReviewItemView alert, string reviewerId, string reasonJa)
    {
        var (released, kept) = (0, 0);
        foreach (var key in MassSendReviews.HeldCopyKeys(alert.Item))
        {
            if (FindOpen(key) is not { } copy || closing.ContainsKey(copy.Id))
            {
                continue;
            }

            if (!MassSendReviews.HeldOnlyAsCopy(copy))
            {
                kept++;
                continue;
            }

            var (outcome, outcomeJa) = await ReviewDecisions.ApplyAsync(GrainFactory, copy, true, reviewerId, reasonJa);
            if (StillOpen(copy.Id) is { } latest)
            {
                await CloseCountedAsync(latest with
                {
                    Status = "approved",
                    DecidedBy = reviewerId,
                    DecidedAt = clock.GetUtcNow(),
                    DecisionReasonJa = reasonJa,
                    Outcome = $"{outcome} (mass-send alert {alert.Id} dismissed)",
                    OutcomeJa = $"{outcomeJa}（一斉送信の検知 {alert.Id} の取り消しによる）",
                    Revision = latest.Revision + 1,
                }, (copy.CreatedAt, Stats.Decided(copy.Item, true)));
                await ForgetSupersededAsync(latest);
            }

            released++;
        }

        return ($"{released} held copies delivered, {kept} still held for another finding",
            $"保留中の{released}件を配信しました。" + (kept > 0 ? $"{kept}件は別の理由で保留中です。" : ""));
    }

    public Task WithdrawAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null) =>
        SettleAsync(itemId, approved: false, counted: false, reasonJa, outcome, outcomeJa);

    public Task ReleaseAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null) =>
        SettleAsync(itemId, approved: true, counted: true, reasonJa, outcome, outcomeJa);

    public Task RefuseAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null) =>
        SettleAsync(itemId, approved: false, counted: true, reasonJa, outcome, outcomeJa);

    // An open item the platform settled itself, decided by `platform`; a release or a refusal counts as a reviewer's
    // does, a withdrawal not at all.
    private async Task SettleAsync(string itemId, bool approved, bool counted, string reasonJa, string outcome, string? outcomeJa)
    {
        if ((open.GetValueOrDefault(itemId) ?? FindOpen(itemId)) is not { } item || closing.ContainsKey(item.Id))
        {
            return;
        }

        var now = clock.GetUtcNow();
        ReviewItemView Closed(ReviewItemView latest) => latest with
        {
            Status = approved ? "approved" : "rejected",
            DecidedBy = "platform",
            DecidedAt = now,
            DecisionReasonJa = reasonJa,
            Outcome = outcome,
            OutcomeJa = outcomeJa ?? reasonJa,
            Revision = latest.Revision + 1,
        };

        if (!approved && !counted && item.Item.Kind != "disclosure")
        {
            // A held text withdrawn with its writer may be queued again (the withdrawal lifted): the item as closed, with what
            // deciding it was to do, is stored under its key first, so the item queued again finds it, after a stop too (a close
            // cut off is done again). Copies merged into it meanwhile are stored with it, and a close done meanwhile is left done.
            while (true)
            {
                await Superseded(item.Item.Key).StoreAsync(Closed(item));
                if (StillOpen(item.Id) is not { } latest)
                {
                    return;
                }

                if (latest.Revision == item.Revision)
                {
                    break;
                }

                item = latest;
            }
        }

        await CloseCountedAsync(Closed(item), (item.CreatedAt, counted ? Stats.Decided(item.Item, approved) : Count()));
        if (counted)
        {
            await ForgetSupersededAsync(item);
        }
    }

    // A decision and what it counts: the counts are stored first (a write of the queue's state), then the item closed, then
    // the counts sent (ReviewCounts).
    // The item is closing from the start (`closing`), so a decision or settlement arriving during the writes leaves it alone.
    private async Task CloseCountedAsync(ReviewItemView decided, params (DateTimeOffset At, IReadOnlyDictionary<string, int> Increments)[] increments)
    {
        closing[decided.Id] = decided;
        try
        {
            var owed = counts.Owe(decided.Id, true, null, increments);
            await StoreCountedAsync(owed, CountsThenCloseAsync(owed));
        }
        finally
        {
            closing.Remove(decided.Id);
        }

        async Task CountsThenCloseAsync(long[] owed)
        {
            if (owed.Length > 0)
            {
                await writes.SaveAsync();
            }

            await CloseAsync(decided);
        }
    }

    // The writes of a change whose counts are owed (saved with it or before it), then the counts sent.
    private async Task StoreCountedAsync(long[] owed, Task writes)
    {
        try
        {
            await writes;
        }
        catch
        {
            counts.Stored(owed, stored: false);
            throw;
        }

        counts.Stored(owed, stored: true);
        await SendCountsAsync(quiet: false);
    }

    // Sends what the queue owes the statistics, and saves the state the sent counts left. Quiet: a failure is logged and
    // left for the next call (the queue starting while the statistics cannot be written still starts).
    private async Task SendCountsAsync(bool quiet)
    {
        try
        {
            if (S.Counts.Count > 0 && await counts.SendAsync(ViewAsync))
            {
                await writes.SaveAsync();
            }
        }
        catch (Exception ex) when (quiet)
        {
            logger.LogWarning(ex, "Review queue {Queue}: {Count} statistics counts not sent yet; sent at the next decision", QueueKey, S.Counts.Count);
        }
    }

    private static Dictionary<string, int> Count(string key, int count = 1) => new() { [key] = count };

    private static Dictionary<string, int> Count() => [];

    // Closed at once, so an item of the same key arriving during the writes opens a new item, and a decision or a
    // withdrawal arriving meanwhile finds it no longer open.
    private Task CloseAsync(ReviewItemView decided)
    {
        var itemId = decided.Id;
        open.Remove(itemId);
        openByKey.Remove(decided.Item.Key);
        var unpaged = S.Open.Remove(itemId);
        var paged = pageOf.Remove(itemId, out var page) && openPages[page].Ids.Remove(itemId);
        RememberDecided(itemId);
        return Task.WhenAll(
            Record(itemId).StoreAsync(decided), StoreDecidedAsync(), paged ? StorePageAsync(page) : Task.CompletedTask,
            unpaged ? writes.SaveAsync() : Task.CompletedTask);
    }

    // The closed item a decided one took over from (NewReviewItem.Requeued) was kept under its key only for the item queued again
    // to take what deciding it was to do; that item carries it since it opened, and its decision has done it: the record goes,
    // once the decision is stored. Not after a withdrawal, which keeps the withdrawn item there for the item queued after it
    // (SettleAsync). The closed item's own record (read by its old id) is another record, and stays. A clear that fails leaves
    // the record, read again only if the key is queued again after a withdrawal, which stores its own: the decision still stands.
    private async Task ForgetSupersededAsync(ReviewItemView decided)
    {
        try
        {
            if (decided.Supersedes is { } closed && await Superseded(decided.Item.Key).GetAsync() is { } kept && kept.Id == closed)
            {
                await Superseded(decided.Item.Key).ClearAsync();
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Review queue {Queue}: the record item {ItemId} kept for {DecidedId} was not cleared", QueueKey, decided.Supersedes, decided.Id);
        }
    }

    public async Task EscalateAsync(string itemId, string reasonJa)
    {
        if (open.TryGetValue(itemId, out var item) && !item.Escalated)
        {
            await ChangeAsync(item with { Escalated = true, Severity = item.Severity + 1, Item = item.Item with { SummaryJa = $"【期限超過】{item.Item.SummaryJa}" } });
        }
    }

    public async Task<IReadOnlyList<ReviewAlert>> GetAlertsAsync(long afterSequence)
    {
        var refs = recentAlerts.Where(a => a.Sequence > afterSequence).ToArray();
        var views = await Task.WhenAll(refs.Select(a => ViewAsync(a.ItemId)));
        return [.. refs.Zip(views).Where(p => p.Second is not null).Select(p => new ReviewAlert(p.First.Sequence, p.First.At, p.Second!))];
    }

    public Task<long> GetLastAlertSequenceAsync() => Task.FromResult(S.LastAlert);

    // Items stored in the queue's own state before items had records (and alerts with their views), and receipts
    // stored there before receipts had records, move to records.
    private async Task<bool> MoveStoredItemsAsync()
    {
        var receipts = S.Receipts.Count > 0;
        foreach (var chunk in S.Receipts.Values.ToArray().Chunk(RecordCallsAtOnce))
        {
            await Task.WhenAll(chunk.Select(r => Receipt(r.Id).StoreAsync(r)));
        }

        S.Receipts.Clear();
        if (S.Items.Count == 0 && S.Alerts.Count == 0)
        {
            return receipts;
        }

        foreach (var chunk in S.Items.Values.ToArray().Chunk(RecordCallsAtOnce))
        {
            await Task.WhenAll(chunk.Select(i => Record(i.Id).StoreAsync(i)));
        }

        S.Open.AddRange(S.Items.Values.Where(i => i.Status == "open").OrderBy(i => i.CreatedAt).Select(i => i.Id).Except(S.Open));
        foreach (var item in S.Items.Values.Where(i => i.Status != "open").OrderBy(i => i.DecidedAt))
        {
            RememberDecided(item.Id);
        }

        S.AlertRefs.InsertRange(0, S.Alerts.Select(a => new AlertRef(a.Sequence, a.At, a.Item.Id)));
        S.Items.Clear();
        S.Alerts.Clear();
        return true;
    }

    // An item as it stands: from memory while it is open, else from its record (null when there is none).
    private Task<ReviewItemView?> ViewAsync(string itemId) =>
        open.TryGetValue(itemId, out var item) ? Task.FromResult<ReviewItemView?>(item) : Record(itemId).GetAsync();

    private ReviewItemView? FindOpen(string key) =>
        openByKey.TryGetValue(key, out var id) ? open.GetValueOrDefault(id) : null;

    // The key, which callers use as the item's id (a disclosure request's review item id), unless an item of the same
    // key is still open or among the latest decisions: then the key and a number never used before ("~", which no key
    // contains, so it cannot meet another key or an id written as key-N before).
    private string NewId(string key) =>
        open.ContainsKey(key) || recentDecided.Contains(key) ? $"{key}~{++S.LastItem}" : key;

    private Task OpenAsync(ReviewItemView item)
    {
        open[item.Id] = item;
        openByKey[item.Item.Key] = item.Id;
        S.Open.Add(item.Id);
        return Record(item.Id).StoreAsync(item);
    }

    // A change of an open item: its record alone is written.
    private Task ChangeAsync(ReviewItemView item)
    {
        var changed = item with { Revision = item.Revision + 1 };
        open[changed.Id] = changed;
        return Record(changed.Id).StoreAsync(changed);
    }

    private void RememberDecided(string itemId)
    {
        decidedChanged = true;
        recentDecided.Remove(itemId);
        recentDecided.Add(itemId);
        if (recentDecided.Count > RecentDecisions)
        {
            recentDecided.RemoveRange(0, recentDecided.Count - RecentDecisions);
        }
    }

    private Task StoreDecidedAsync()
    {
        decidedChanged = false;
        return DecidedPage.StoreAsync(new ReviewPage(++decidedRevision, [.. recentDecided], []));
    }

    // Reads the pages the state points at: a page missing (its write failed) reads as empty, and its ids or alerts are
    // still in the state.
    private async Task LoadPagesAsync()
    {
        foreach (var chunk in S.OpenPages.Chunk(RecordCallsAtOnce))
        {
            var pages = await Task.WhenAll(chunk.Select(n => Page(n).GetAsync()));
            for (var i = 0; i < chunk.Length; i++)
            {
                openPages[chunk[i]] = new OpenPage(pages[i]?.Revision ?? 0, [.. pages[i]?.Ids ?? []]);
                foreach (var id in pages[i]?.Ids ?? [])
                {
                    pageOf[id] = chunk[i];
                }
            }
        }

        var alertPages = await Task.WhenAll(S.AlertPages.Select(n => Page(n).GetAsync()));
        recentAlerts.AddRange(alertPages.SelectMany(p => p?.Alerts ?? []).Concat(S.AlertRefs)
            .DistinctBy(a => a.Sequence).OrderBy(a => a.Sequence).TakeLast(KeptAlerts));
    }

    // Moves full pages of the oldest open ids out of the state into page records. An id leaves the state only once its
    // page is stored, so a failed page write loses none; the queue then deactivates and reads its storage again. A call
    // made while another pages (calls interleave) leaves the rest to that one, which looks again after each page.
    private async Task PageOpenIdsAsync()
    {
        if (pagingOpen)
        {
            return;
        }

        pagingOpen = true;
        try
        {
            while (S.Open.Where(id => !pageOf.ContainsKey(id)).Take(PageSize).ToList() is { Count: PageSize } ids)
            {
                var n = ++S.LastPage;
                S.OpenPages.Add(n);
                openPages[n] = new OpenPage(0, ids);
                ids.ForEach(id => pageOf[id] = n);
                await StorePageAsync(n);
                S.Open.RemoveAll(id => pageOf.TryGetValue(id, out var page) && page == n);
                await writes.SaveAsync();
            }
        }
        catch
        {
            this.DeactivateOnIdle();
            throw;
        }
        finally
        {
            pagingOpen = false;
        }
    }

    // Moves full pages of the oldest alerts out of the state, as above, and drops the pages no longer kept.
    private async Task PageAlertsAsync()
    {
        if (pagingAlerts)
        {
            return;
        }

        pagingAlerts = true;
        try
        {
            while (S.AlertRefs.Count >= PageSize)
            {
                var n = ++S.LastPage;
                S.AlertPages.Add(n);
                await Page(n).StoreAsync(new ReviewPage(1, [], [.. S.AlertRefs.Take(PageSize)]));
                S.AlertRefs.RemoveRange(0, PageSize);
                long? dropped = null;
                if (S.AlertPages.Count > KeptAlerts / PageSize + 1)
                {
                    dropped = S.AlertPages[0];
                    S.AlertPages.RemoveAt(0);
                }

                await writes.SaveAsync();
                if (dropped is { } old)
                {
                    await Page(old).ClearAsync();
                }
            }
        }
        catch
        {
            this.DeactivateOnIdle();
            throw;
        }
        finally
        {
            pagingAlerts = false;
        }
    }

    // Writes a page of open ids as it stands in memory; an emptied page leaves the state and storage.
    private Task StorePageAsync(long n)
    {
        var page = openPages[n];
        page.Revision++;
        if (page.Ids.Count > 0)
        {
            return Page(n).StoreAsync(new ReviewPage(page.Revision, [.. page.Ids], []));
        }

        openPages.Remove(n);
        S.OpenPages.Remove(n);
        return Task.WhenAll(writes.SaveAsync(), Page(n).ClearAsync());
    }

    private IReviewItemGrain Record(string itemId) => ReviewItemGrain.For(GrainFactory, QueueKey, itemId);

    // The latest item of a key the platform withdrew (closed uncounted), with what deciding it was to do: "~superseded" after the key,
    // which no item id ends with (an id is its key, or its key and "~" and a number; see NewId).
    private IReviewItemGrain Superseded(string key) => Record($"{key}~superseded");

    private IReportReceiptGrain Receipt(string receiptId) => ReportReceiptGrain.For(GrainFactory, QueueKey, receiptId);

    private IReviewPageGrain Page(long n) => ReviewPageGrain.For(GrainFactory, QueueKey, n);

    private IReviewPageGrain DecidedPage => ReviewPageGrain.Decided(GrainFactory, QueueKey);

    private sealed class OpenPage(long revision, List<string> ids)
    {
        public long Revision { get; set; } = revision;

        public List<string> Ids { get; } = ids;
    }

    private static Exception NotFound(string itemId) =>
        DomainProblem.NotFound("review.not_found", $"審査項目「{DomainProblem.Echo(itemId)}」は見つかりません。").ToException();
}
