using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// マルチ商法, the side pitch made in a message or a profile without the scheme's own terms: a membership whose referral
/// bonus the writer says they live on, a team that "spreads" a product looking for mates with an income, a distributor's
/// team size with an invitation, a buy-in said to become free once members are brought in, a referral fee and a start-up
/// cost pitched with a question, "the power of referrals" sold as freedom, and a pay balance tied to friends joining.
/// Part of <see cref="MlmDetector"/>; also the guards that detector's rules ask about look-alikes.
/// </summary>
internal sealed class MlmSideRules(Lexicon lex)
{
    // Joining as a member, the referral bonus after: "化粧品の会員になると紹介ボーナスがあって、私もそれで稼いでます"
    // (invented: "サプリの会員になれば紹介報酬が出るので、私もそれで生活してます").
    private readonly CueSet _memberThen = lex.Add("会員になると", "会員になれば", "会員になって", "メンバーになると", "メンバーになれば", "入会すると");

    private readonly CueSet _referBonus = lex.Add("紹介ボーナス", "紹介報酬", "紹介料", "紹介特典", "紹介手当");

    private readonly CueSet _ownIncome = lex.Add(
        "稼いでます", "稼いでいます", "稼げてます", "稼げています", "それで在宅", "それで生活", "収入を得ています", "収入になってます");

    private readonly CueSet _soft = lex.Add(
        "よかったら", "良かったら", "興味あれば", "興味があれば", "気になったら", "気になる方は", "一緒にどう",
        // Asked along to hear more: "副業に興味はありませんか？…一度オンラインの説明会に来てみませんか".
        "興味はありませんか", "興味ありませんか", "説明会", "来てみませんか", "聞いてみませんか");

    // A team spreading a product, looking for mates, with income: "化粧品を広めるチームのリーダー…仲間も随時募集中！収入を増やせます"
    // (invented: "オーガニック石けんを広める仲間を募集しています。自分のペースで収入に").
    private readonly CueSet _spread = lex.Add("広めるチーム", "広めるお仕事", "広める活動", "広めていく仲間", "広める仲間", "広めるメンバー");

    private readonly CueSet _mates = lex.Add(
        "仲間も随時募集", "仲間を募集", "仲間募集", "仲間も募集", "メンバー募集", "メンバーも募集", "一緒に頑張る仲間", "仲間を探して");

    private readonly CueSet _incomeUp = lex.Add("収入を増やせ", "収入が増え", "収入になり", "収入になる", "稼げ", "収入アップ");

    // A distributor's team size with an invitation: "ディストリビューター歴5年、チームは300名を超えました…一緒に叶えませんか"
    // (invented: "アンバサダーとしてチームは150人に。一緒に始めませんか").
    private readonly CueSet _seller = lex.Add("ディストリビューター", "アンバサダー", "ビジネスオーナー", "会員制");

    private readonly CueSet _team = lex.Add("チームは", "グループは", "組織は", "チームが", "チームも", "チームメンバーは");

    private readonly CueSet _join = lex.Add("ませんか", "一緒にチーム", "一緒に叶え", "一緒に始め");

    // The buy-in said to come free once members are brought in: "教材費はメンバーを2名ご紹介いただければ実質無料に"
    // (invented: "スターターキット代も、仲間を3人誘えば実質タダです").
    private readonly CueSet _free = lex.Add("実質無料", "実質タダ", "実質0円", "実質ゼロ", "実質ただ");

    private readonly CueSet _bringIn = lex.Add(
        "名ご紹介", "人ご紹介", "人紹介", "名紹介", "ご紹介いただければ", "紹介すれば", "人誘え", "人誘う", "名誘", "人を誘", "人を紹介", "名を紹介");

    private readonly CueSet _buyIn = lex.Add(
        "教材", "購入", "登録料", "入会金", "初期費用", "会費", "キット", "参加費", "受講料", "登録費");

    // A referral fee and a start-up cost pitched with a question: "初期費用50万円で同じシステムを…興味あります？紹介してくれたら紹介料も"
    // (invented: "登録料3万円で始められます。やってみません？お友達を紹介すれば紹介料も出ます").
    private readonly CueSet _referFee = lex.Add("紹介料も出", "紹介料が出", "紹介報酬も出", "紹介報酬が出", "紹介料もお支払", "紹介ボーナスも出");

    private readonly CueSet _startCost = lex.Add("初期費用", "入会金", "登録料", "登録費", "加入費", "スターターキット");

    private readonly CueSet _question = lex.Add("興味あります", "興味ありませんか", "やってみません", "始めてみません", "一緒にやりません", "どうですか");

