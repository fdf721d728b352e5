using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// マルチ商法 told by its shape rather than its name: the recruiter's tier rising as members are added ("仲間を増やすごとに
/// ステージが上がってボーナス"), a head count placed under the writer bragged with income ("下に30人くらいついていて、寝てても入って
/// くる"), money flowing in from the people one's recruits recruit, said in speech or dialect ("あんたが誘った子の下にも人ついたら、そっから
/// も入ってくるんよ", "下の人の分もお金入ってくるんだ"), freedom of time and money pitched with mates wanted in a profile or a message ("「時間とお金の自由」…一緒に上を目指す仲間、
/// 募集中"), and the product bought for one's own use first, then passed on to others ("最初はご自分で使う分だけ購入して、あとは
/// ご紹介していく流れ"). Part of <see cref="MlmDetector"/>, read after its own rules. Not a network: a game's stage or a player's
/// rank, a team's head count without income, a job post looking for colleagues, a product tried and reviewed.
/// </summary>
internal sealed class MlmChainRules(Lexicon lex)
{
    // Members added, the tier rising with each: "仲間ば増やすごとに", "会員が増えるたびに".
    private readonly CueSet _growth = lex.Add(
        "増やすごとに", "増やすたびに", "増やすほど", "増えるごとに", "増えるたびに", "集めるごとに", "集めるたびに", "集めるほど", "増やしていくと",
        "増えていくと", "増やせば増やすほど");

    private readonly CueSet _members = lex.Add("仲間", "メンバー", "会員", "下の人", "ダウン", "紹介者", "子会員", "愛用者");

    private readonly CueSet _tier = lex.Add(
        "一緒に上が", "ステージが上が", "ステージアップ", "ランクが上が", "ランクアップ", "タイトルが上が", "昇格", "段位が上が", "グレードが上が", "グレードアップ");

    // A head count under the writer: "下に30人くらいついていて", "下に五十人".
    private readonly CueSet _under = lex.Add("下に");

    private readonly CueSet _earning = lex.Add(
        "寝てても", "寝ていても", "何もしなくても", "入ってくる", "入ってきます", "入ってくるんです", "収入", "報酬", "ボーナス", "稼",
        // The same in dialect: "入っとる", "入っとう", "入っど", "寝とっても", "寝ちょっても".
        "入っとる", "入っとう", "入っど", "寝とっても", "寝ちょっても");

    // The people recruited by the ones the reader recruits, or their share, named in speech or dialect: "下の人の分も", "誘った子の下にも
    // 人ついたら", "友達の友達の分まで", "その人の下も全部", "下ば三人つくれば", "紹介で下が増えたら", "その人たちの分も".
    private readonly CueSet _downstream = lex.Add(
        "下の人", "下にも人", "下に人", "下ば", "下が増え", "の下も", "の下にも", "友達の友達", "紹介の紹介", "誘った子", "誘った人の", "紹介した人の分",
        "その人の分", "その人たちの分", "そっちの分");

    // Money flowing in from them, in speech or dialect: "入ってくるで", "入るんよ", "金が入っど", "成績になる", "報酬も増える".
    private readonly CueSet _inflow = lex.Add(
        "入ってく", "入っとる", "入っど", "入るんよ", "入るけん", "入るで", "入るよ", "入るんや", "入るだけ", "お金入", "金が入", "金入", "成績になる",
        "報酬も増え", "報酬が増え", "マージン");

    // Freedom of time and money pitched, mates wanted: "「時間とお金の自由」を手に入れる仕組み…一緒に上を目指す仲間、募集中".
    private readonly CueSet _freedom = lex.Add(
        "時間とお金の自由", "お金と時間の自由", "時間とお金に縛られない", "お金と時間に縛られない", "経済的自由", "経済的な自由");

    private readonly CueSet _matesWanted = lex.Add(
        "仲間募集", "仲間を募集", "仲間、募集", "仲間も募集", "仲間大募集", "仲間を探して", "目指す仲間", "仲間になりませんか", "仲間を増やし");

    // Bought for one's own use first, passed on to others after: "最初はご自分で使う分だけ購入して、あとはご紹介していく流れです".
    private readonly CueSet _selfUse = lex.Add(
        "自分で使う分", "ご自分で使う分", "ご自身で使う分", "自分で使う分だけ", "ご自身で使う分だけ", "自分用の分だけ");

    private readonly CueSet _passOn = lex.Add(
        "あとは紹介", "あとはご紹介", "あとは広め", "後は紹介", "後はご紹介", "紹介していく流れ", "ご紹介していく流れ", "人に紹介して", "人に勧めて",
        "友達に紹介", "お友達に紹介", "知り合いに紹介", "お知り合いに紹介", "周りに紹介", "周りの方に紹介");

