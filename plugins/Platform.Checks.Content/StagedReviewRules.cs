using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング, reviews and testimonials staged in ways the detector's cue phrases do not name: the rating's text
/// written by the one rated, ratings arranged from acquaintances and sold by the piece, a review traded for the product,
/// a persona played ("受講生っぽい言い回しで", "「利用者」として"), customers who do not exist, a find "by chance", an ad presented as
/// something else, the sponsor's feel banned from a post, reviews written from a second account or under several profiles,
/// the review's story dictated; and, held for review, a sponsor credit shrunk. Also the look-alikes the detector asks about:
/// a like count that merely contains "評価を", the writer's own past ("私も元々は普通の主婦でした"), a disclosure kept while the
/// style is asked to look natural. Part of <see cref="StealthMarketingDetector"/>.
/// </summary>
internal sealed class StagedReviewRules(Lexicon lex)
{
    private const string ShrunkReasonJa =
        "広告・提供の表記を小さく・短く・目立たなくする依頼です。表記が読み取れない場合はステルスマーケティングにあたるため、確認後に公開されます。";

    // The rating's text written by the one rated: "コメント案を下書きしました、そのまま貼ってください", "評価の文は用意したのでコピペでいいです".
    private readonly CueSet _scripted = lex.Add(
        "評価文を下書き", "レビュー文を下書き", "口コミ文を下書き", "下書きしておいた", "下書きしました", "文面はこちらで用意", "こちらで用意した文面",
        "例文をそのまま", "コピペでok", "コピペで大丈夫", "コピペでいい", "そのまま使っていただ", "そのまま使ってください", "そのまま貼って", "文面を用意した");

    private readonly CueSet _ratingText = lex.Add(
        "評価文", "レビュー文", "口コミ文", "評価コメント", "★5", "星5", "高評価", "評価を入れ", "評価をつけ", "評価を付け", "評価をお願い",
        "レビューを投稿", "口コミを投稿", "レビューを書", "口コミを書", "の評価と", "評価の文");

    // Replies to reviews written for a shop are the work: "口コミへの返信文をそのまま使えるように".
    private readonly CueSet _reply = lex.Add("返信");

    // Ratings arranged from acquaintances and sold: "友人に★5をつけさせます、1回800円".
    private readonly CueSet _arranged = lex.Add(
        "★5つけさせ", "★5をつけさせ", "★5を付けさせ", "星5つけさせ", "星5をつけさせ", "高評価をつけさせ", "評価をつけさせ", "★5を入れさせ",
        "★5入れさせ", "★5つけてもらう", "★5をつけてもらう");

    private readonly CueSet _price = lex.Add("円");

    // A review traded for the product: "口コミと引き換えにサンプルを差し上げます".
    private readonly CueSet _forGoods = lex.Add(
        "レビュー書いてくれる代わりに", "レビューを書いてくれる代わりに", "口コミ書いてくれる代わりに", "口コミを書いてくれる代わりに",
        "レビューを書く代わりに", "レビューの代わりに", "口コミの代わりに", "レビューと引き換えに", "口コミと引き換えに", "レビューと交換で",
        "レビューしてくれる代わりに");

    private readonly CueSet _goods = lex.Add("商品", "タダ", "無料", "ただで", "プレゼント", "ギフト", "差し上げ");

    // A persona played or a find staged: "受講生っぽい言い回しで", "「利用者」として感想を", "投稿者ごとに違う人が書いたように",
    // "自分で見つけたように見せて", "実在の人物でなくて構いません", "架空のユーザーの体験談", "利用者役で出演".
    private readonly CueSet _persona = lex.AddAct([.. QuotedPersonas(),
        "保護者っぽ", "保護者風", "受講生っぽ", "受講者っぽ", "患者っぽ", "ファンっぽ", "保護者目線", "購入者レビューとして", "購入者の声として",
        "利用者レビューとして", "お客様レビューとして", "ユーザーレビューとして", "お客さん目線の口コミ", "お客様目線の口コミ", "客目線の口コミ",
        "違う人が書いたよう", "バレたことは一度も", "ばれたことは一度も", "自分で見つけた感じ", "自分で見つけたよう", "自分で見つけた体",
        "自分で見つけたてい", "実在の方じゃなく", "実在の方でなく", "実在の方ではなく", "実在の人じゃなく", "実在の人でなく", "実在の人ではなく",
        "実在の人物でなく", "実在の人物ではなく", "実在の人物じゃなく", "架空のユーザー", "架空の体験", "愛用者役",
        "利用者役", "お客様役", "購入者役", "患者役", "たまたま使ってる感じ", "たまたま飲んでる感じ", "たまたま見つけた感じ", "たまたま映", "偶然映",
        "たまたま知った感じ", "受講者が書いたよう", "受講生が書いたよう", "生徒が書いたよう", "保護者が書いたよう", "患者が書いたよう"]);