    // "The power of referrals" sold as freedom: "『紹介の力』で自由になりたい方"
    // (invented: "紹介の力で月収が3倍に、自由な毎日を").
    private readonly CueSet _referPower = lex.Add("紹介の力", "紹介パワー");

    private readonly CueSet _freedom = lex.Add("自由に", "自由な", "月収", "収入");

    // Friends asked to join, the pay counted per head: "知り合いにサロンへ入会してもらえたら、1人につき5,000円ずつ上乗せ".
    private readonly CueSet _joinThen = lex.Add(
        "入会してもらえたら", "入会してくれたら", "入会していただけたら", "会員になってもらえたら", "会員になってくれたら", "登録してもらえたら",
        "登録してくれたら", "加入してもらえたら");

    private readonly CueSet _acquaintance = lex.Add("知り合い", "友達", "友人", "お友だち", "ご友人", "知人");

    private readonly CueSet _perHead = lex.Add("1人につき", "1名につき", "人につき", "名につき", "1人あたり", "1名あたり");

    // A perk for customers, not pay: "お友達に入会してもらえたら、1人につき500円分のクーポン".
    private readonly CueSet _perk = lex.Add("クーポン", "割引", "ポイント", "off", "無料券");

    // --- guards the detector's own rules ask ---

    // The scheme named as what is banned: "店内でのネットワークビジネス・宗教等の勧誘行為の禁止" (a notice, not a pitch).
    private readonly CueSet _banned = lex.Add(
        "勧誘行為の禁止", "勧誘行為は禁止", "勧誘は禁止", "勧誘の禁止", "勧誘禁止", "勧誘行為禁止", "勧誘行為はご遠慮", "勧誘はご遠慮", "勧誘行為を禁止",
        "勧誘を禁止",
        // Recruiters told to stay away: "マルチ商法・ネットワークビジネスの勧誘目的の方はご遠慮ください".
        "勧誘目的の方はご遠慮", "勧誘目的の方はお断り", "勧誘目的のご応募はご遠慮", "勧誘目的のご応募はお断り", "勧誘目的での応募はご遠慮",
        "勧誘目的でのご応募はご遠慮", "勧誘目的の方の応募はご遠慮", "勧誘目的の方のご応募はご遠慮", "勧誘目的の方はng", "勧誘目的の方は不可",
        "勧誘目的はお断り", "勧誘目的の応募はお断り", "勧誘目的の方は応募しないで", "勧誘目的の方はご応募しないで");

    /// <summary>Whether the term at <paramref name="hit"/> is named as a banned solicitation.</summary>
    public bool Banned(ContentText text, Hit hit) => text.In(_banned, text.After(hit, 30, clause: true));

    // "最大ドローダウン18.2%": a trading term that holds "ダウン1".
    private static readonly FoldedWords DrawPrefix = new("ドロー");

    /// <summary>Whether the hit is part of another word ("ドローダウン").</summary>
    public static bool InWord(ContentText text, Hit hit) =>
        DrawPrefix.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 3), Math.Min(3, hit.Start)));

    /// <summary>The finding for such a pitch, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        var job = change.TextKind == TextKind.Job;
        var member = job
            ? null
            : text.FirstWhere(
                _memberThen, this, static (t, h, self) => t.In(self._referBonus, t.Near(h, 0, 30)) && (t.Has(self._ownIncome) || t.Has(self._soft)));
        var spread = job || member is not null
            ? null
            : text.FirstWhere(_spread, this, static (t, h, self) => t.In(self._mates, t.Near(h, 0, 80)) && t.In(self._incomeUp, t.Near(h, 0, 120)));
        var team = job || !text.Has(_seller) || !text.Has(_join)
            ? null
            : text.FirstWhere(_team, 0, static (t, h, _) => MlmPitchRules.CountFollows(t, h));
        var found = member ?? spread ?? team
            ?? text.FirstWhere(
                _free, this, static (t, h, self) => t.In(self._bringIn, t.Near(h, 60, 10)) && t.In(self._buyIn, t.Near(h, 100, 0)))
            ?? (job || !text.Has(_startCost) || !text.Has(_question) ? null : text.Find(_referFee))
            ?? (job ? null : text.FirstWhere(_referPower, this, static (t, h, self) => t.In(self._freedom, t.Near(h, 40, 40))))
            ?? text.FirstWhere(
                _joinThen, this, static (t, h, self) => t.In(self._acquaintance, t.Near(h, 60, 0)) && t.In(self._perHead, t.Near(h, 0, 30))
                    && !t.In(self._perk, t.Near(h, 0, 50)));
        return found is { } f ? Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", reasonJa, true, f) : null;
    }
}