    // A network's title aimed at with mates, beside the work-from-home pitch: "子育てしながらでもできる働き方を発信…一緒にタイトルを
    // 目指せる仲間とつながりたい" (not a team chasing a tournament's title, which no such pitch comes with).
    private readonly CueSet _titleAim = lex.Add(
        "タイトルを目指", "タイトル獲得を目指", "上のタイトルを", "次のタイトルを", "ランクを目指", "上のランクを目指", "ランクアップを目指");

    private readonly CueSet _mate = lex.Add("仲間", "メンバー");

    // Growth driven by the reader's referrals, a rank rising with it: "あなたのご紹介で受講生が増えるほど、…タイトルと報酬がアップ".
    private readonly CueSet _referredBy = lex.Add("紹介で", "招待で", "紹介により", "勧誘で");

    private readonly CueSet _grows = lex.Add("増えるほど", "増えるたび", "増えれば", "増えていくほど", "広がるほど");

    private readonly CueSet _rankWord = lex.Add("タイトル", "ランク", "ステージ", "グレード", "称号");

    private readonly CueSet _homeWork = lex.Add(
        "子育てしながら", "ママ起業", "主婦起業", "好きなことを仕事に", "自由な働き方", "働き方を発信", "在宅で", "おうちで", "スマホ1台");

    // A success story with no money word (round thirty-seven): the recruits recruiting in turn, told as what happened ("友達を三人誘ったら、
    // その三人がまた誘ってくれて", "仲間が仲間を連れてきてくれる", "taught them to do the same", "those people invited more").
    private readonly CueSet _chainTold = lex.Add(
        "がまた誘", "がまた紹介", "がまた広め", "がまた伝え", "がさらに紹介", "がさらに誘", "仲間が仲間を", "下の人が下の人", "育った人がまた", "下を育て",
        "それぞれの仲間を連れ", "紹介の紹介", "たちがまた", "人たちがまた", "友達がさらに友達", "またそれぞれ",
        "to do the same", "help them invite", "invite theirs", "invited more", "their friends join", "help them enroll", "enroll others",
        "help each of them", "duplicate the system", "duplicateすれば", "duplicationして", "builds itself", "runs itself", "teams under mine",
        "the whole tree", "tomodachi mo shoukai", "その仲間が育", "仲間が育って");

    // The writer's own network, its levels or its head count: "私のチームは全国に五百人", "系列が十段まで", "下に三段", "40 people under me".
    private readonly CueSet _mine = lex.Add(
        "私のチーム", "私のグループ", "私の系列", "私の組織", "わたしのチーム", "わたしのグループ", "わたしの下", "私の紹介から", "私の紹介で始め",
        "私のダウン", "私経由で", "系列が", "系列から", "系列を作", "下に三段", "下に二段", "段目の", "グループ百人", "グループ千人",
        "under me", "under mine", "my team", "my organisation", "my organization", "my leg", "boku no team", "my success team", "in my team",
        "i have a team", "うちのグループ", "下の子たち", "下の人を育て", "あなたのチーム");

    // A rank or a place in the network: "タイトルを取れた", "アップの方", "ダイヤモンドを目指", "sponsor", "rank up", "spillover".
    private readonly CueSet _rank = lex.Add(
        "タイトルを取", "今はタイトル", "タイトルが上が", "ランクアップ", "タイトルを獲", "アップの方", "アップの人", "私のアップ", "上の人", "スポンサーさん", "トップランク",
        "ランクが上が", "ダイヤモンドを目指", "ダイヤモンドになっ", "表彰旅行", "表彰台", "リーダーが三人", "リーダーになれ", "リーダーになる番",
        "rank up", "ranks up", "upline", "spillover", "スピルオーバー", "binary plan", "レッグ", "team volume", "placed under", "sign up under",
        "place you under", "sponsorして", "compensation plan", "ground floor", "your next rank", "next level");

    // The reader asked to be next: "次はあなたの番", "あなたも私のグループに入りませんか", "一緒にやろうよ", "you could be next".
    private readonly CueSet _yourTurn = lex.Add(
        "次はあなた", "あなたの番", "あなたも", "キミも", "一緒にやりませんか", "一緒にやろ", "一緒に始め", "一緒に目指", "一緒に歩", "入りませんか",
        "入ってみて", "入ってくれたら", "輪に加わ", "輪に入", "聞いてみませんか", "話を聞いて", "会って話そ", "お話ししましょう", "招待しますね", "ご招待",
        "始めてみませんか", "始めませんか", "下に来", "あなたが広げる", "join today", "join through", "join my", "you could be next", "want to hear",
        "ask me how", "add you", "dm me", "message me", "sign up under me", "shall we", "haitte yo", "kimi mo", "入れるんです", "作れますよ",
        "あなたにも", "あなたとも", "あなたは私の", "一緒にチームを", "仲間、募集", "仲間募集", "興味がある方", "興味ある方");