    private readonly CueSet _testimonial = lex.Add(
        "口コミ", "クチコミ", "レビュー", "体験談", "感想", "お客様の声", "利用者の声", "インタビュー", "書き込", "★5", "星5", "実況", "配信", "画面");

    // An ad presented as something else: "広告ではなく、ファンの感想として掲載".
    private readonly CueSet _notAnAd = lex.Add("広告ではなく", "広告としてではなく", "prではなく", "宣伝ではなく", "案件ではなく", "広告じゃなく");

    private readonly CueSet _presentedAs = lex.Add("として公開", "として掲載", "として投稿", "として配信", "として出", "として紹介", "として載せ");

    // The sponsor's feel banned from a post, or its words said to be left out: "広告感は出さずに", "PRだと分かる言葉は控えて".
    private readonly CueSet _sponsorFeel = lex.Add([.. SponsorFeelBanned()]);

    private readonly CueSet _sponsorKnown = lex.Add(
        "案件だとわかる", "案件だと分かる", "案件とわかる", "案件と分かる", "広告だとわかる", "広告だと分かる", "prだとわかる", "prだと分かる",
        "案件だと気づ", "案件っぽい発言", "案件っぽい表記",
        // Found out or known, said as a risk: "案件だとバレると", "広告だと知られると".
        "案件だとバレ", "案件だとばれ", "案件とバレ", "広告だとバレ", "広告だとばれ", "prだとバレ", "宣伝だとわかる", "宣伝だと分かる", "宣伝とわかる",
        "宣伝だとバレ", "案件だと知られ", "広告だと知られ", "広告とわかる", "広告と分かる");

    // The audience put off once it knows, the reason given for leaving the label out: "案件だとわかると視聴者さんが引いちゃうので".
    private readonly CueSet _putOff = lex.Add(
        "引いちゃ", "引いてしま", "引かれ", "ひいちゃ", "冷め", "離れ", "嫌がられ", "売れなくな", "伸びなくな", "伸びない", "反応が落ち", "反応が悪",
        "身構え", "警戒され", "敬遠され", "見てもらえな", "スルーされ");

    private readonly CueSet _leftOut = lex.Add(
        "はng", "はなし", "なしで", "はなしで", "しないで", "避けて", "は控えて", "は不要", "出さない",
        // "概要欄にも何も書かないで".
        "書かないで", "何も書かない", "触れないで", "言わないで");

    private readonly CueSet _postWork = lex.Add("投稿", "撮影", "動画", "タグ", "配信", "実況", "ストーリーズ", "リール", "紹介", "口コミ", "レビュー");

    // Reviews written from a second account, or accounts made with different profiles: "レビューをサブアカで2件入れて",
    // "プロフィールを変えて3人分".
    private readonly CueSet _secondAccount = lex.Add(
        "別アカで", "複数アカで", "別アカから", "サブアカで", "別アカウントで", "複数アカウントで", "複数のアカウントで", "別垢で");

    private readonly CueSet _writeVerb = lex.Add("書い", "書き込", "投稿", "入れ");

    private readonly CueSet _reviewWord = lex.Add("口コミ", "クチコミ", "レビュー");

    private readonly CueSet _profiles = lex.Add("違うプロフィールで", "別々のプロフィール", "違うプロフィールの", "プロフィールを変えて", "プロフィールをそれぞれ");

    // The review's story dictated: "「駅前で見つけて入った」みたいな口コミを投稿して".
    private readonly CueSet _dictated = lex.Add(
        "」って感じの口コミ", "」って感じのレビュー", "」という感じの口コミ", "」という感じのレビュー", "」みたいな口コミ", "」みたいなレビュー",
        "」って感じで口コミ", "」って口コミを", "」という口コミを", "」というレビューを", "』って感じの口コミ", "』という口コミを");

    private readonly CueSet _ask = lex.Add("書いて", "投稿して", "お願い", "ほしい", "欲しい", "ください", "もらえ", "いただけ");

    // A sponsor credit shrunk or cut short: "スポンサー表示は画面の端に小さく" (held for review).
    private readonly CueSet _credit = lex.Add("提供:", "提供テロップ", "スポンサー表示", "スポンサーのテロップ", "pr表記", "広告表記", "提供表記");

    private readonly CueSet _shrunk = lex.Add("小さく", "短く", "目立たな", "薄く", "端に");

    // The writer's own past in a persona's words: "私も最初は普通の主婦で".
    private readonly CueSet _self = lex.Add("私も", "私は", "私自身", "自分も", "わたしも", "わたしは");

