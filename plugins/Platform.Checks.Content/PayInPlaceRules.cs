using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定, the pay replaced or cut down in plain words rather than with a named scheme: no pay said and something else
/// offered "instead" ("出演料のお支払いはありません。代わりに…", "報酬は不要です。その代わり、使わなくなった物を"), the rest of an agreed
/// fee exchanged for a perk ("残りの分はメンバーシップの無料招待に代えさせて"), a commodity sent per piece when money is short
/// ("お金はあまり出せないので、一記事につき新米五キロ送る"), and pay for only the share that sells or pleases ("売れた分だけ払う",
/// "気に入った枚数の分だけお支払い"), the pay said to be a thing handed over ("報酬は、撮影した作品から1点お好きなものを差し上げます"),
/// and pay counted in points per piece ("1枚あたり40ポイント…当塾の季節講習でご利用いただけます"). Part of
/// <see cref="UncertainCompensationDetector"/>, read only when none of its own rules found anything. Not pay in kind: a charge waived ("送料のお支払いはありません"), a polite formula ("お礼に代えさせていただきます"), a way of
/// paying money ("お支払いを銀行振込に代えさせて"), a test or a volunteer drive unpaid by nature, pay for the work done ("作業した分だけ").
/// </summary>
internal sealed class PayInPlaceRules(Lexicon lex)
{
    private const string Category = Categories.UncertainCompensation;

    private const string InKindReasonJa =
        "報酬の代わりに物品・特典・会員資格などを渡す条件は「報酬不確定」として禁止されています。報酬は金銭で、サイトの仮払いを通してお支払いください。";

    private const string ShareReasonJa =
        "売れた分や気に入った分だけを支払う条件は、作業しても支払われない可能性があるため「報酬不確定」として禁止されています。契約の前に報酬額を確定させてください。";

    // No pay, said outright.
    private readonly CueSet _noPay = lex.Add(
        "お支払いはありません", "お支払いはございません", "報酬はありません", "報酬はございません", "報酬は出ません", "報酬は不要", "報酬はいりません",
        "報酬は要りません", "お金はいりません", "お金は要りません", "お代はいりません", "お代は結構", "報酬は結構", "お支払いは不要", "報酬はなし",
        "ギャラはありません", "ギャラは出ません", "謝礼はありません", "謝礼は出ません");

    // …and something else offered in its place right after.
    private readonly CueSet _instead = lex.Add("代わりに", "かわりに", "その代わり", "そのかわり");

    // A test, a sample or a volunteer drive is unpaid by nature (the unpaid-sample rules' case), not pay replaced.
    private readonly CueSet _unpaidByNature = lex.Add("ボランティア", "テスト", "トライアル", "サンプル", "選考", "お試し", "試し書き", "コンペ");

    // …a thing or a perk, not a favour asked ("報酬は不要ですので、代わりに私のグループのお話を聞いていただけませんか" is the pitch,
    // the mlm rules' case): "物をいくつか譲っていただければ", "ビジネス会員として登録でき".
    private readonly CueSet _thing = lex.Add(
        "譲", "物を", "品を", "家具", "家電", "会員", "特典", "券", "ポイント", "差し上げ", "お渡し", "プレゼント", "進呈", "お送り", "送ります",
        "無料で", "使わせ", "招待", "グッズ", "現物", "食事", "宿泊");

    // A charge said not to be paid, which nothing replaces as pay: "追加料金のお支払いはありません。代わりに納期を".
    private static readonly FoldedWords ChargeNamed = new("送料", "手数料", "追加料金", "費用", "利用料", "会費", "登録料", "交通費", "材料費", "延長料");

    // The pay exchanged for something: "残りの分は…無料招待に代えさせていただけないでしょうか".
    private readonly CueSet _replace = lex.Add("に代えさせ", "で代えさせ", "に替えさせ", "で替えさせ", "に代えても", "で代用させ", "に代えて");

    private readonly CueSet _payNamed = lex.Add("残りの分", "残り", "残金", "報酬", "お支払", "支払い", "お代", "謝礼", "ギャラ");