    // Teams of another kind: a worker's assistants or subcontractors paid a fixed fee, a company's staff, a game, volunteers, a reunion.
    private readonly CueSet _otherTeam = lex.Add(
        "アシスタント", "外注", "下請け", "固定", "時給", "正社員", "社員募集", "従業員", "スタッフ", "ゲーム", "ボランティア", "同窓会", "研修", "コールセンター",
        "営業チーム", "fixed", "per word", "translators", "illustrators");

    // Numerals a head count may be written in.
    private static readonly System.Buffers.SearchValues<char> KanjiDigits = System.Buffers.SearchValues.Create("一二三四五六七八九十百千");

    /// <summary>The finding for such a pitch, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        var job = change.TextKind == TextKind.Job;
        var found = text.FirstWhere(_growth, this, static (t, h, self) => self.TierRises(t, h))
            ?? text.FirstWhere(_under, this, static (t, h, self) => HeadCountFollows(t, h) && t.In(self._earning, t.Near(h, 0, 60)))
            ?? text.FirstWhere(_downstream, this, static (t, h, self) => t.In(self._inflow, t.Near(h, 0, 60)))
            ?? (job ? null : text.FirstWhere(_freedom, this, static (t, h, self) => t.In(self._matesWanted, t.Near(h, 0, 120))))
            ?? text.FirstWhere(_selfUse, this, static (t, h, self) => t.In(self._passOn, t.Near(h, 0, 40)))
            ?? (job || !text.Has(_homeWork) ? null : text.FirstWhere(_titleAim, this, static (t, h, self) => t.In(self._mate, t.Near(h, 20, 30))))
            ?? text.FirstWhere(
                _referredBy, this, static (t, h, self) => t.FindIn(self._grows, t.Near(h, 0, 20)) is { } g && t.In(self._rankWord, t.Near(g, 0, 40)));
        found ??= Testimony(text);
        return found is { } f ? Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", reasonJa, true, f) : null;
    }

    /// <summary>
    /// A success story with no money word: the recruits recruiting in turn with the reader invited, the writer's network or rank shown
    /// off, or the writer's network and a rank or an invitation ("気づいたら下に百人…あなたにもできますよ", "My mentor told me… Sign up under
    /// me"). Not a worker's team of assistants, a company's staff, a game's rank, volunteers.
    /// </summary>
    private Hit? Testimony(ContentText text)
    {
        if (text.Has(_otherTeam))
        {
            return null;
        }

        var chain = text.Find(_chainTold);
        var mine = text.Find(_mine) ?? text.FirstWhere(_under, 0, static (t, h, _) => HeadCountFollows(t, h));
        var rank = text.Has(_rank);
        var turn = text.Has(_yourTurn);
        return chain is { } c && (turn || rank || mine is not null) ? c
            : mine is { } m && (turn || rank) ? m
            : rank && turn ? text.Find(_rank)
            : null;
    }

    // Members named just before the growth, a tier rising just after it.
    private bool TierRises(ContentText text, Hit growth) =>
        text.In(_members, text.Before(growth, 12)) && text.In(_tier, text.After(growth, 24));

    // A count of people placed right after "下に": "下に30人くらいついていて", "下に三十人" (not "下に記載", "画面の下に3人の写真を").
    private static bool HeadCountFollows(ContentText text, Hit under)
    {
        var folded = text.Folded.AsSpan();
        var at = under.End;
        while (at < folded.Length && folded[at] == ' ')
        {
            at++;
        }

        var first = at;
        while (at < folded.Length && at - first < 6 && (char.IsAsciiDigit(folded[at]) || KanjiDigits.Contains(folded[at])))
        {
            at++;
        }

        if (at == first || at >= folded.Length || folded[at] is not ('人' or '名'))
        {
            return false;
        }

        var rest = folded[(at + 1)..];
        var about = Approx.PrefixOf(rest);
        return Placed.StartOf(rest[about..]);
    }

    private static readonly FoldedWords Placed = new("つい", "付い", "いる", "いま", "いて", "入っ", "でき", "抱え");

    // "くらい", "ほど", "も" between the count and the verb: "下に10人ほどついて", "下に5人もいて".
    private static readonly FoldedWords Approx = new("くらい", "ぐらい", "ほど", "以上", "近く", "も", "が");
}
