using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// Not a violation: an account's followers, subscribers or views grown by ordinary work on it ("Instagramの運用代行。投稿企画と分析で、
/// フォロワーを自然に増やしたい（購入やツールは使いません）", "TikTokのフォロワーを伸ばしたいので、企画と撮影をお願いします"). The rules
/// allow it; the trained scorer, reading "フォロワー 増やす" in the n-grams, would hold it as external_tos. So when no external-terms rule
/// found anything, the count is said to grow, the work that grows it is named, and nothing in the text buys, automates, fakes or trades
/// the count or the account (unless refused: "購入やツールは使いません"), the check says so with an <see cref="Decision.Allow"/>
/// finding <c>tos.ordinary_growth</c> in external_tos, which decides nothing and which the scorer reads as the rules clearing that
/// category (docs/adr/0009-a-rule-may-clear-a-category.md). Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class OrdinaryGrowthRules(Lexicon lex)
{
    /// <summary>The code the scorer is told to honour (its scorer.json <c>clearedBy</c>).</summary>
    public const string Code = "tos.ordinary_growth";

    private const string ReasonJa = "投稿・運用などの作業でアカウントを伸ばす通常のお仕事と判断しました（購入・自動化ツール・水増し・アカウント売買の記載はありません）。";

    // An account's count: followers, subscribers, views, likes, reach.
    private readonly CueSet _count = lex.Add(
        "フォロワー", "登録者", "チャンネル登録", "再生数", "再生回数", "視聴回数", "閲覧数", "いいね数", "いいね", "ファン", "友だち数", "友達数",
        "インプレッション", "リーチ", "エンゲージメント", "pv", "アクセス数", "視聴者");

    // The count grown, right after it: "フォロワーを自然に増やしたい", "登録者数アップ", "再生回数を伸ばす".
    private readonly CueSet _grow = lex.Add(
        "増や", "増え", "伸ば", "伸び", "増加", "アップ", "獲得", "集め", "拡大", "向上", "上げ", "倍に", "伸長", "成長");

    // The work that grows it honestly, near the count: running the account, planning, posting, analysing, making the content.
    private readonly CueSet _work = lex.Add(
        "運用", "企画", "投稿", "分析", "撮影", "編集", "改善", "コンテンツ", "発信", "サムネ", "台本", "ライティング", "デザイン", "コンサル",
        "自然に", "オーガニック", "地道", "戦略", "設計", "ハッシュタグ", "リール", "ショート動画", "動画制作", "記事", "ブランディング",
        "アドバイス", "講座", "ノウハウ", "添削", "構成", "キャプション", "ライブ配信", "交流", "コメント返信");

    // What buys, automates, fakes or trades the count or the account, anywhere in the text: any of these, unless refused, leaves the
    // scorer alone. Broad on purpose: the scorer is the net under the rules, and a text that names any of them is for it to weigh.
    private readonly CueSet _risk = lex.Add(
        // Bought or sold: the count, or the account itself.
        "購入", "買", "課金して", "売却", "売買", "転売", "譲渡", "譲って", "お譲り", "譲ります", "買取", "買い取", "売る予定", "アカウントを売",
        "アカウント売", "アカウントを販売", "アカウントの販売", "アカウントごと", "業者", "格安",
        // Automated, or done by other accounts: tools, bots, several accounts, follow-for-follow.
        "ツール", "自動", "bot", "ボット", "複数アカ", "複数のアカ", "サブアカ", "サブ垢", "捨てアカ", "捨て垢", "別アカ", "人数分", "相互フォロー",
        "フォロー返し", "フォロバ", "いいね回り", "いいね周り", "アンフォロー", "一括フォロー", "大量",
        // Faked: padded counts, planted voices, engagement asked of others, ranks and reviews.
        "水増し", "サクラ", "さくら", "やらせ", "ヤラセ", "偽", "いいねして", "いいねを押", "フォローして", "登録して", "拡散して", "リツイートして",
        "リポストして", "シェアして", "再生して", "視聴して", "ランキング", "順位", "トレンド入り", "レビュー", "口コミ", "★5", "星5",
        // A number promised, fast: "1万人保証", "即日", "一気に".
        "保証", "確約", "お約束", "確実に増", "必ず増", "確実に伸", "必ず伸", "即日", "一気に", "短期間で", "爆速", "外国人", "海外のフォロワー",
        "海外フォロワー", "1フォロワー", "1いいね", "1再生",
        // Hidden from the service: "バレない", "裏技", "抜け道".
        "バレ", "ばれ", "裏技", "抜け道");

    // A tool that measures or makes the posts, not one that follows or likes: "分析ツール", "予約投稿ツール", "編集ツール".
    private readonly CueSet _toolKind = lex.Add("分析", "解析", "計測", "編集", "デザイン", "予約投稿", "画像作成", "動画作成", "インサイト");

    /// <summary>
    /// The allow finding for an account's count grown by ordinary work, or null. Asked only when no external-terms rule found anything;
    /// <paramref name="no"/> tells a refused risk ("購入やツールは使いません") from one asked for.
    /// </summary>
    public Finding? Clears(ContentText text, StateChange change, TosProhibition no)
    {
        var grown = text.FirstWhere(_count, this, static (t, h, self) => t.In(self._grow, t.After(h, 12)) && t.In(self._work, t.Near(h, 120, 120)));
        if (grown is not { } g || text.FirstWhere(_risk, (Self: this, No: no), static (t, h, s) => !s.No.IsProhibited(t, h) && !s.Self.IsMakingTool(t, h)) is not null
            || CountPriced(text))
        {
            return null;
        }

        var work = text.FindIn(_work, text.Near(g, 120, 120));
        return Findings.One(change, text, Categories.ExternalTos, Decision.Allow, 0.7, Code, ReasonJa, false, work is { } w ? [g, w] : [g]);
    }

    // "分析ツール", "予約投稿ツールで": a tool for the posts, named right before "ツール".
    private bool IsMakingTool(ContentText text, Hit risk) =>
        text.Folded.AsSpan(risk.Start).StartsWith(Tool) && text.FindIn(_toolKind, text.Near(risk, 6, 0)) is { } k && k.End >= risk.Start - 1;

    private static readonly string Tool = Platform.Checks.Text.TextFolder.Fold("ツール", decodeDigits: false).Folded;

    // A number written right before a count ("1万フォロワー", "500いいね"): a block of engagement sold or promised, not grown.
    private bool CountPriced(ContentText text) =>
        text.FirstWhere(_count, this, static (t, h, _) => h.Start > 0 && (char.IsAsciiDigit(t.Folded[h.Start - 1]) || t.Folded[h.Start - 1] is '万' or '千' or '百')) is not null;
}