    // A polite formula or a way of paying money, not the pay exchanged: "書面にてお礼に代えさせていただきます", "銀行振込に代えさせて".
    private static readonly FoldedWords NotPayReplaced = new(
        "お礼", "御礼", "挨拶", "あいさつ", "振込", "振り込み", "払い", "決済", "送金", "仮払い", "お返事", "返信", "メッセージ");

    // A commodity counted per piece and sent when money is short: "一記事につき新米五キロ送る".
    private readonly CueSet _perPiece = lex.Add("につき", "あたり", "ごとに");

    private readonly CueSet _commodityUnit = lex.Add("キロ", "kg", "箱", "袋", "ケース", "瓶", "パック", "俵", "升");

    private readonly CueSet _send = lex.Add("送る", "送ります", "お送り", "差し上げ", "進呈", "お渡し", "プレゼント", "贈");

    private readonly CueSet _moneyShort = lex.Add(
        "出せない", "出せません", "出せねえ", "出せねぇ", "出せへん", "出せん", "払えない", "払えません", "予算がない", "予算が少な", "予算があまり",
        "予算はあまり", "あんまり出せ", "あまり出せ", "お金がない", "お金はない");

    // Paid only for the share that sells or pleases: "売れた分だけ払う", "気に入った枚数の分だけお支払いします".
    private readonly CueSet _shareOnly = lex.Add(
        "分だけ払", "分だけお支払", "分だけ支払", "分のみお支払", "分のみ支払", "分しか払", "分しかお支払",
        // Paid later for only that share: "新規の入会者が出たら、その分だけ後からお支払いする形に".
        "分だけ後からお支払", "分だけ後から支払", "分だけあとからお支払", "分だけ後でお支払", "分だけ後払い", "分のみ後からお支払");

    private readonly CueSet _liked = lex.Add("気に入っ", "納得し", "満足し", "気にいっ");

    // The pay named as such…
    private readonly CueSet _payIs = lex.Add("報酬は", "報酬:", "謝礼は", "謝礼:", "ギャラは");

    // …and said to be a thing handed over: "報酬は、撮影した作品から1点お好きなものを差し上げます".
    private readonly CueSet _giveThing = lex.Add("を差し上げ", "を進呈", "をプレゼント", "をお譲り", "をお贈り", "を贈呈");

    // Points counted per piece as the pay: "1枚あたり40ポイント", "1件につき50pt".
    private readonly CueSet _points = lex.Add("ポイント", "pt");

    private readonly CueSet _pointsDenied = lex.Add(
        "ではありません", "ではございません", "ではなく", "じゃなく", "はありません", "現金で");

    // A points scheme built or run for customers, not the worker's pay: "購入100円につき1ポイントが貯まる".
    private readonly CueSet _pointsTopic = lex.Add(
        "貯ま", "たまる", "たまり", "還元率", "付与率", "機能", "システム", "アプリ", "会員様", "お客様", "お客さん", "購入者", "ユーザー",
        // Points scored in a quiz or a game: "正解1問あたり10ポイント獲得".
        "獲得", "正解", "クイズ", "ゲーム", "スコア", "得点");

    // The pay itself replaced: a word of pay before "の代わりに" ("代金の代わりに、次の案件を優先的に", "デザイン料の代わりに").
    private readonly CueSet _payReplaced = lex.Add([.. PayInsteadWords()]);

    // The pay named as the topic ("お代は", "お礼は", "報酬は", "報酬として")…
    private readonly CueSet _payTopic = lex.Add(
        "お代は", "お代:", "お礼は", "お礼として", "報酬は", "報酬として", "謝礼は", "謝礼として", "ギャラは", "ギャラとして", "代金は", "お支払いは",
        "支払いは");

    // …and settled, later in the same sentence, with something named before a "で" or a "って": "お好み焼きで払うわ", "株でお渡しする",
    // "コインでさせてください", "交換でいかがですか", "飲み放題ってことでどうでしょう".
    private readonly CueSet _settledWith = lex.Add(
        "で払", "でお支払", "で支払", "でさせて", "でお渡し", "で相殺", "でご勘弁", "でいかが", "でどう", "で手を打", "ってことで", "ってので",
        "という形で", "という交換");

