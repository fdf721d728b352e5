using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定, the conditions a payment is made to wait on rather than a named pay scheme: paid only once the client is
/// satisfied or more work is done, experience or exposure offered instead of any money, goods or the client's own tokens
/// given in place of money, a sum paid on an event or per event the worker cannot ensure, the amount left to be set by the
/// results, and most of the pay said to be results (held). Part of <see cref="UncertainCompensationDetector"/>, read only
/// when none of its own rules found anything; also the guards that detector's rules ask about look-alikes.
/// </summary>
internal sealed class PayConditionRules(Lexicon lex)
{
    private const string Category = Categories.UncertainCompensation;

    private const string SatisfiedReasonJa =
        "納品後に「納得できたら」「気に入るまで」などの条件で支払いを保留することは「報酬不確定」として禁止されています。契約どおりの報酬を支払ってください。";

    private const string ExposureReasonJa =
        "報酬の代わりに経験・実績・宣伝効果を提供する条件は「報酬不確定」として禁止されています。作業には金銭の報酬を設定してください。";

    private const string GoodsReasonJa =
        "報酬を商品・ポイント・トークンなどで支払う条件は「報酬不確定」として禁止されています。報酬は金銭で、サイトの仮払いを通してお支払いください。";

    private const string ResultReasonJa =
        "報酬が成果（達成・当選・成約など）次第で、作業しても支払われない可能性がある条件は「報酬不確定」として禁止されています。固定の報酬額を設定してください。";

    private const string LaterReasonJa =
        "成果や数字を見てから報酬額を決める条件は「報酬不確定」として禁止されています。契約の前に報酬額を確定させてください。";

    private const string MostlyReasonJa =
        "報酬の大半が成果次第になっているため、内容を確認してから公開されます。固定の報酬額を中心に設定してください。";

    // Paid once the client is satisfied, or as much as they are: "納得できたら払います", "満足いただけた分だけお支払い"
    // (invented: "仕上がりに納得できたら払いますね").
    private readonly CueSet _satisfiedThen = lex.Add(
        "納得できたら", "納得できれば", "納得したら", "満足できたら", "満足できれば", "満足したら", "満足いただけた分", "満足した分だけ",
        "気に入った分だけ", "納得した分だけ", "納得いった分だけ", "満足いった分だけ", "気に入ったら払", "気に入れば払");

    // Revisions demanded until the client is happy, with the payment refused till then: "気に入るのが出るまで支払いはしません"
    // (invented: "私がOKを出すまで直してください。それまでは払いません").
    private readonly CueSet _untilSatisfied = lex.Add(
        "納得いくまで", "納得するまで", "気に入るまで", "気に入るのが出るまで", "満足いくまで", "満足するまで", "って言うまで", "と言うまで",
        "ok出すまで", "okを出すまで", "オッケー出すまで");

    // Acceptance held hostage for more work: "検収してほしければ、追加で10本作ってください" (invented).
    private readonly CueSet _acceptanceLever = lex.Add(
        "検収してほしければ", "検収してほしかったら", "検収してほしいなら", "検収してもらいたければ", "検収してもらいたかったら", "検収が欲しければ",
        "検収してほしけりゃ");

    private readonly CueSet _payVerb = lex.Add(
        "払います", "払う", "払え", "払わ", "支払いはしません", "支払いします", "お支払いいただ", "お支払いします", "お支払いいたします", "お支払いする");

    // The payment refused outright.
    private readonly CueSet _payRefused = lex.Add(
        "払いません", "払えません", "払わない", "払えない", "支払いはしません", "支払いません", "支払わない", "お支払いできません", "お支払いしません",
        "払わないから", "払わんよ", "払わんから", "払いませんよ");

