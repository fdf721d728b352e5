using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング, a paid post passed off as the writer's own choice: readers told the product was bought, found or given
/// privately ("あくまで『自腹で買った』と書いてください。お金はちゃんとお支払いします", "“自分で見つけた保険”として載せて…追加仮払いで",
/// "聞かれても、友達にもらったって答えてくださいね"), and the sponsored feel taken down to nothing ("『案件』っぽさゼロで"). A claim
/// ruled out ("自腹で買ったと書くのはステマになるので") or a post whose disclosure is promised is not. Part of
/// <see cref="StealthMarketingDetector"/>.
/// </summary>
internal sealed class IndependenceClaimRules(Lexicon lex)
{
    // The product bought, found or received privately, as the readers are to be told.
    private static IEnumerable<string> PrivateClaims()
    {
        string[] bought = ["自腹で", "自分で", "自費で", "自分のお金で", "ご自身で"];
        string[] how = ["買った", "購入した", "見つけた", "発見した"];
        string[] giver = ["友達に", "友人に", "知人に", "家族に", "親に", "彼氏に", "彼女に", "夫に", "妻に", "知り合いに"];
        string[] given = ["もらった", "貰った", "いただいた", "頂いた", "プレゼントされた"];
        // A visit or a stay claimed as paid out of the writer's own pocket: "『自腹で行ってきた』として掲載".
        string[] ownPocket = ["自腹で", "自費で", "自分のお金で"];
        string[] visited = ["行った", "行ってきた", "泊まった", "食べた", "受けた", "通った", "利用した", "使った", "受講した", "来店した", "体験した", "申し込んだ"];
        return bought.SelectMany(b => how.Select(h => b + h)).Concat(giver.SelectMany(g => given.Select(v => g + v)))
            .Concat(ownPocket.SelectMany(o => visited.Select(v => o + v)))
            .Concat(["たまたま買った", "偶然買った", "もらい物", "貰い物", "いただき物", "頂き物"]);
    }

    private readonly CueSet _privateClaim = lex.Add([.. PrivateClaims()]);

    // Told or written to the readers that way: "と書いてください", "って答えて", "として載せて", "ことにして".
    private readonly CueSet _toldAs = lex.Add(
        "と書いて", "と書き", "と書く", "って書いて", "って書き", "と言って", "って言って", "と答えて", "って答えて", "と答え", "と伝えて", "って伝えて",
        "と紹介", "って紹介", "として載せ", "として紹介", "として投稿", "として書", "として掲載", "として発信", "としてアップ", "ことにして", "ってことに",
        "ということに", "という体", "って体", "という設定", "という形で", "風に書", "ように書", "ように見せ");

    // The post paid for or placed by the advertiser: "お金はちゃんとお支払いします", "掲載分は追加仮払いで", "案件の内容は".
    private readonly CueSet _paid = lex.Add(
        "お支払", "支払い", "報酬", "謝礼", "円", "案件", "仮払い", "ギャラ", "商品をお送り", "商品はお送り", "お送りします", "提供します", "無償提供");

    // The claim itself ruled out: "自腹で買ったと書くのはステマになるので", "…と書くのはNG".
    private readonly CueSet _ruledOut = lex.Add(
        "ステマ", "ng", "禁止", "できません", "お断り", "しません", "違反", "いけません", "やめ", "ダメ", "だめ", "避け");

    // The sponsored feel taken down to nothing.
    private static IEnumerable<string> FeelZeroed()
    {
        string[] what = ["案件", "広告", "宣伝", "pr", "タイアップ", "ステマ", "依頼"];
        string[] feel = ["っぽさ", "感", "臭さ", "色"];
        string[] gone = ["ゼロ", "なし", "無し", "を消", "は消", "を出さ", "は出さ", "を感じさせない"];
        return what.SelectMany(w => feel.SelectMany(f => gone.Select(g => w + f + g)));
    }

    private readonly CueSet _feelZeroed = lex.Add([.. FeelZeroed()]);

    private readonly CueSet _post = lex.Add(
        "投稿", "記事", "レビュー", "口コミ", "動画", "紹介", "sns", "ブログ", "インスタ", "ポスト", "ツイート", "撮影", "配信", "フォロワー", "読者");

    // Posted from the advertiser's own account, where who speaks is plain.
    private readonly CueSet _ownAccount = lex.Add("公式アカウント", "自社アカウント", "企業アカウント", "ブランドアカウント", "店舗アカウント");

    /// <summary>The finding for a paid post passed off as the writer's own choice, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa, StagedReviewRules staged)
    {
        if (staged.IsDisclosurePromised(text))
        {
            return null;
        }

        var claimed = text.FirstWhere(
            _privateClaim,
            this,
            static (t, h, self) => t.FindIn(self._toldAs, t.After(h, 20)) is { } told && !t.In(self._ruledOut, t.After(told, 24))
                && t.In(self._paid, t.Near(h, 150, 150)));
        if (claimed is { } c)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", reasonJa, false, c);
        }

        var zeroed = text.FirstWhere(
            _feelZeroed, this, static (t, h, self) => t.In(self._post, t.Near(h, 80, 80)) && !t.Has(self._ownAccount) && !t.In(self._ruledOut, t.After(h, 12)));
        return zeroed is { } z
            ? Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.hidden_ad", reasonJa, false, z)
            : null;
    }
}