    // …unless what lies between is money, a way or a time of paying, or the agreed terms: "お支払いは月末締めの翌月払いで",
    // "お支払いはこのサイトの仮払いでさせて", "報酬はいつもどおりでいかが".
    private static readonly FoldedWords PaidInMoney = new(
        "円", "万", "¥", "$", "ドル", "振込", "振り込", "仮払", "決済", "送金", "銀行", "カード", "現金", "口座", "後日", "翌", "月末", "今月", "来月",
        "週", "納品", "完了", "契約", "規定", "相場", "前払", "後払", "分割", "一括", "全額", "半額", "満額", "いつも", "通り", "どおり", "サイト",
        "予定", "見積", "相談", "請求", "時給", "日給", "単価", "固定", "金額", "額",
        // Paid in cash by hand, on the day, through another service or in a currency: "ギャラは当日手渡しでいかが", "PayPayでいかが",
        // "お支払いはSkeb経由でさせて", "USDTで払いたい", "代金はこちらで払います".
        "手渡", "当日", "cash", "キャッシュ", "pay", "ペイ", "経由", "現場", "会い", "こちら", "usdt", "usdc", "btc", "ビットコイン");

    // Money said to be short and a thing given in its place: "お金はないのですが、完成したら会員権を永久に差し上げます".
    private const int ShortThenGiven = 60;

    private readonly CueSet _giveAway = lex.Add("差し上げ", "進呈", "プレゼント", "贈呈", "贈り");

    // Goods swapped for the work: "今回は物々交換でお願いしたいです".
    private readonly CueSet _barter = lex.Add("物々交換で", "物々交換という");

    private readonly CueSet _barterAsked = lex.Add("お願い", "どう", "いかが", "したい", "させて");

    private static IEnumerable<string> PayInsteadWords()
    {
        // Not a charge's 料 ("送料の代わりに、着払いで"): the worker's pay only.
        foreach (var pay in (string[])["報酬", "代金", "お代", "ギャラ", "謝礼", "料金", "お金", "金銭"])
        {
            foreach (var instead in (string[])["の代わりに", "のかわりに", "の代わりとして", "の代わりは"])
            {
                yield return pay + instead;
            }
        }
    }

    /// <summary>The finding for such terms, or null; <paramref name="outcome"/> is the detector's family of results.</summary>
    /// <remarks><paramref name="thirdParty"/> is the detector's family of people other than the worker (respondents, customers).</remarks>
    public Finding? Detect(ContentText text, StateChange change, CueSet outcome, CueSet thirdParty)
    {
        var byNature = text.Has(_unpaidByNature);
        var inKind = (byNature ? null : text.FirstWhere(_noPay, this, static (t, h, self) => self.ReplacedAfter(t, h)))
            ?? text.FirstWhere(_replace, this, static (t, h, self) => self.PayExchanged(t, h))
            ?? text.FirstWhere(_commodityUnit, this, static (t, h, self) => self.CommodityPerPiece(t, h))
            ?? text.FirstWhere(_payIs, (Self: this, Others: thirdParty), static (t, h, s) => s.Self.PayIsThing(t, h, s.Others))
            ?? text.FirstWhere(_points, this, static (t, h, self) => self.PointsPerPiece(t, h))
            ?? (byNature ? null : text.FirstWhere(_payReplaced, 0, static (t, h, _) => !PaidInMoney.In(t.Span(t.After(h, 30)))))
            ?? text.FirstWhere(_payTopic, (Self: this, Others: thirdParty), static (t, h, s) => s.Self.SettledWithThing(t, h, s.Others))
            ?? text.FirstWhere(_moneyShort, this, static (t, h, self) => self.GivenInstead(t, h))
            ?? text.FirstWhere(_barter, this, static (t, h, self) => t.In(self._barterAsked, t.After(h, 12)));
        if (inKind is { } k)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.paid_in_kind", InKindReasonJa, false, k);
        }

        // A selection's or a test's pieces paid only if picked are unpaid samples, the unpaid-sample rules' case.
        if (byNature)
        {
            return null;
        }