    // No money, and something else offered for the work: "報酬は出ませんが、実務経験が積めます", "予算ゼロですが、配信で紹介します"
    // (invented: "お金は出せないけど、作品ページにお名前を載せます").
    private readonly CueSet _noMoney = lex.Add(
        "報酬は出ませんが", "報酬は出ないけど", "報酬は出ないのですが", "報酬は出ないんですが", "報酬はないけど", "報酬はないんだけど",
        "報酬はないのですが", "報酬はないんですが", "報酬はありませんが", "報酬はございませんが", "お金は出せない", "お金は出せません", "お金は払えない",
        "お金は払えません", "予算ゼロ", "予算は0円", "予算0円", "予算はゼロ", "予算はない", "予算がない", "予算はありません", "ギャラは出せない",
        "ギャラは出せません", "ギャラは出ない", "無給ですが", "無給だけど");

    private readonly CueSet _insteadOffered = lex.Add(
        "経験が積め", "経験を積め", "経験がガッツリ", "実務経験", "就活で", "就活に", "推薦状", "クレジットし", "クレジット表記", "クレジットを入れ",
        "宣伝にな", "フォロワーは確実に", "フォロワーが増え", "フォロワーも増え", "露出", "知名度", "実績にな", "勉強にな", "名前を載せ", "お名前を載せ",
        "紹介すれば", "配信で紹介", "動画で紹介", "拡散し");

    // Work that is itself unpaid by nature or a test, not pay replaced: a volunteer drive, a selection piece.
    private readonly CueSet _unpaidByNature = lex.Add(
        "ボランティア", "テスト", "トライアル", "サンプル", "選考", "お試し", "試し書き", "コンペ");

    // Something other than money given in place of the pay: "代わりに、ショップで使えるポイントをお付けします".
    private readonly CueSet _inPlace = lex.Add("代わりに", "かわりに");

    private readonly CueSet _payContext = lex.Add(
        "報酬", "お金", "仮払い", "お支払", "支払い", "ギャラ", "謝礼", "見積もり", "見積り", "料金", "お代");

    // Money declined, and a thing handed over: "お金ではなく、不要になる家電をお譲りします" (invented: "現金じゃなくて、うちの
    // 古い自転車を譲るよ").
    private readonly CueSet _notMoney = lex.Add(
        "お金ではなく", "お金じゃなく", "お金はいらない", "お金は要らない", "お金はいりません", "現金ではなく", "現金じゃなく", "金銭ではなく");

    private readonly CueSet _handOver = lex.Add(
        "お譲り", "を譲", "譲ります", "差し上げ", "をいただけたら", "をいただければ", "を頂けたら", "をもらえたら", "をください");

    private readonly CueSet _moneyWay = lex.Add(
        "振込", "振り込", "口座", "銀行", "送金", "paypay", "決済", "仮払", "サイト", "請求", "システム");

    // The client's own tokens as the pay: "報酬は当プロジェクトのトークンで支払います" (invented: "お礼は弊社のコインでお支払いします").
    private readonly CueSet _token = lex.Add("トークン", "独自コイン", "プロジェクトのコイン");

    private readonly CueSet _tokenPaid = lex.Add("で支払", "でお支払", "で払", "で報酬", "で還元", "で配布");

    // Points that the pay is counted in, exchanged for vouchers later: "ポイントはギフト券に交換できます".
    private readonly CueSet _exchange = lex.Add("に交換でき", "と交換でき", "に交換可能", "と交換可能");

    private readonly CueSet _pointWord = lex.Add("ポイント", "pt", "コイン");

    // A sum paid on reaching an event: "目標達成時に3万円", "到達で15,000円" (invented: "1位獲得時に1万円お支払いします").
    private readonly CueSet _onEvent = lex.Add(
        "達成時に", "当選時に", "成約時に", "合格時に", "獲得時に", "到達時に", "到達で", "当選で", "達成で", "合格で", "到達したら", "達成したら");

    // Paid per person once a hire is made, nothing before (invented: "紹介した方の入社が決定した場合に、1名につき5万円"); the
    // count per person sets it apart from the worker's own hire ("本採用が決まった場合に1記事3,000円で").
    private readonly CueSet _onHire = lex.Add("決定した場合に", "決まった場合に", "内定承諾時に", "入社時に", "入社した場合に", "入社が決まったら");

