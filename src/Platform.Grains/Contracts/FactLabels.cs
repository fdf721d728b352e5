using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Grains.Users;

namespace Platform.Grains.Contracts;

/// <summary>
/// Japanese words for the codes a dispute fact sheet shows, each with its code beside it (「納品（delivered）」), so a
/// reader finds both the meaning and the stable code; an unknown code is shown as it is.
/// </summary>
internal static class FactLabels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["job_posted"] = "募集の掲載",
        ["job_edited"] = "募集内容の変更",
        ["proposal"] = "提案",
        ["proposal_message"] = "提案時のメッセージ",
        ["message"] = "メッセージ",
        ["contracted"] = "契約締結",
        ["escrow_funded"] = "仮払い",
        ["delivered"] = "納品",
        ["accepted"] = "検収",
        ["paid"] = "支払い確定",
        ["cancelled"] = "キャンセル",
        ["termination_requested"] = "契約途中終了リクエスト",
        ["terminated"] = "契約途中終了（合意）",
        ["termination_refused"] = "契約途中終了リクエストの拒否",
        ["termination_lapsed"] = "契約途中終了リクエストの失効",
        ["rated"] = "評価",
        ["message_held"] = "メッセージの保留",
        ["message_blocked"] = "メッセージのブロック",
        ["message_recalled"] = "メッセージの審査待ちへの戻し",
        ["message_released"] = "保留メッセージの配信",
        ["message_rejected"] = "保留メッセージの不配信",
        ["text_released"] = "非表示の文面の表示",
        ["disclosure_requested"] = "連絡先公開申請",
        ["disclosure_approved"] = "連絡先公開申請の承認",
        ["disclosure_denied"] = "連絡先公開申請の却下",
        ["disclosure_escalated"] = "連絡先公開申請の期限超過",
        ["disclosure_revoked"] = "連絡先公開の取り消し",
        ["disclosure_withdrawn"] = "連絡先公開申請の取り下げ",
        ["disclosure_reinstated"] = "連絡先公開の取り消しの撤回",
        ["nudge_requested"] = "連絡催促申請",
        ["nudge_reminder"] = "連絡催促",
        ["nudge_answered"] = "連絡催促の終了（応答あり）",
        ["nudge_stopped"] = "連絡催促の終了",
        ["nudge_settled_payment_confirmed"] = "連絡催促による支払い確定",
        ["nudge_settled_cancelled_refunded"] = "連絡催促によるキャンセル・返金",
        ["nudge_settled_none"] = "連絡催促の終了（処理なし）",
    };

    private static readonly Dictionary<string, string> Stages = new(StringComparer.Ordinal)
    {
        ["contracted"] = "契約済み（仮払い前）",
        ["escrow_funded"] = "仮払い済み",
        ["delivered"] = "納品済み",
        ["accepted"] = "検収済み",
        ["paid"] = "支払い確定",
        ["cancelled"] = "キャンセル",
    };

    private static readonly Dictionary<string, string> Disclosures = new(StringComparer.Ordinal)
    {
        ["none"] = "申請なし",
        ["requested"] = "申請中",
        ["approved"] = "承認",
        ["denied"] = "却下",
        ["revoked"] = "取り消し",
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["delivered"] = "配信",
        ["held"] = "保留（審査待ち）",
        ["blocked"] = "ブロック",
        ["released"] = "非表示の後、審査を経て表示",
        [Common.MessageRecord.Queuing] = "保留の登録中",
        [Common.MessageRecord.Refused] = "保留の登録に失敗（未配信）",
        [Jobs.WithdrawnTexts.Status] = "送信者の強制退会により未配信",
    };

    // The categories a hold can have besides a violation or advice (those are named by Categories.NameJa).
    private static readonly Dictionary<string, string> CategoryNames = new(StringComparer.Ordinal)
    {
        [CheckUnavailable.Category] = "確認が完了しなかったため保留",
        [MassSends.Code] = "一斉送信",
        ["review"] = "要確認",
    };

    private static readonly Dictionary<string, string> BudgetKinds = new(StringComparer.Ordinal)
    {
        ["fixed"] = "固定報酬",
        ["hourly"] = "時間単価",
    };

    public static string Kind(string code) => With(Kinds, code);

    public static string Stage(string code) => With(Stages, code);

    public static string Disclosure(string code) => With(Disclosures, code);

    public static string Status(string code) => With(Statuses, code);

    public static string Category(string code) =>
        Categories.NameJa(code) is { } name ? $"{name}（{code}）" : With(CategoryNames, code);

    public static string BudgetKind(string code) => With(BudgetKinds, code);

    /// <summary>Why a text was withheld: the categories of the findings that held or blocked it, each once (「直接取引・サイト外取引（off_platform_contact）」).</summary>
    public static string Why(IReadOnlyList<FindingView> findings) => string.Join("、", findings
        .Where(f => f.Decision is "hold" or "block")
        .Select(f => f.Category)
        .Distinct(StringComparer.Ordinal)
        .Select(Category));

    /// <summary>What became of a text, and why when it was withheld: 「ブロック（blocked）：直接取引・サイト外取引（off_platform_contact）」.</summary>
    public static string Marked(string status, IReadOnlyList<FindingView> findings) =>
        Why(findings) is { Length: > 0 } why && status != "delivered" ? $"{Status(status)}：{why}" : Status(status);

    private static string With(Dictionary<string, string> names, string code) =>
        names.TryGetValue(code, out var name) ? $"{name}（{code}）" : code;
}
