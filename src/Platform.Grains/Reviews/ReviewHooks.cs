using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Reviews;
using Platform.Domain.Trust;

namespace Platform.Grains.Reviews;

/// <summary>How grains put what they hold into the review queue (awaited: a hold is acknowledged once its item is stored).</summary>
internal static class ReviewHooks
{
    public const string QueueKey = "default";

    public static IReviewQueueGrain Queue(IGrainFactory grains) => grains.Grain<IReviewQueueGrain>(QueueKey);

    /// <summary>
    /// A message, job post or proposal held by a compliance decision; <paramref name="requeued"/>: held again and queued again after
    /// the platform closed its item (<see cref="NewReviewItem.Requeued"/>).
    /// </summary>
    public static Task HeldAsync(IGrainFactory grains, string kind, string sourceKind, string sourceId, string? itemId, string? subjectUserId,
        VerdictView verdict, DateTimeOffset at, string key, bool requeued = false)
    {
        // Filed under the most severe finding that holds it (a mass-send copy under mass_send, whatever else holds it).
        var finding = verdict.Findings.Where(f => f.Decision == "hold").MaxBy(f => Severity(f.Category)) ?? verdict.Findings.FirstOrDefault();
        var what = kind switch
        {
            "message" => "メッセージ",
            "job" => "募集",
            _ => "提案",
        };
        return Queue(grains).EnqueueAsync(new NewReviewItem(
            kind, "auto", sourceKind, sourceId, itemId, subjectUserId, finding?.Category, finding?.Code ?? "hold",
            $"{what}が審査待ちです：{finding?.ReasonJa ?? "自動検知により保留されました。"}",
            Severity(finding?.Category), BusinessCalendar.DueAfter(at, 1), key) { Findings = verdict.Findings, Requeued = requeued });
    }

    public static int Severity(string? category) => category switch
    {
        "fake_official" or "other_illegal" or "mlm" or "mass_send" => 3,
        "off_platform_contact" or "external_tos" => 2,
        _ => 1,
    };
}