    private readonly CueSet _perPerson = lex.Add("1名あたり", "1名につき", "1人あたり", "1人につき", "一人あたり", "一人につき", "お一人につき", "お1人につき");

    // Paid per event the worker cannot ensure: "お客さんが契約するたびに1件5,000円", "口座開設が1件あるごとに5,000円",
    // "ランクが上がるごとに2,000円" (invented: "問い合わせが1件あるごとに800円").
    private readonly CueSet _perEvent = lex.Add(
        "契約するたびに", "成約するたびに", "契約が決まるたびに", "成約が決まるたびに", "購入されるたびに", "申し込むたびに", "申込があるたびに",
        "売れるたびに", "あるごとに", "上がるごとに", "上がるたびに",
        // Per sale, per win, per hire: "1個売れるごとに300円", "1件取れるごとに2,000円" (invented).
        "売れるごとに", "取れるごとに", "決まるごとに", "成約するごとに", "当選するごとに");

    private readonly CueSet _rankWord = lex.Add("ランク", "順位", "段位", "ティア", "階級");

    // Charges and revisions counted per event are no results: "修正が1回あるごとに1,000円".
    private readonly CueSet _chargeWord = lex.Add("修正", "リテイク", "追加", "変更", "延長", "オプション");

    // Someone brought in by the writer's circle before the event: a referral scheme, read by the mlm rules.
    private readonly CueSet _referredBefore = lex.Add("紹介した", "紹介された", "誘った", "招待した");

    // The rest of the pay moved onto a result or a recruit: "10位以内に入ったら残りを払う", "友達を3人紹介してもらえたら残金を".
    private readonly CueSet _restThen = lex.Add(
        "たら残りを", "れば残りを", "たら残金を", "れば残金を", "たら残りの報酬", "れば残りの報酬", "たら残りは", "たら残金は");

    private readonly CueSet _restOf = lex.Add("残金", "報酬の残り", "残りの報酬", "残りの半分", "残り半分");

    private readonly CueSet _recruitThen = lex.Add(
        "紹介してもらえたら", "紹介してくれたら", "紹介していただけたら", "入会してもらえたら", "入会してくれたら", "入会していただけたら",
        "登録してもらえたら", "登録してくれたら");

    // The amount set after seeing the numbers: "実際の報酬は売上の数字を見てから", "成果を見ながら金額を決めさせて".
    private readonly CueSet _seeNumbers = lex.Add(
        "数字を見てから", "数字を見て", "数字を見ながら", "数を見てから単価", "数を見てから金額", "数を見てから報酬", "数を見て単価", "数を見て金額", "成果を見ながら", "結果を見ながら", "売上を見ながら", "反響を見ながら", "成果を見てから金額",
        "売上を見てから", "実績を見ながら金額");

    private readonly CueSet _amountWord = lex.Add("金額", "報酬", "振込", "振り込", "払", "単価", "お支払");

    // A raise or a review of the rate, not the pay left open: "成果を見ながら単価の見直しを".
    private readonly CueSet _raise = lex.Add("固定", "見直し", "昇給", "アップ", "上げ", "増額");

    // Most of the pay on results in a wording the detector's own list (UncertainCompensationDetector._mostly, read before
    // these rules) lacks, held: "報酬はほぼインセンティブです".
    private readonly CueSet _mostly = lex.Add("ほぼインセンティブ");

    // Paid only for the pieces that pass the client's inspection: "検品に合格したものだけを1個150円で買い取ります"
    // (invented: "審査を通過した写真のみ1枚500円でお支払いします").
    private readonly CueSet _passedOnly = lex.Add(
        "合格したものだけ", "合格したもののみ", "合格品のみ", "合格品だけ", "合格した分だけ", "合格した分のみ", "通過したものだけ", "通過したもののみ",
        "通過した分のみ", "検品に通ったものだけ", "検品に通ったもののみ");

