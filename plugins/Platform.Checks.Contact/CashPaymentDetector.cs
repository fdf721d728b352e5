namespace Platform.Checks.Contact;

/// <summary>
/// The worker's pay, or a part of it, offered in cash instead of through the escrow, in a message or a proposal: cash paid,
/// handed over or posted ("追加の作業分は、後日現金書留で郵送しますね", "当日に現金でお支払いいただけるなら", "残りは現金で当日手渡しにしても
/// いいですか"). A job post's cash pay is left to the other rules (a post names how pay goes more often than it proposes a
/// way around), unless the pay is handed over in person on the day (報酬は終了後に会場で現金にてお渡しします); pay in points or goods
/// is the uncertain-pay category's business.
/// </summary>
internal static class CashPaymentDetector
{
    private const int VerbReach = 22;

    /// <summary>Cash, or a postal money order (「残りのお代は郵便為替でお送りします」), the cue looked up in the field's index.</summary>
    internal static readonly Phrases Cash = new("現金", "げんきん", "キャッシュで", "郵便為替", "小為替");

    /// <summary>Paying, handing over or posting it, in the cash word's sentence after it.</summary>
    private static readonly Phrases CashPay = Phrases.Unindexed(
        "払", "お渡し", "渡し", "手渡し", "郵送", "お送り", "送ります", "送りし", "送らせ", "送金", "いただけ", "頂け", "もらえ", "精算",
        // Given back: "差額は当日こちらから現金でお戻しします".
        "戻し", "返し");

    /// <summary>
    /// Cash turned down or named as something else right after the word ("現金ではなく", "現金化", "現金以外", "現金の代わりに商品で",
    /// "現金のみ" said of a shop's till), or the measure the pay offered is compared with ("現金より多めに").
    /// </summary>
    private static readonly Phrases NotCashPay = Phrases.Unindexed(
        "ではなく", "じゃなく", "でなく", "以外", "化", "の代わり", "のかわり", "は使", "は不可", "はng", "はお断り", "への交換", "に交換",
        "還元", "のみ", "払いのみ", "払い不可", "同等",
        // Cash as what the pay offered is measured against: "ゲーム内のジェムでのお支払いでも…現金より額面は多めにお渡しできます".
        "より", "よりも", "と比べ", "に比べ", "と比較");

    /// <summary>The cash said to go through the platform, or the cash of some other business (レジ, 売上金, 集金代行…).</summary>
    private static readonly Phrases NotAround = Phrases.Unindexed(
        "仮払い", "サイト経由", "サイトで", "サイトから", "サイト上", "サイト内", "経由で", "システムで", "追加契約", "レジ", "売上金", "集金",
        "お客様から", "お客さんから", "お客様の", "入金代行", "送金代行", "両替", "換金", "キャッシュレス", "給付", "現金書留の書き方",
        // Cash as what the writer cannot manage ("現金での支払いが今月は厳しくて"): the other way proposed is not cash.
        "厳し", "難し", "無理", "できな", "出来な",
        // Cash as a shop's accepted way or a wording on its flyer ("チラシの「現金払いも可」の文言"), or as wages in a hiring pitch
        // ("現金手渡しで働けます"): not the worker's pay moved off the platform.
        "文言", "チラシ", "表記", "も可", "もok", "働け", "働き", "勤務", "給料", "給与", "日払い",
        // Cash the writer pays out for a fee and bills back through the platform: "拝観料は私が立て替えて現金で払い、あとでサイトの追加
        // 費用として請求させていただきます".
        "サイトの追加", "サイトで追加", "サイトから追加", "追加費用として請求", "実費として請求");

    /// <summary>In a job post, the pay named and handed over in person: at the place, on the day, after the work.</summary>
    private static readonly Phrases PayNoun = Phrases.Unindexed("報酬", "謝礼", "ギャラ", "日当", "お礼", "出張費", "作業代", "撮影料");

    private static readonly Phrases InPerson = Phrases.Unindexed(
        "会場で", "現場で", "その場で", "当日", "終了後", "終わったら", "作業後", "撮影後", "お会いした", "手渡し", "直接");

    public static void Detect(ScanText s, List<Hit> hits, bool jobPost = false)
    {
        var t = s.Text;
        foreach (var (start, len) in Cash.In(s, hits))
        {
            var end = start + len;
            var ss = Sentence.StartOf(t, start);
            var se = Sentence.EndOf(t, end);
            if (NotCashPay.MatchLength(t, end) > 0 || NotCashPay.MatchLength(t, SkipParticle(t, end)) > 0)
            {
                continue;
            }

            var quote = t.LastIndexOf('「', start, start - ss + 1);
            if (quote >= 0 && t.IndexOf('」', quote, start - quote) < 0)
            {
                // Quoted: a wording written or reported, not the writer's offer.
                continue;
            }

            var v = CashPay.IndexIn(t, end, Math.Min(se, end + VerbReach));
            if (v < 0 || IsAround(t, ss, se) || PaymentDetector.Topic.IndexIn(s, ss, se) >= 0 || HasHit(hits, start, se))
            {
                continue;
            }

            if (jobPost && (PayNoun.IndexIn(t, ss, start) < 0 || InPerson.IndexIn(t, ss, se) < 0))
            {
                // A job post's "報酬は現金でお支払いします" says money, not points; only pay handed over in person goes around the escrow.
                continue;
            }

            hits.Add(new Hit(Codes.PaymentOutside, start, v + CashPay.MatchLength(t, v) - start, 0.8, Soft: true));
        }
    }

    /// <summary>The platform's route said not to be used, right after it ("（サイト経由の支払いは行いません）").</summary>
    private static readonly Phrases RouteRefused = Phrases.Unindexed(
        "の支払いは行いません", "の支払いは行わず", "の支払いはしません", "の支払いはありません", "のお支払いは行いません", "のお支払いはいたしません",
        "では支払いません", "ではお支払いしません", "は行いません", "は使いません", "は通しません", "ではなく");

    // A word of NotAround in the sentence, unless every one is the platform's route refused right after it.
    private static bool IsAround(string t, int ss, int se)
    {
        for (var at = NotAround.IndexIn(t, ss, se); at >= 0; at = NotAround.IndexIn(t, at + 1, se))
        {
            if (RouteRefused.MatchLength(t, at + NotAround.MatchLength(t, at)) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipParticle(string t, int i) => i < t.Length && t[i] is 'ハ' or 'モ' or 'デ' or 'ヲ' or 'ノ' ? i + 1 : i;

    // A payment hit already in the cash word's sentence.
    private static bool HasHit(List<Hit> hits, int start, int se)
    {
        foreach (var h in hits)
        {
            if (h.Code == Codes.PaymentOutside && h.Start < se && h.Start + h.Length > start - VerbReach)
            {
                return true;
            }
        }

        return false;
    }
}
