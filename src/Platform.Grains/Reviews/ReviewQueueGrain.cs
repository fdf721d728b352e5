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
/// reads the item again after the wait.
/// </remarks>
internal sealed class ReviewQueueGrain : Grain, IReviewQueueGrain
{
    private const int KeptAlerts = 1000;
    private const int MaxCommentLength = 2000;

    private static readonly string[] TargetKinds = ["job", "message", "proposal", "user"];

    private readonly IPersistentState<ReviewQueueState> state;
    private readonly SupportAlerts alerts;
    private readonly TimeProvider clock;
    private readonly SharedWrites<ReviewQueueState> writes;

    public ReviewQueueGrain(
        [PersistentState("reviews", GrainStorage.Name)] IPersistentState<ReviewQueueState> state, SupportAlerts alerts, TimeProvider clock)
    {
        this.state = state;
        this.alerts = alerts;
        this.clock = clock;
        writes = new SharedWrites<ReviewQueueState>(state, GrainContext);
    }

    private ReviewQueueState S => state.State;

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

        var id = S.Items.ContainsKey(item.Key) ? $"{item.Key}-{S.Items.Count + 1}" : item.Key;
        var view = new ReviewItemView { Id = id, Item = item, CreatedAt = now, Severity = item.Severity };
        S.Items[id] = view;
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
            var id = S.Items.ContainsKey(key) ? $"{key}-{S.Items.Count + 1}" : key;
            S.Items[id] = new ReviewItemView
            {
                Id = id,
                Item = new NewReviewItem("report", "user", target.SourceKind, target.SourceId, target.ItemId, target.Subject, report.Category,
                    $"report.{report.Category}", $"違反申告（{report.TargetKind} {report.TargetId}）", 2, BusinessCalendar.DueAfter(now, 2), key),
                CreatedAt = now,
                Severity = 2,
                Reporters = [reporter.UserId],
                Comments = comment,
            };
        }

        await writes.SaveAsync();
        await Stats.AddAsync(GrainFactory, now, Stats.ReportReceived);
        return receipt;
    }

    public Task<ReportReceipt> GetReceiptAsync(string receiptId, string viewerId) =>
        S.Receipts.TryGetValue(receiptId, out var receipt) && receipt.ReporterId == viewerId
            ? Task.FromResult(receipt)
            : throw DomainProblem.NotFound("report.not_found", $"申告の受付番号「{receiptId}」は見つかりません。").ToException();

    public Task<IReadOnlyList<ReviewItemView>> ListAsync(string? status)
    {
        IReadOnlyList<ReviewItemView> list = S.Items.Values
            .Where(i => status switch
            {
                "open" => i.Status == "open",
                "decided" => i.Status != "open",
                _ => true,
            })
            .OrderBy(i => i.Status == "open" ? 0 : 1)
            .ThenBy(i => i.Item.DueAt)
            .ThenByDescending(i => i.Severity)
            .ThenBy(i => i.CreatedAt)
            .ToArray();
        return Task.FromResult(list);
    }

    public Task<ReviewItemView> GetAsync(string itemId) => Task.FromResult(Require(itemId));

    public async Task<ReviewItemView> DecideAsync(string itemId, string reviewerId, bool approve, string reasonJa)
    {
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.RequiredText("reason", reasonJa, MaxCommentLength),
            Validate.RequiredText("reviewer", reviewerId, 100)));
        var item = Require(itemId);
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
        S.Items[itemId] = decided;
        await writes.SaveAsync();
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
        S.Items.Values.FirstOrDefault(i => i.Item.Key == key && i.Status == "open");

    private ReviewItemView Require(string itemId) => S.Items.TryGetValue(itemId, out var item)
        ? item
        : throw DomainProblem.NotFound("review.not_found", $"審査項目「{itemId}」は見つかりません。").ToException();
}