    // No fixed pay named in a list of terms: "報酬：固定なし。チームの売上の15%".
    private readonly CueSet _noFixed = lex.Add("報酬:固定なし", "報酬:固定無し", "報酬は固定なし", "報酬は固定無し", "報酬:固定0円");

    // --- guards the detector's own rules ask ---

    // A cost said to be earned back from the pay, not pay that waits on revenue: "キット代は初月の報酬で回収できます".
    private static readonly string Recoup = Platform.Checks.Text.TextFolder.Fold("回収", decodeDigits: false).Folded;

    private static readonly FoldedWords CostBefore = new("代は", "費は", "費用は", "代金は", "料は", "代も", "費用も");

    // Paid apart from and on top of the fixed fee: "ロイヤリティを別途（固定報酬とは別）", "報酬とは別に、お礼の品を".
    private readonly CueSet _apart = lex.Add("報酬とは別", "固定給とは別", "固定費とは別");

    // The writer turns results-only pay down and asks for a fixed fee: "完全成果だと厳しいので、固定で時給…にしていただけないでしょうか",
    // "私の方では固定報酬でのみお受けしております".
    private readonly CueSet _wantsFixed = lex.Add(
        "固定報酬でのみ", "固定報酬のみでお受け", "固定でのみ", "固定でお願いできないでしょうか", "固定報酬でお願いできないでしょうか",
        "固定にしていただけないでしょうか", "固定にしていただけませんか", "固定で時給", "固定でお願いしたい", "固定報酬にしていただけ",
        // "私は固定報酬でのお取引のみお受けしております".
        "固定報酬でのお取引のみ", "固定でのお取引のみ", "固定報酬でのご依頼のみ", "固定報酬のお仕事のみ",
        // "私は固定報酬のみで承っております" (blind250-0087).
        "固定報酬のみで承", "固定のみで承", "固定報酬でのみ承");

    // The scheme turned down or compared as a topic: "成果報酬だと厳しい", "歩合制と固定給のちがい", "成果報酬のご提案はご遠慮させて".
    private static readonly FoldedWords TurnedDown = new("だと厳し", "では厳し", "だと難し", "では難し", "は厳しい");

    private static readonly FoldedWords ComparedOrDeclined = new("違い", "ちがい", "ご遠慮させ", "遠慮させていただ");

    // A pay scheme set against another as the topic: "歩合制と固定給のちがい" (invented: "成果報酬と時給制の違いを表に").
    private readonly CueSet _compared = lex.Add(
        "のちがい", "の違い", "とのちがい", "との違い", "のちがいを", "の違いを",
        // Set side by side: "完全歩合・個建て・日当制それぞれの収支を比較できるシート".
        "を比較", "の比較", "比較表");

    /// <summary>Whether the term at <paramref name="hit"/> is compared with another as a topic anywhere in the text.</summary>
    public bool ComparedTopic(ContentText text, Hit hit) =>
        text.FirstWhere(
            _compared,
            hit,
            static (t, cmp, term) => cmp.Start >= 2 && t.Folded.AsSpan(Math.Max(0, cmp.Start - 24), Math.Min(24, cmp.Start))
                .Contains(t.Folded.AsSpan(term.Start, term.Length), StringComparison.Ordinal)) is not null;

    // An identity lent for a cut of the income: "あなたの身分証で本人確認していただける方…収益の一部をお渡しします" (a rental fee, the
    // lending itself other categories' business).
    private readonly CueSet _identityLent = lex.Add(
        "身分証で本人確認", "あなたの身分証で", "あなたの名義で", "ご自身の名義で", "名義をお借り", "身分証をお借り", "名義を貸");

    /// <summary>Whether an identity or a name is lent in the text (see _identityLent).</summary>
    public bool IdentityLent(ContentText text) => text.Has(_identityLent);

