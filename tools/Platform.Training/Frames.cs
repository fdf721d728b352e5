namespace Platform.Training;

/// <summary>Openings, closings and job-post conditions wrapped around the core sentence, polite and casual.</summary>
public static class Frames
{
    public static readonly string[] Openers =
    [
        "お世話になっております。", "はじめまして。", "ご連絡ありがとうございます。", "いつもありがとうございます。", "お疲れさまです。",
        "どうもです！", "了解です〜", "ありがとうございます！", "おつかれさまです！", "突然のご連絡失礼いたします。",
        "ご依頼ありがとうございます。", "度々すみません。", "", "", "",
    ];

    public static readonly string[] Closers =
    [
        "よろしくお願いいたします。", "ご検討ください。", "よろしくです！", "お返事お待ちしています。", "ご不明点があればお知らせください。",
        "よろしくお願いします🙏", "どうぞよろしくお願いいたします。", "", "", "",
    ];

    public static readonly string[] JobIntros =
    [
        "当社はECサイトを運営しています。", "個人で小さな店を経営しています。", "美容系の商品を扱う会社です。",
        "地方のカフェです。", "スタートアップの広報担当です。", "副業で物販をしています。", "", "",
    ];

    public static readonly string[] JobConditions =
    [
        "納期：{date}", "予算：{price}", "募集人数：{count}名", "未経験の方も歓迎します。", "継続してお願いできる方を優先します。",
        "作業時間は週に数時間程度です。", "スマホだけで作業できます。", "", "",
    ];

    public static readonly string[] ProposalIntros =
    [
        "はじめまして、{name}と申します。", "{skill}を専門にしている{name}です。", "ご依頼内容を拝見しました。",
        "ぜひお手伝いさせてください。", "",
    ];

    public static readonly string[] ProfileIntros =
    [
        "{skill}をしている{name}です。", "フリーランス歴{count}年です。", "主婦ワーカーです。", "会社員をしながら副業しています。", "",
    ];
}
