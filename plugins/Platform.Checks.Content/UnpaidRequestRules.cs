using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプルの無償要求 said in plain words rather than with the word "sample": new work asked for with no pay said outright
/// before the order or outside the contract, skill judged on a piece ordered only if it pleases, a try-out spelled in kana, and
/// candidates asked for competing pieces with only the best one contracted. Part of <see cref="UnpaidSampleDetector"/>, read
/// only when none of its own rules found anything; also the guards that detector's rules ask about look-alikes.
/// </summary>
internal sealed class UnpaidRequestRules(Lexicon lex)
{
    private const string Category = Categories.UnpaidSample;

    // No pay for the piece, said outright: "選考の一環なので報酬は発生しません", "練習分はお支払いの対象外です"
    // (invented: "お試しの1本は報酬なしでお願いしたいです").
    private readonly CueSet _noPay = lex.Add(
        "報酬は発生しません", "報酬は発生しない", "報酬は発生いたしません", "報酬は出ない", "報酬は出ません", "お支払いはできません", "お支払いできません",
        "報酬はありません", "報酬はないのですが", "報酬はないんですが", "報酬なしで", "報酬無しで", "無償で", "無料で", "タダで", "ただで",
        "報酬はなし", "お支払いの対象外", "支払いの対象外", "報酬の対象外", "契約後の分から", "お支払いは発生しません",
        "no payment", "unpaid", "for free", "without pay",
        // The cost of the piece handed in said not to be included: "採用の方のみ本契約となり、提出分の費用は含まれません".
        "分の費用は含まれ", "分の費用は含み", "分の費用はお支払いし", "分の費用は発生し");

    private readonly CueSet _ask = lex.Add(
        "てください", "て下さい", "てもらえますか", "ていただけますか", "ていただけませんか", "てもらえませんか", "ていただけないでしょうか",
        "てもらえないかな", "てもらえない?", "てくれないかな", "てくれない?", "てくれたら", "ていただいて", "ていただき", "てもらって",
        "てもらえると", "ていただけると", "いただけると助か", "いただけると嬉し", "ご協力いただけ", "ご協力ください", "ご協力をお願い",
        "をお願いしています", "をお願いしております", "でお願いしています", "でお願いしております", "でお願いします", "でお願いできますか",
        "でお願いしたい", "お送りください", "ご提出ください",
        "てみていただけ", "てみてもらえ", "please");

    private readonly CueSet _work = lex.Add(
        "書い", "描い", "作っ", "作成", "制作", "翻訳", "編集", "撮影", "デザイン", "執筆", "入力", "直し", "直して", "出して", "出し",
        "切り抜き", "コーディング", "実装", "録音", "提出して", "協力", "考えて", "訳し", "加工", "ラフ", "試作", "案を", "案送", "write", "translate",
        "design", "sample");

    // What may rightly be free: a quote, a talk, a revision, shipping, a tool or font to use.
    private readonly CueSet _freeAnyway = lex.Add(
        "修正", "見積", "相談", "打ち合わせ", "面談", "送料", "質問", "使える", "フォント", "素材", "ツール", "ダウンロード", "配布", "体験版",
        "利用", "参加", "公開", "キャンペーン", "アプリ", "サービス", "完全無料", "基本無料", "受け取れ", "もらえる", "差し上げ", "登録は", "登録も",
        "施術", "商品", "来てくれ",
        // A meal the client treats the worker to: "当店の料理を無料で召し上がっていただき".
        "召し上が");

    // The writer offers or gives it free: "無料で対応します", "無料でお送りするので".
    private readonly CueSet _offered = lex.Add(
        "対応します", "対応いたします", "対応させて", "お受けします", "お手伝いします", "させていただきます", "お送りする", "お送りします",
        "差し上げ", "プレゼント", "お届けします", "お伝えしています", "お伝えします", "ご案内", "送ります", "お送りいた", "提供します", "ご提供", "承って", "承ります", "承り",
        "お渡しします", "お渡しいたします");

    // Free work said not to be wanted: "無料で作っていただきたいわけではありません".
    private readonly CueSet _notAsked = lex.Add("わけではありません", "わけではない", "訳ではありません", "つもりはありません", "つもりはない",
        // "応募時に無償でデザイン案を提出していただく必要はありません".
        "必要はありません", "必要ありません", "必要はございません", "必要ございません");

    // Words that make it a try-out outside the ordered work: before a renewal, outside the contract, a trial period.
    private readonly CueSet _tryOut = lex.Add(
        "試し", "ためし", "検証", "範囲外", "更新前", "テスト", "練習", "選考", "課題", "見てから", "良ければ", "良さそう", "実力", "腕前");

    // Pay that waits for revenue: the compensation rules' case.
    private readonly CueSet _revenue = lex.Add(
        "収益化", "広告収入", "売上", "売り上げ", "利益", "アクセス数", "再生数", "頑張った分", "成立したら");