    /// <summary>Whether the cost named before <paramref name="hit"/> is what is earned back ("キット代は…回収できます").</summary>
    public static bool CostRecouped(ContentText text, Hit hit)
    {
        if (!text.Folded.AsSpan(hit.Start).StartsWith(Recoup, StringComparison.Ordinal))
        {
            return false;
        }

        var from = Math.Max(0, hit.Start - 20);
        var before = text.Folded.AsSpan(from, hit.Start - from);
        var stop = before.LastIndexOfAny('。', '!', '?');
        return CostBefore.In(stop < 0 ? before : before[(stop + 1)..]);
    }

    /// <summary>Whether pay is said to be apart from the fee in the text ("固定報酬とは別").</summary>
    public bool PaidApart(ContentText text) => text.Has(_apart);

    /// <summary>Whether the pay word at <paramref name="payWord"/> is the fee something else comes apart from ("報酬とは別に").</summary>
    public bool ApartFrom(ContentText text, Hit payWord) => text.FindIn(_apart, new Window(payWord.Start, Math.Min(text.Folded.Length, payWord.End + 4))) is not null;

    /// <summary>Whether the writer asks for a fixed fee, turning down results-only pay.</summary>
    public bool WantsFixed(ContentText text) => text.Has(_wantsFixed);

    /// <summary>Whether the scheme at <paramref name="hit"/> is turned down, compared or declined in its own clause.</summary>
    public static bool NamedNotOffered(ContentText text, Hit hit)
    {
        var after = text.Folded.AsSpan(hit.End, Math.Min(6, text.Folded.Length - hit.End));
        if (TurnedDown.StartOf(after) || TurnedDown.StartOf(text.Folded.AsSpan(Math.Min(text.Folded.Length, hit.End + 1))))
        {
            return true;
        }

        var clause = text.After(hit, 60);
        return ComparedOrDeclined.In(text.Span(clause));
    }

    /// <summary>The finding for such conditions, or null.</summary>
    public Finding? Detect(
        ContentText text, StateChange change, bool meta, bool bonusOnTop, CueSet goods, CueSet notGoods, CueSet outcome, WorkerCurrency currency)
    {
        if (meta)
        {
            return null;
        }

        var satisfied = text.FirstWhere(_satisfiedThen, this, static (t, h, self) => t.In(self._payVerb, t.Near(h, 0, 24)))
            ?? text.FirstWhere(_untilSatisfied, this, static (t, h, self) => t.In(self._payRefused, t.Near(h, 0, 70)))
            ?? text.FirstWhere(_acceptanceLever, this, static (t, h, self) => t.In(self._payVerb, t.Near(h, 0, 90)));
        if (satisfied is { } s)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.pay_on_satisfaction", SatisfiedReasonJa, false, s);
        }

