using Bogus;

namespace Platform.LoadTest.Traffic;

/// <summary>Ordinary marketplace writing: proposals, thread and contract messages, delivery notes, ratings.</summary>
internal static class CleanTexts
{
    private static readonly string[] Openers =
    [
        "{0}様、はじめまして。", "{0}様、お世話になっております。", "ご連絡ありがとうございます。", "お疲れさまです。", "{0}様、いつもありがとうございます。",
    ];

    private static readonly string[] ProposalBodies =
    [
        "これまで同様の案件を{1}件ほど担当してきました。{2}日で初稿をお出しできます。",
        "ポートフォリオはプロフィールに掲載しています。ご予算内で、修正{1}回まで対応いたします。",
        "平日は毎日{1}時間ほど作業時間を確保できます。進捗はこのメッセージ機能でこまめにご報告します。",
        "ご依頼内容を拝見し、まず構成案をお送りしてから着手する進め方をご提案します。納期は{2}日を想定しています。",
    ];

    private static readonly string[] ThreadMessages =
    [
        "ご質問ありがとうございます。参考資料はどの程度ご用意いただけますでしょうか。",
        "納期について、{2}日後の初稿提出でも問題ないでしょうか。",
        "修正回数は{1}回まで含めてお見積もりしています。",
        "過去の制作実績を{1}点、ポートフォリオにまとめております。ご確認ください。",
        "ご予算の範囲で対応可能です。詳細はご契約後にこちらのメッセージでご相談させてください。",
        "ありがとうございます。前向きに検討させていただきます。",
    ];

    private static readonly string[] ContractMessages =
    [
        "仮払いを確認しました。本日より着手いたします。",
        "進捗のご報告です。全体の{3}割ほど完了しました。",
        "確認ありがとうございます。いただいた修正点を反映しました。",
        "素材を受け取りました。{2}日以内に初稿をお送りします。",
        "念のため確認です。納品形式はPNGとAIの両方でよろしいでしょうか。",
        "お世話になっております。ご指摘の箇所、明日中に修正いたします。",
        "初稿を添付いたしました。ご確認のほどよろしくお願いいたします。",
        "了解しました。その方向で進めます。",
    ];

    private static readonly string[] Closers = ["よろしくお願いいたします。", "引き続きよろしくお願いします。", "ご検討のほどよろしくお願いいたします。", ""];

    private static readonly string[] DeliveryNotes =
    [
        "成果物を納品いたします。ご確認をお願いします。", "最終版を納品します。修正点はすべて反映済みです。",
        "データ一式をお送りします。不明点があればメッセージでお知らせください。", "ご依頼の{1}点を納品いたします。",
    ];

    private static readonly string[] RatingComments =
    [
        "丁寧なやり取りで、安心してお任せできました。", "納期より早く納品していただきました。", "また機会があればお願いしたいです。", "",
    ];

    public static string Proposal(Faker f, string clientName) => Compose(f, clientName, f.PickRandom(ProposalBodies));

    public static string ThreadMessage(Faker f, string otherName) => Compose(f, otherName, f.PickRandom(ThreadMessages));

    public static string ContractMessage(Faker f, string otherName) => Compose(f, otherName, f.PickRandom(ContractMessages));

    public static string DeliveryNote(Faker f) => Fill(f, f.PickRandom(DeliveryNotes), "");

    public static string RatingComment(Faker f) => f.PickRandom(RatingComments);

    private static string Compose(Faker f, string otherName, string body) =>
        $"{Fill(f, f.PickRandom(Openers), otherName)}{Fill(f, body, otherName)}{f.PickRandom(Closers)}";

    private static string Fill(Faker f, string template, string name) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name, f.Random.Number(2, 12), f.Random.Number(3, 14), f.Random.Number(2, 8));
}