    // No pay when a result fails ("アポが取れなければ報酬は発生しません"): pay on results, the compensation rules' case, unless what
    // fails is the pick of the piece ("採用されなければ報酬は発生しません" is spec work).
    private static readonly FoldedWords FailedBefore = new("なければ", "なかったら", "なかった場合は", "なかった場合", "ない場合は", "ない場合",
        // "アポが取れなかった場合の報酬はありません".
        "なかった場合の", "ない場合の", "なかったときの", "なかった時の", "なければ、", "なかったら、");

    private static readonly FoldedWords PickWords = new("採用", "選ばれ", "合格", "選考", "気に入", "不採用");

    private static bool ResultFailed(ContentText text, Hit noPay)
    {
        var before = text.Folded.AsSpan(Math.Max(0, noPay.Start - 16), Math.Min(16, noPay.Start));
        return FailedBefore.EndOf(before) && !PickWords.In(before);
    }

    // The pay named is some other part than the piece's: "多段階の報酬はありません", "固定報酬はありません".
    private static readonly FoldedWords OtherPay = new("固定", "基本", "段階の", "階層の", "最低", "時間", "待機", "紹介者への", "紹介者の", "的な", "への",
        // Money ruled out beside a perk, the pay in kind: "金銭の報酬はありません" (the compensation rules' case).
        "金銭の", "現金の", "金銭での", "現金での");

    // Free said as a manner ("無料で", "無償で"), which the request must follow: "無償で書いてください", not "…使っていただいて
    // OKです。モデルさんも無償で来てくれる子たちです".
    private static readonly FoldedWords Manner = new("無償で", "無料で", "タダで", "ただで", "報酬なしで", "報酬無しで");

    // Skill judged on a piece, the order placed only if it pleases: "実力を見たいので…反応が良かったら正式に依頼します".
    private readonly CueSet _judge = lex.Add("実力を見", "腕前を見", "スキルを見", "力量を見", "実力を拝見", "腕前を拝見", "実力を確認");

    private readonly CueSet _thenOrder = lex.Add(
        "たら正式に", "れば正式に", "なら正式に", "たら本契約", "れば本契約", "たら契約します", "れば契約します", "たら採用します", "れば採用します",
        "たら正式にご依頼", "たら依頼します", "れば依頼します");

    // A try-out in kana or with its condition: "ためしに1記事書いてもらえますか？良ければ採用します"
    // (invented: "ためしに1枚描いてみてもらえますか、よかったら本発注します").
    private readonly CueSet _kanaTrial = lex.Add("ためしに", "お試しに", "試しに");

    private readonly CueSet _ifLiked = lex.Add(
        "良ければ", "よければ", "良かったら", "よかったら", "良さそうだったら", "よさそうだったら", "良さそうなら", "よさそうなら", "気に入ったら",
        "気に入れば", "採用します", "正式に契約", "正式に依頼", "正式にお願い", "契約を追加");

    // Candidates asked for competing pieces, only the best contracted: "ロゴ案を2〜3案送っていただけますか？一番イメージに近い方と
    // だけ契約させていただきます" (invented: "3名の方に試作をお願いし、いちばん良かった方とだけ契約します").
    private readonly CueSet _onlyBest = lex.Add(
        "方とだけ契約", "方とのみ契約", "方だけと契約", "方と契約したい", "方と契約させていただ", "方にだけ発注", "方にのみ発注", "方とだけ本契約");

    private readonly CueSet _candidates = lex.Add("候補", "他の方", "お二人", "お2人", "お三方", "ずつ", "皆さん", "皆様", "各自", "それぞれ");

    // --- guards the detector's own rules ask ---

    // Documents for an identity check are no piece of work: "契約前に、本人確認のため免許証の写真を送ってください".
    private readonly CueSet _identity = lex.Add("本人確認", "免許証", "身分証", "通帳", "住民票", "保険証", "マイナンバー", "パスポート", "在留カード");

    // The worker asking to be let do it, not asking for work: "無償でもいいのでまず書かせてください".
    private readonly CueSet _letMe = lex.Add("かせてください", "らせてください", "かせていただけ", "らせていただけ");

    // A limited-time free offer, not a free piece asked for: "今だけ無料でお伝えしています".
    private static readonly FoldedWords NowOnly = new("今", "期間限定で今", "いまだけ");

    // Those chosen are sent something, not asked for spec work: "選ばれた方だけにお送りしています".
    private static readonly FoldedWords Receive = new("にお送り", "に送って", "にご案内", "にお知らせ", "にお届け", "にお声がけ");

