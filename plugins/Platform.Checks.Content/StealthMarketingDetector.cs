using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング: hiding that content is advertising. Blocks an instruction to leave out or remove the
/// PR disclosure, posing as an ordinary customer, and rated reviews written to order; holds scripted paid
/// monitor posts that say nothing about disclosure. Articles about the regulation are not a violation.
/// </summary>
internal sealed class StealthMarketingDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "広告であることを隠した投稿・レビュー（ステルスマーケティング）の依頼・提案と判断されるため、送信・掲載できません。広告・PRには必ず表記が必要です。";

    private const string HoldReasonJa =
        "報酬を伴うSNS投稿の依頼で、広告（PR）表記の有無が書かれていません。ステルスマーケティングにあたらないか確認するため、審査後に公開されます。";

    private readonly CueSet _disclosure = lex.Add(
        "pr", "#pr", "広告表記", "広告と", "広告だと", "広告っぽ", "広告であること", "広告の表記", "広告感",
        "プロモーションを含", "プロモーション表記", "プロモーションであること", "#プロモーション", "プロモーションと",
        "提供表記", "提供の表記", "提供の記載", "提供」", "提供を受けた", "提供であること", "提供されたこと",
        "スポンサーであること", "スポンサー表記", "タイアップであること", "との関係", "関係者", "依頼され", "頼まれ",
        "費用を出して", "案件であること", "提供で", "宣伝だと", "宣伝と", "宣伝っぽ", "広告記事であること");

    private readonly CueSet _conceal = lex.Add(
        "なし", "無し", "つけず", "付けず", "つけない", "付けない", "入れない", "入れず", "しないで", "書かない", "書かず",
        "記載しない", "伏せ", "削除", "わからない", "分からない", "わからぬ", "バレない", "ばれない", "隠し", "見えない",
        "読まれなくなる", "思われたくない", "不要", "出さない", "出さず", "外して", "消して", "明かさない", "気づかれない", "気付かれない");

    private readonly CueSet _negatedAfter = lex.Add(
        "ng", "禁止", "不可", "ダメ", "だめ", "しないで", "せず", "いけません", "厳禁", "違反", "必須", "必ず");

    private readonly CueSet _posing = lex.Add(
        "一般のお客", "一般の利用者", "一般の視聴者", "一般のユーザー", "一般の購入者", "一般の方として", "一般人として",
        "自分で買った", "ご自身で買った", "自分で買って", "ご自身で買って", "自分で購入して", "ご自身で購入して",
        "購入したことに", "買ったことに", "ふりをして", "のふりを", "自分で購入した", "ご自身で購入した", "自腹で買った", "来店したお客様として",
        "たまたま見つけた", "個人の感想という体裁", "という体裁", "愛用者として", "客を装", "を装って", "なりすま",
        "サクラとして", "サクラの", "サクラを", "サクラ投稿", "サクラレビュー", "サクラ役", "やらせレビュー",
        "やらせ投稿", "やらせの", "独自に選んだ", "中立的な第三者",
        // Reviewing what one never used, posting as several people, or attacking a competitor in disguise.
        "使っていなくても", "使ってなくても", "使用していなくても", "使用してなくても", "買っていなくても", "購入していなくても",
        "行っていなくても", "来店していなくても", "食べていなくても", "体験していなくても", "泊まっていなくても", "未使用でも",
        "自作自演", "別人として", "別人のふり", "競合店に低評価",
        "競合に低評価", "競合の悪い", "競合店の悪い", "競合他社の悪", "低評価のレビュー", "低評価をつけ", "悪い口コミを", "悪評を",
        "自腹で購入した", "自腹で買った", "購入者として", "利用者として", "ファンとして");

    // Several accounts of one person praising a product: fake word of mouth (ranking manipulation is external_tos).
    private readonly CueSet _multiAccount = lex.Add("複数のアカウント", "複数アカウント", "別アカウント", "サブアカウント", "複数の名前", "別名義");

    private readonly CueSet _praise = lex.Add(
        "褒め", "ほめ", "絶賛", "良い口コミ", "良いレビュー", "良いコメント", "いい口コミ", "いいレビュー", "好意的な", "おすすめする投稿");

    // Naming the stealth itself: "ステマだとばれないように", "広告と気づかれないように".
    private readonly CueSet _stealthWord = lex.Add(
        "ステマ", "ステルス", "サクラ", "やらせ", "広告", "宣伝", "案件", "依頼", "モニター", "提供された", "提供品", "提供商品",
        "もらった商品", "いただいた商品", "無償提供", "pr");

    private readonly CueSet _hide = lex.Add(
        "ばれない", "バレない", "ばれず", "バレず", "気づかれない", "気付かれない", "気づかれず", "気付かれず", "わからないよう",
        "分からないよう", "わからない形", "分からない形", "悟られ", "見抜かれ", "思われないよう", "伏せ", "隠して", "隠し", "書かずに",
        "書かないで", "とは書かず", "だとは書かず", "言わずに", "明かさず", "触れずに");

    private readonly CueSet _postContext = lex.Add(
        "投稿", "レビュー", "口コミ", "クチコミ", "コメント", "書き込", "評価", "回答", "紹介", "感想", "記事", "星");

    private readonly CueSet _rating = lex.Add("★5", "☆5", "★★★★★", "星5", "星5つ", "高評価", "最高評価", "5つ星");

    private readonly CueSet _review = lex.Add("レビュー", "口コミ", "クチコミ", "評価を", "レビュ-");

    private readonly CueSet _request = lex.Add(
        "ください", "お願い", "募集", "円", "報酬", "していただける", "してもらえ", "代行", "依頼", "謝礼");

    private readonly CueSet _monitor = lex.Add(
        "モニター", "体験談", "使用した感想", "使った感想", "感想を", "体験投稿", "体験を投稿", "紹介してください", "紹介していただ");

    private readonly CueSet _social = lex.Add(
        "sns", "instagram", "インスタ", "twitter", "tiktok", "ブログ", "youtube", "threads", "x(旧", "ご自身のアカウント");

    private readonly CueSet _pay = lex.Add("円", "報酬", "謝礼", "差し上げ", "お送りします", "プレゼント");

    private readonly CueSet _anyDisclosure = lex.Add(
        "pr", "広告", "プロモーション", "提供", "タイアップ", "スポンサー");

    private readonly CueSet _meta = lex.Add(
        "ステマ規制", "規制について", "規制の", "解説", "景品表示法", "景表法", "消費者庁", "運用基準", "見分け方");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        var meta = text.Has(_meta);
        var rated = text.FirstWhere(_rating, this, static (t, h, self) => t.In(self._review, t.Around(h, 30, 30)) && t.In(self._request, t.Around(h, 60, 60)));
        if (rated is { } r)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.9, "stealth.paid_review", ReasonJa, false, r);
        }

        if (meta)
        {
            return null;
        }

        var concealed = text.FirstWhere(_disclosure, this, static (t, h, self) => self.IsConcealed(t, h));
        if (concealed is { } c)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.9, "stealth.hidden_ad", ReasonJa, false, c);
        }

        var hidden = text.FirstWhere(_stealthWord, this, static (t, h, self) => self.IsHidden(t, h));
        if (hidden is { } hd)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.hidden_ad", ReasonJa, false, hd);
        }

        var praised = text.FirstWhere(_multiAccount, this, static (t, h, self) => t.In(self._praise, t.Around(h, 40, 40)));
        if (praised is { } pr)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", ReasonJa, false, pr);
        }

        var posing = text.FirstWhere(_posing, this, static (t, h, self) => t.In(self._postContext, t.Around(h, 60, 60)));
        if (posing is { } p)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", ReasonJa, false, p);
        }

        var monitor = text.Find(_monitor);
        if (monitor is { } m && text.Has(_social) && text.Has(_pay) && !text.Has(_anyDisclosure))
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Hold, 0.55, "stealth.undisclosed_post", HoldReasonJa, false, m);
        }

        return null;
    }

    private bool IsHidden(ContentText text, Hit word)
    {
        var after = text.After(word, 16);
        return text.FindIn(_hide, after) is { } hide && !text.In(_negatedAfter, text.After(hide, 8));
    }

    private bool IsConcealed(ContentText text, Hit disclosure)
    {
        var after = text.After(disclosure, 24);
        if (text.FindIn(_conceal, after) is not { } conceal)
        {
            return false;
        }

        // "PR表記なしはNG" and "削除しないで" keep the disclosure: a negated concealment is not one.
        return !text.In(_negatedAfter, text.After(conceal, 8));
    }
}