        var client = change.ActorRole != PartyRole.Worker;
        var exposure = !client || text.Has(_unpaidByNature)
            ? null
            : text.FirstWhere(_noMoney, this, static (t, h, self) => t.In(self._insteadOffered, t.Near(h, 0, 80)));
        if (exposure is { } ex)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.paid_in_exposure", ExposureReasonJa, false, ex);
        }

        var inKind = text.FirstWhere(
                _inPlace,
                (Self: this, Goods: goods, NotGoods: notGoods, Currency: currency, Change: change),
                static (t, h, s) => t.In(s.Self._payContext, t.Near(h, 50, 0)) && t.FindIn(s.Goods, t.Near(h, 0, 40)) is { } g
                    && !t.In(s.NotGoods, t.After(g, 20, clause: true)) && !t.In(s.Self._moneyWay, t.Near(h, 0, 20))
                    && !s.Currency.AskedByWorker(t, s.Change, t.Near(h, 0, 24)))
            ?? text.FirstWhere(
                _notMoney, this, static (t, h, self) => t.In(self._handOver, t.Near(h, 0, 50)) && !t.In(self._moneyWay, t.Near(h, 0, 20)))
            ?? text.FirstWhere(
                _token, this, static (t, h, self) => t.In(self._tokenPaid, t.Near(h, 0, 16)) && t.In(self._payContext, t.Near(h, 24, 0)))
            ?? text.FirstWhere(
                _exchange,
                this,
                static (t, h, self) => t.In(self._pointWord, t.Near(h, 24, 0)) && t.In(self._payContext, t.Near(h, 100, 0))
                    && !t.In(self._moneyWay, t.Near(h, 100, 40)));
        if (inKind is { } k)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "comp.paid_in_kind", GoodsReasonJa, false, k);
        }

        var onResult = bonusOnTop
            ? null
            : text.FirstWhere(_onEvent, this, static (t, h, self) => AmountSoon(t, h.End) && !t.In(self._unpaidByNature, t.Near(h, 30, 0)))
                ?? text.FirstWhere(_perEvent, this, static (t, h, self) => self.IsPerEvent(t, h))
                ?? text.FirstWhere(_restThen, outcome, static (t, h, o) => t.In(o, t.Near(h, 40, 0)))
                ?? text.FirstWhere(_recruitThen, this, static (t, h, self) => t.In(self._restOf, t.Near(h, 60, 0)))
                ?? text.FirstWhere(_passedOnly, 0, static (t, h, _) => AmountSoon(t, h.End) || AmountSoon(t, h.End + 6))
                ?? text.FirstWhere(_onHire, this, static (t, h, self) => t.FindIn(self._perPerson, t.After(h, 12)) is { } pp && AmountSoon(t, pp.End))
                ?? text.Find(_noFixed);
        if (onResult is { } r)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, r);
        }

        var later = text.FirstWhere(
            _seeNumbers,
            this,
            static (t, h, self) => t.Around(h, 40, 30) is var sentence && t.In(self._amountWord, sentence) && !t.In(self._raise, sentence));
        if (later is { } l)
        {
            return change.TextKind == TextKind.Job
                ? Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.decided_after_delivery", LaterReasonJa, false, l)
                : Findings.One(change, text, Category, Decision.Block, 0.8, "comp.decided_after_delivery", LaterReasonJa, false, l);
        }

        if (text.Find(_mostly) is { } m)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.mostly_results", MostlyReasonJa, false, m);
        }

        return null;
    }

    // "口座開設が1件あるごとに5,000円", not a charge per revision, nor a rank-free "上がるごとに", nor a recruit's purchase.
    private bool IsPerEvent(ContentText text, Hit hit)
    {
        if (!AmountSoon(text, hit.End) || text.In(_chargeWord, text.Near(hit, 16, 0)) || text.In(_referredBefore, text.Near(hit, 24, 0)))
        {
            return false;
        }

        var cue = text.Folded.AsSpan(hit.Start, hit.Length);
        return !cue.StartsWith(RiseCue, StringComparison.Ordinal) || text.In(_rankWord, text.Near(hit, 10, 0));
    }

    private static readonly string RiseCue = Platform.Checks.Text.TextFolder.Fold("上がる", decodeDigits: false).Folded;

    // A yen amount within the next 14 chars starting at once (one particle allowed), a count like "1件" allowed first:
    // "1件5,000円", "に30,000円"; not a voucher named first ("成約時に商品券1万円を進呈": a customer's perk).
    private static bool AmountSoon(ContentText text, int from)
    {
        var span = text.Folded.AsSpan(from, Math.Min(14, text.Folded.Length - from)).TrimStart(' ');
        if (span.StartsWith("+") || span.Length < 2 || !(char.IsAsciiDigit(span[0]) || char.IsAsciiDigit(span[1])))
        {
            // "目標スコア達成で+5万円": a bonus on top of a named fee.
            return false;
        }

        var yen = span.IndexOf('円');
        return yen > 0 && char.IsAsciiDigit(span[yen - 1]) || (yen > 0 && span[yen - 1] == '万');
    }
}