    // A contact detail asked for with the application: "応募時に番号を書いてください".
    private readonly CueSet _contact = lex.Add(
        "番号", "連絡先", "メールアドレス", "アドレス", "line",
        // A chat account's name or id to be reached on: "連絡に使うSkype名", "微信号".
        "skype", "chatwork", "discord", "slack", "wechat", "微信", "連絡に使う", "連絡用の");

    /// <summary>Whether documents for an identity check are what is asked for in <paramref name="window"/>.</summary>
    public bool IdentityIn(ContentText text, Window window) => text.In(_identity, window);

    /// <summary>Whether the writer asks to be let do the work ("書かせてください"): an offer, not a request.</summary>
    public bool LetMe(ContentText text) => text.Has(_letMe);

    /// <summary>Whether the free word at <paramref name="hit"/> is a limited-time offer ("今だけ無料で").</summary>
    public static bool NowOnlyFree(ContentText text, Hit hit) =>
        NowOnly.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 6), Math.Min(6, hit.Start)));

    /// <summary>Whether the chosen ones at <paramref name="hit"/> are sent something ("選ばれた方だけにお送りしています").</summary>
    public static bool ChosenReceive(ContentText text, Hit hit) => Receive.StartOf(text.Folded.AsSpan(hit.End));

    /// <summary>Whether the free word at <paramref name="hit"/> is the writer's offer ("無料で対応します", "無料でお送りするので").</summary>
    public bool Offered(ContentText text, Hit hit) => text.In(_offered, text.After(hit, 16));

    /// <summary>Whether a contact detail is what is named in <paramref name="window"/>.</summary>
    public bool ContactIn(ContentText text, Window window) =>
        text.FirstIn(_contact, window, 0, static (t, h, _) => !SentTo(t, h)) is not null;

    /// <summary>
    /// Whether the address at <paramref name="hit"/> is where the piece goes ("下記アドレス宛にお送りください"), not a detail of the
    /// applicant's asked for.
    /// </summary>
    public static bool SentTo(ContentText text, Hit hit) => text.Folded.AsSpan(hit.End).StartsWith("宛", StringComparison.Ordinal);

    /// <summary>Whether a free word of <paramref name="free"/> is said, not one inside a number ("50,000円です" is no "0円で").</summary>
    public static bool FreeSaid(ContentText text, CueSet free) =>
        text.FirstWhere(
            free, 0, static (t, h, _) => !(h.Start > 0 && char.IsAsciiDigit(t.Folded[h.Start]) && (char.IsAsciiDigit(t.Folded[h.Start - 1]) || t.Folded[h.Start - 1] is ',' or '.'))) is not null;

    /// <summary>The finding for such a request, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa, bool byClient, bool paidOutright)
    {
        // Only the client asks for a piece: a worker's "…させてください" offers their own.
        if (!byClient || paidOutright || change.ActorRole == PartyRole.Worker)
        {
            return null;
        }

        var beforeOrder = change.Stage is DealStage.Open or DealStage.PreContract;
        var noPay = text.FirstWhere(
            _noPay,
            (Self: this, BeforeOrder: beforeOrder),
            static (t, h, s) => (s.BeforeOrder || t.Has(s.Self._tryOut)) && !OtherPay.EndOf(t.Folded.AsSpan(Math.Max(0, h.Start - 8), Math.Min(8, h.Start)))
                && t.Near(h, 120, 60) is var near && t.In(s.Self._ask, Manner.StartOf(t.Folded.AsSpan(h.Start)) ? t.Near(h, 0, 60) : near)
                && t.In(s.Self._work, near) && !t.In(s.Self._freeAnyway, t.Near(h, 20, 10)) && !s.Self.Offered(t, h)
                && !t.In(s.Self._notAsked, t.Near(h, 0, 60))
                && !t.In(s.Self._revenue, near) && !ResultFailed(t, h));
        if (noPay is { } np)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.unpaid", reasonJa, false, np);
        }

        var judged = text.FirstWhere(
            _judge, this, static (t, h, self) => t.In(self._thenOrder, t.Near(h, 0, 160)) && t.In(self._ask, t.Near(h, 0, 120)));
        if (judged is { } j)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", reasonJa, false, j);
        }

        var tried = text.FirstWhere(
            _kanaTrial, this, static (t, h, self) => t.In(self._ask, t.Near(h, 0, 60)) && t.In(self._ifLiked, t.Near(h, 0, 120)) && t.In(self._work, t.Near(h, 0, 60)));
        if (tried is { } tr)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.75, "sample.work_before_order", reasonJa, false, tr);
        }

        var best = !text.Has(_candidates)
            ? null
            : text.FirstWhere(_onlyBest, this, static (t, h, self) => t.In(self._ask, t.Near(h, 150, 0)) && t.In(self._work, t.Near(h, 150, 0)));
        if (best is { } b)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", reasonJa, false, b);
        }

        return null;
    }
}