    // The disclosure kept while the style is asked to look natural: "PR表記は必ず付けたうえで、宣伝っぽくない構図に".
    private readonly CueSet _kept = lex.Add(
        "表記はもちろん", "表記は必ず", "表記を必ず", "表記は入れていただ", "表記を入れていただ", "表記を入れたうえ", "表記を入れた上", "表記はつけていただ",
        "表記をつけたうえ", "表記をつけた上", "表記をしたうえ", "表記をした上", "表記したうえ", "明記したうえ", "明記した上");

    // The writer promising to disclose the paid or gifted nature, or saying they always do: "依頼を受けて書いている旨を明記します",
    // "自腹購入か提供品かを必ず書き分けています", "PR表記を徹底".
    private readonly CueSet _promised = lex.Add(
        "旨を明記", "旨を記載", "旨を必ず", "旨は必ず", "旨を表記", "ことを明記します", "ことを明記しています", "ことを必ず明記", "ことは必ず明記",
        "表記を徹底", "表記の徹底", "表記は徹底", "明記を徹底", "自腹購入か提供", "自腹か提供", "提供品か自腹", "提供か自腹", "購入品か提供",
        "提供品かを", "提供品か購入",
        // Who the writer is, stated on the post: "スタッフが投稿する場合は、スタッフであることを明記してもらう方針です".
        "であることを明記", "であることを明示", "であることを記載");

    // The promise taken back in the same breath: "その旨は明記しないでください".
    private readonly CueSet _notDone = lex.Add("しない", "せず", "しなく", "不要", "なくて", "いらない", "要らない", "控え");

    // One's own purchase still in use: "3年前から自分で買って使っています" (the writer's real experience, not a pretended one).
    private readonly CueSet _stillUsed = lex.Add(
        "使っています", "使っている", "使ってます", "使い続けて", "愛用しています", "愛用している", "愛用してます", "飲んでいます", "飲み続けて",
        "リピートしています", "リピートしてます");

    // Persona names in brackets: "「購入者」として".
    private static IEnumerable<string> QuotedPersonas()
    {
        string[] who = ["購入者", "お客様", "お客さん", "利用者", "患者", "一般ユーザー", "一般人", "ユーザー", "保護者", "受講生", "常連"];
        return who.SelectMany(w => new[] { w + "」として", w + "』として", w + "」目線", w + "」っぽ" });
    }

    // "企業案件っぽさはNG", "広告感は出さないで".
    private static IEnumerable<string> SponsorFeelBanned()
    {
        string[] who = ["企業案件", "案件", "広告", "pr", "宣伝", "企業"];
        string[] feel = ["っぽさ", "感", "臭さ"];
        string[] banned = ["はng", "はダメ", "はだめ", "はなし", "は消して", "は抜いて", "が出ないよう", "は出さない", "は出さずに", "を出さない"];
        return who.SelectMany(w => feel.SelectMany(f => banned.Select(b => w + f + b)));
    }

