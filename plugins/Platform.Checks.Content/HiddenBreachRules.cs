using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 done knowingly or by going round the service: a rule of a site or a host named and then broken out of sight
/// ("自動アクセスは禁止されていますが、バレない程度の間隔で", "規約上パーティーは禁止なので、ホストにバレないように"), a one-user
/// contract's login used by another in secret ("1ユーザー契約ですが、こっそり使っていただいて大丈夫"), a marketplace's customers
/// steered to deal past it to save its fee ("Airbnbを通さず当館の公式サイトで直接予約…手数料を払わずに済む"), reports of
/// infringement made whether or not there is one ("実際に侵害しているかどうかは気にしなくて構いません"), sign-ups in the
/// reader's name that the client then runs ("あなたの名義で複数のアンケートサイトに登録…回答は当社スタッフが行います"), and
/// low ratings reported only to have them taken down ("うちのお店の低評価は通報で消してほしい").
/// A rule followed, a warning or a refusal is not. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class HiddenBreachRules(Lexicon lex)
{
    // A prohibition attributed to the service or the host: "禁止されていますが", "禁止なので".
    private readonly CueSet _forbidden = lex.Add(
        "禁止されていますが", "禁止されているが", "禁止されてるけど", "禁止されていても", "禁止なので", "禁止ですが", "禁止だけど", "禁止のため",
        "禁止ですので", "ngですが", "ngなので", "ngだけど", "認められていませんが", "認められていないので");

    // Whose rule it is: a service's terms, a site or a host, named before it (not an employer's: "会社が副業禁止なので、バレないように").
    private readonly CueSet _ruleOwner = lex.Add(
        "規約", "サイトでは", "サイト側", "サイトの", "サイト上", "ホスト", "運営", "アプリでは", "アプリの", "サービスでは", "サービスの",
        "プラットフォーム", "利用条件", "ガイドライン", "ポリシー");

    // Done out of the service's or the host's sight.
    private readonly CueSet _unseen = lex.Add(
        "バレない", "ばれない", "バレずに", "ばれずに", "バレなければ", "ばれなければ", "こっそり", "気づかれない", "気付かれない", "気づかれずに",
        "気付かれずに", "見つからない", "見つからずに", "目立たないように");

    // The warning or the refusal after it: "バレないようにと言われても、お受けできません".
    private readonly CueSet _declined = lex.Add("できません", "お断り", "しません", "やめ", "ご遠慮", "いたしかね", "お受けでき", "注意");

    // A contract or licence for one user: "1ユーザー契約ですが", "1名分のライセンス".
    private readonly CueSet _singleSeat = lex.Add(
        "1ユーザー契約", "1ユーザーライセンス", "1ユーザーのみ", "1ユーザー分", "1名分の契約", "1人分の契約", "1名契約", "1人契約", "1アカウント契約",
        "シングルユーザー", "1名分のライセンス", "1人用のライセンス", "1人用の契約", "個人契約のアカウント");

    // A marketplace named right before it is gone round: "Airbnbを通さず".
    private readonly CueSet _marketplace = lex.Add(
        "airbnb", "エアビー", "エアビーアンドビー", "booking.com", "じゃらん", "楽天トラベル", "一休", "expedia", "エクスペディア", "agoda", "アゴダ",
        "amazon", "アマゾン", "楽天市場", "メルカリ", "ヤフオク", "ラクマ", "minne", "creema", "etsy", "ebay", "uber", "ホットペッパー", "食べログ",
        "klook", "viator", "トリップアドバイザー");

    private readonly CueSet _notThrough = lex.Add(
        "を通さず", "を通さない", "を通さないで", "を介さず", "を介さない", "を経由せず", "を経由しない", "の外で", "の外での");

    // The reason: its fee saved, or the deal made directly.
    private readonly CueSet _feeSaved = lex.Add(
        "手数料を払わず", "手数料を払わない", "手数料を取られず", "手数料を取られない", "手数料がかからな", "手数料を回避", "手数料を浮か", "手数料を節約",
        "手数料分安", "手数料なしで", "直接予約", "直接取引", "直接購入", "直接のお取引", "直接お取引");

    // Reports of infringement or of a breach to a platform.
    private readonly CueSet _report = lex.Add("通報", "違反報告", "削除申請", "削除依頼を出", "侵害の申し立て", "侵害申告", "権利侵害の申告");

    // Made whether it is true or not.
    private readonly CueSet _regardless = lex.Add(
        "かどうかは気にし", "かどうかは問いません", "かどうかは関係", "かどうかはどうでも", "侵害していなくても", "違反していなくても", "事実でなくても",
        "事実じゃなくても", "本当かどうかは", "虚偽でも", "嘘でも");

    // A rating or review reported only for being low, to have it removed: "うちのお店の低評価は通報で消してほしい" (not a defamatory or
    // false review reported: "事実無根の口コミを通報して削除を依頼").
    private readonly CueSet _lowRated = lex.Add(
        "低評価", "悪い評価", "低い評価", "悪い口コミ", "悪いレビュー", "ネガティブな口コミ", "ネガティブなレビュー", "★1", "☆1", "星1", "★2", "星2", "辛口の口コミ",
        "厳しい口コミ", "厳しいレビュー", "批判的な口コミ", "批判的なレビュー");

    private readonly CueSet _removed = lex.Add("消して", "消し", "消させ", "消える", "削除して", "削除さ", "削除を", "非表示", "取り下げさせ", "落として");

    private readonly CueSet _unlawful = lex.Add(
        "誹謗中傷", "事実無根", "事実と異なる", "虚偽", "嘘の", "なりすまし", "スパム", "荒らし", "個人情報", "名誉毀損", "いたずら", "規約違反の", "ガイドライン違反の",
        "業者による", "競合による", "脅迫", "差別");

    // Sign-ups in the reader's name: "あなたの名義で複数のアンケートサイトに登録していただき".
    private readonly CueSet _signedUpInName = lex.Add(
        "名義で複数", "名義で登録", "名義で会員登録", "名前で登録していただ", "名前で会員登録", "名義でアカウント");

    // And run by the client: "回答は当社スタッフが行います".
    private readonly CueSet _runByUs = lex.Add(
        "回答は当社", "回答は弊社", "回答はこちらで", "回答は当方", "運用は当社", "運用は弊社", "運用はこちらで", "操作は当社", "操作は弊社", "操作はこちらで",
        "ログインは当社", "ログインはこちらで", "当社スタッフが行", "弊社スタッフが行", "こちらのスタッフが行", "作業は当社", "作業は弊社");

    /// <summary>The finding for a breach done knowingly or by going round the service, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var hidden = text.FirstWhere(
                _forbidden,
                this,
                static (t, h, self) => t.In(self._ruleOwner, t.Before(h, 40)) && t.FindIn(self._unseen, t.After(h, 50)) is { } u
                    && !t.In(self._declined, t.After(u, 30)))
            ?? text.FirstWhere(
                _singleSeat, (Self: this, No: no), static (t, h, s) => t.In(s.Self._unseen, t.Near(h, 0, 40)) && !s.No.IsProhibited(t, h));
        if (hidden is { } hd)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, hd);
        }

        var bypassed = text.FirstWhere(
            _notThrough,
            (Self: this, No: no),
            static (t, h, s) => t.FindIn(s.Self._marketplace, t.Before(h, 16)) is { } m && m.End == h.Start
                && t.In(s.Self._feeSaved, t.Near(h, 0, 120)) && !s.No.IsProhibited(t, h));
        if (bypassed is { } bp)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.platform_bypass", ExternalTosDetector.ReasonJa, false, bp);
        }

        var reported = text.FirstWhere(
            _report, (Self: this, No: no), static (t, h, s) => t.In(s.Self._regardless, t.Near(h, 60, 80)) && !s.No.IsProhibited(t, h));
        if (reported is { } r)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.false_report", ExternalTosDetector.ReasonJa, false, r);
        }

        var reportedAway = text.FirstWhere(
            _report,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._lowRated, t.Before(h, 20)) && t.In(s.Self._removed, t.After(h, 16))
                && !t.In(s.Self._unlawful, t.Near(h, 60, 60)) && !s.No.IsProhibited(t, h));
        if (reportedAway is { } ra)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.false_report", ExternalTosDetector.ReasonJa, false, ra);
        }

        var lent = text.FirstWhere(
            _signedUpInName, (Self: this, No: no), static (t, h, s) => t.In(s.Self._runByUs, t.Near(h, 0, 80)) && !s.No.IsProhibited(t, h));
        return lent is { } l
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, l)
            : null;
    }
}