        var liked = text.FirstWhere(_shareOnly, this, static (t, h, self) => t.In(self._liked, t.Before(h, 16, clause: true)));
        if (liked is { } l)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.pay_on_satisfaction", ShareReasonJa, false, l);
        }

        var sold = text.FirstWhere(_shareOnly, outcome, static (t, h, o) => t.In(o, t.Before(h, 16, clause: true)));
        return sold is { } s ? Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ShareReasonJa, false, s) : null;
    }

    // "…のお支払いはありません。代わりに…": "instead" within a few chars after the no-pay, and the no-pay not a charge's.
    private bool ReplacedAfter(ContentText text, Hit noPay) =>
        text.FindIn(_instead, new Window(noPay.End, Math.Min(text.Folded.Length, noPay.End + 12))) is { } instead
        && text.In(_thing, text.Near(instead, 0, 50)) && !ChargeNamed.In(text.Folded.AsSpan(Math.Max(0, noPay.Start - 6), Math.Min(6, noPay.Start)));

    // The pay named before the exchange, and the thing it is exchanged for neither a formula nor a way of paying.
    private bool PayExchanged(ContentText text, Hit replace) =>
        text.In(_payNamed, text.Near(replace, 60, 0)) && !NotPayReplaced.In(text.Folded.AsSpan(Math.Max(0, replace.Start - 8), Math.Min(8, replace.Start)));

    // A thing handed over as the pay in the pay's own sentence, no money named between: not "報酬は5万円、記念品も差し上げます", nor
    // thanks for someone else ("参加者への謝礼は記念品を差し上げます").
    private bool PayIsThing(ContentText text, Hit pay, CueSet others)
    {
        if (text.FindIn(_giveThing, text.After(pay, 40)) is not { } give || text.In(others, text.Before(pay, 10)))
        {
            return false;
        }

        var between = text.Folded.AsSpan(pay.End, give.Start - pay.End);
        return between.IndexOfAny(MoneyMarks) < 0 && !between.Contains(PayFolded, StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> MoneyMarks = System.Buffers.SearchValues.Create("円¥$万");

    private static readonly string PayFolded = Platform.Checks.Text.TextFolder.Fold("払", decodeDigits: false).Folded;

    // The pay's topic settled with something that is not money, a way or a time of paying, in the same sentence; not thanks for
    // someone else ("アンケート回答者への謝礼はポイントで払う仕組み").
    private bool SettledWithThing(ContentText text, Hit topic, CueSet others)
    {
        if (text.In(others, text.Before(topic, 10)) || text.FindIn(_settledWith, text.After(topic, 40)) is not { } settled)
        {
            return false;
        }

        var between = text.Folded.AsSpan(topic.End, settled.Start - topic.End);
        return between.Length >= 2 && !PaidInMoney.In(between);
    }

    // Money said to be short, then a thing handed over within the next sentence or two, no sum of money in the text.
    private bool GivenInstead(ContentText text, Hit moneyShort) =>
        text.In(_giveAway, text.Near(moneyShort, 0, ShortThenGiven)) && text.Folded.AsSpan().IndexOfAny(MoneyMarks) < 0;

    // A number of points right after a per-piece word ("1枚あたり40ポイント"), not a customers' points scheme.
    private bool PointsPerPiece(ContentText text, Hit points)
    {
        var folded = text.Folded.AsSpan();
        var digits = points.Start;
        while (digits > 0 && (char.IsAsciiDigit(folded[digits - 1]) || folded[digits - 1] == ','))
        {
            digits--;
        }

        if (digits == points.Start || text.FindIn(_perPiece, new Window(Math.Max(0, digits - 4), digits)) is not { } per || folded[per.End..digits].Contains('円'))
        {
            return false;
        }

        // "100円ごとに1pt": points earned on a spend, a customers' scheme; "（ポイントでのお支払いではありません）": denied.
        return !(per.Start > 0 && folded[per.Start - 1] == '円') && !text.In(_pointsTopic, text.Near(points, 40, 20))
            && !text.In(_pointsDenied, text.Near(points, 0, 60));
    }

    // A unit of goods after a per-piece word, a sending verb after it, no yen amount between, money said to be short before.
    private bool CommodityPerPiece(ContentText text, Hit unit)
    {
        if (text.FindIn(_perPiece, text.Before(unit, 14)) is not { } per || !text.In(_send, text.After(unit, 10)))
        {
            return false;
        }

        return !text.Folded.AsSpan(per.End, unit.Start - per.End).Contains('円') && text.In(_moneyShort, text.Near(per, 80, 0));
    }
}
