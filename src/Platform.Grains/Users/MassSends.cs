using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Grains.Reviews;

namespace Platform.Grains.Users;

/// <summary>What a detected mass-send does: every copy goes back to review, and the support team hears of it at once.</summary>
internal static class MassSends
{
    public const string Code = "mass_send";

    public static string ReasonJa(int recipients) =>
        $"ほぼ同じ内容のメッセージが短時間に{recipients}人以上へ送られています（一斉送信の疑い）。詐欺・勧誘の可能性があるため、審査が終わるまで配信を止めました。";

    /// <summary>
    /// The finding a copy carries, the whole message as evidence: in its own thread the field is <c>text</c>; in the
    /// sender's alert it names the thread and message.
    /// </summary>
    public static FindingView Finding(SentCopy copy, int recipients, string field = "text") => Finding(copy.Excerpt, recipients, field);

    /// <summary>The finding of a copy with text <paramref name="text"/>.</summary>
    public static FindingView Finding(string text, int recipients, string field = "text") => new(
        Code, "hold", Code, ReasonJa(recipients), 1.0, [new EvidenceView(field, 0, text.Length, text)]);

    /// <summary>
    /// Records a message the sender is about to deliver in their mass-send window and returns its verdict: held, with
    /// the mass-send finding added, when it is a copy of a mass-send (the one completing it or a later one), whatever else
    /// held it already; otherwise <paramref name="verdict"/> as it is. A blocked message is never delivered, so it is
    /// neither recorded nor asked about. One call to the sender's grain per message, as before the copy was held at once.
    /// </summary>
    public static async Task<VerdictView> RecordAsync(IGrainFactory grains, string senderId, SentMessage sent, VerdictView verdict) =>
        verdict.Decision == "block" || await grains.Grain<IUserGrain>(senderId).RecordSentAsync(sent) is not { } finding
            ? verdict
            : new VerdictView("hold", [.. verdict.Findings, finding]);

    /// <summary>
    /// The audit entry of a change held as a mass-send copy (<paramref name="entry"/>: what the checks decided, if worth
    /// keeping), or of a delivered message pulled back: the checks' runs and a run named after the finding's code, with it.
    /// </summary>
    public static AuditEntry Audited(AuditEntry? entry, string change, string messageId, FindingView finding, DateTimeOffset at)
    {
        var run = new CheckRunView(finding.Code, "1", "enforce", "ok", [finding], 0, null);
        return entry is null
            ? new AuditEntry(at, change, messageId, "hold", [run], [])
            : entry with { Decision = "hold", Runs = [.. entry.Runs, run] };
    }

    /// <summary>Pulls every copy back into review in its own thread; returns how many were still delivered.</summary>
    public static async Task<int> PullBackAsync(IGrainFactory grains, IReadOnlyList<SentCopy> copies, int recipients)
    {
        var recalled = await Task.WhenAll(copies.Select(c => c.SourceKind == "contract"
            ? grains.Grain<IContractGrain>(c.SourceId).RecallMessageAsync(c.MessageId, Finding(c, recipients))
            : grains.Grain<IJobGrain>(c.SourceId).RecallMessageAsync(c.MessageId, Finding(c, recipients))));
        return recalled.Count(r => r);
    }

    /// <summary>One review item for the sender, with every copy as evidence, raised as an alert to the support team.</summary>
    public static Task AlertAsync(IGrainFactory grains, string senderId, IReadOnlyList<SentCopy> copies, int recipients, DateTimeOffset now) =>
        ReviewHooks.Queue(grains).EnqueueAsync(new NewReviewItem(
            "detection", "auto", "user", senderId, null, senderId, Code, Code,
            $"自動検知：ユーザー「{senderId}」が、ほぼ同じメッセージを{recipients}人以上に一斉送信しました。該当するメッセージはすべて審査待ちにし、受信者には表示していません（対象は検出内容の一覧、以後の送信分も追加されます）。",
            3, BusinessCalendar.DueAfter(now, 1), $"mass-send-{senderId}")
        {
            Findings = copies.Select(c => Finding(c, recipients, $"{c.SourceKind}:{c.SourceId}:{c.MessageId}")).ToArray(),
        });
}