    /// <summary>The first staged review or testimonial (block), or a shrunk credit (hold), or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        const string Category = Categories.StealthMarketing;
        var paid = text.FirstWhere(
                _scripted, this, static (t, h, self) => t.In(self._ratingText, t.Near(h, 120, 80)) && !t.In(self._reply, t.Near(h, 60, 40)))
            ?? text.FirstWhere(_arranged, this, static (t, h, self) => t.In(self._price, t.Near(h, 0, 40)) && !IsHumble(t, h))
            ?? text.FirstWhere(_forGoods, this, static (t, h, self) => t.In(self._goods, t.Near(h, 0, 40)));
        if (paid is { } pd)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "stealth.paid_review", reasonJa, false, pd);
        }

        var posing = text.FirstWhere(_persona, this, static (t, h, self) => t.In(self._testimonial, t.Near(h, 80, 80)))
            ?? text.FirstWhere(_notAnAd, this, static (t, h, self) => t.In(self._presentedAs, t.After(h, 30)))
            ?? text.FirstWhere(_sponsorFeel, this, static (t, h, self) => t.In(self._postWork, t.Near(h, 80, 80)))
            ?? text.FirstWhere(
                _sponsorKnown,
                this,
                static (t, h, self) => (t.In(self._leftOut, t.After(h, 24)) || t.In(self._putOff, t.After(h, 24))) && t.In(self._postWork, t.Near(h, 80, 80))
                    && !t.In(self._kept, t.Near(h, 80, 80)))
            ?? text.FirstWhere(_secondAccount, this, static (t, h, self) => t.In(self._writeVerb, t.After(h, 8)) && t.In(self._reviewWord, t.Near(h, 40, 30)))
            ?? text.FirstWhere(_profiles, this, static (t, h, self) => t.In(self._reviewWord, t.Near(h, 150, 100)))
            ?? text.FirstWhere(_dictated, this, static (t, h, self) => t.In(self._ask, t.After(h, 30)));
        if (posing is { } p)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "stealth.posing_customer", reasonJa, false, p);
        }

        var shrunk = text.FirstWhere(_credit, this, static (t, h, self) => t.In(self._shrunk, t.After(h, 40)));
        return shrunk is { } s
            ? Findings.One(change, text, Category, Decision.Hold, 0.6, "stealth.optional_disclosure", ShrunkReasonJa, false, s)
            : null;
    }

    // "★5をつけさせていただきました": the writer's own rating, said humbly.
    private static bool IsHumble(ContentText text, Hit arranged) => text.Folded.AsSpan(arranged.End).StartsWith("テイタダ");

    /// <summary>
    /// A review word near a rating that is not part of the rating itself or of another one ("高評価を増やす" is a like count, not a
    /// review).
    /// </summary>
    public static bool HasReviewBeside(ContentText text, CueSet review, Hit rating) =>
        text.FirstIn(
            review,
            text.Near(rating, 50, 30),
            rating,
            static (t, r, h) => (r.Start >= h.End || r.End <= h.Start) && !(r.Start > 0 && t.Folded[r.Start - 1] is '高' or '低')) is not null;

    /// <summary>A persona word describing the writer's own past: "私も元々は普通の主婦でした".</summary>
    public bool IsSelfDescribed(ContentText text, Hit persona)
    {
        var after = text.Folded.AsSpan(persona.End);
        return text.In(_self, text.Before(persona, 12)) && (after.StartsWith("デ") || after.StartsWith("ダッタ"));
    }

    /// <summary>
    /// The writer says the paid or gifted nature of the post will be, or always is, disclosed (not taken back after it): the writer's
    /// own use or a style is then not a customer posed as.
    /// </summary>
    public bool IsDisclosurePromised(ContentText text) =>
        text.FirstWhere(_promised, this, static (t, h, self) => !t.In(self._notDone, t.After(h, 10))) is not null;

    /// <summary>One's own purchase said to be in use still ("自分で買って使っています"): a real experience.</summary>
    public bool IsStillUsed(ContentText text, Hit purchase) => text.In(_stillUsed, text.After(purchase, 8));

    /// <summary>
    /// The disclosure said to be kept in the same breath, or its words quoted as what the piece says openly ("ステマっぽく見えないよう、
    /// 冒頭で『〇〇様からご提供いただきました』と明言する構成に"): a style request, not hiding the ad.
    /// </summary>
    public bool IsDisclosureKept(ContentText text, Hit word) => text.In(_kept, text.Near(word, 80, 40)) || IsDisclosureStated(text, word);

    /// <summary>The disclosure's own words quoted near the word as what the piece states ("「〇〇社から提供を受けています」と明記する形に").</summary>
    public bool IsDisclosureStated(ContentText text, Hit word) =>
        text.FirstIn(_statedOpenly, text.Near(word, 80, 60), this, static (t, h, self) => !t.In(self._unsaid, t.After(h, 10))) is not null;

    // A disclosure's own words in brackets, said to be stated: "『提供いただきました』と明言", "「PRです」と冒頭に書く".
    private readonly CueSet _statedOpenly = lex.Add([.. DisclosureStated()]);

    // The stating undone right after: "…と書かないでください", "…と入れるのはやめて".
    private readonly CueSet _unsaid = lex.Add(
        "ないで", "なくて", "ずに", "かず", "しないで", "せず", "しなくて", "わず", "のはやめ", "のをやめ",
        "のは不要", "は不要", "のはng", "は削除", "を削除", "は消", "を消");

    private static IEnumerable<string> DisclosureStated()
    {
        string[] said = ["提供いただきました", "提供していただきました", "提供を受けています", "提供を受けております", "提供を受けました",
            "提供いただいています", "提供いただいております", "提供です", "prです", "広告です", "プロモーションです", "プロモーションを含みます",
            "タイアップです", "案件です"];
        string[] stated = ["と明言", "と明記", "と明示", "と記載", "と表記", "と書", "と入れ", "と伝え", "と言", "とはっきり", "と冒頭"];
        return said.SelectMany(s => new[] { "」", "』" }.SelectMany(q => stated.Select(v => s + q + v)));
    }

    /// <summary>
    /// A rating shown as an average, not asked for: "このサイトでの評価：★4.9（レビュー150件）" (digits after a decimal point).
    /// </summary>
    public static bool IsAverageScore(ContentText text, Hit rating)
    {
        var f = text.Folded;
        var i = rating.End + 1;
        while (i < f.Length && char.IsAsciiDigit(f[i]))
        {
            i++;
        }

        // Not a floor asked for: "★4.5以上のレビューを".
        return i > rating.End + 1 && f[rating.End] == '.' && !f.AsSpan(i).StartsWith("以上");
    }
}
