using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプル・トライアルの無償要求: free samples, test work or trial periods asked for before ordering. A paid
/// trial (有償, 〇〇円お支払い) is fine, and so is pointing to an existing portfolio. A selection test whose
/// payment is not stated is held for review.
/// </summary>
internal sealed class UnpaidSampleDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "契約前に無償でサンプル・テスト作業・トライアルを求めることは禁止されています。テストやお試しをお願いする場合は、有償で契約してから依頼してください。";

    private const string HoldReasonJa =
        "選考用のテスト作業について報酬の有無が書かれていないため、確認してから公開されます。テスト作業は有償でお願いし、金額を明記してください。";

    private readonly CueSet _trial = lex.Add(
        "サンプル", "トライアル", "テストライティング", "テスト記事", "テスト編集", "テスト翻訳", "テスト制作", "テスト作成",
        "テストデザイン", "テスト撮影", "テストとして", "テストなので", "テスト課題", "試しに", "お試しで", "お試しとして", "試作",
        "ラフ案", "だけ無料で", "1本目", "1記事目", "まずは1本", "見本", "試し書き",
        "試用期間", "研修期間", "テスト執筆", "テスト作品", "テスト動画", "デザイン案", "ロゴ案", "コピー案", "企画案",
        "まず無償で", "まずは無償で", "無償で作って", "無料で作って", "無償で制作", "無料で制作", "テスト納品", "テスト案件",
        "研修扱い", "研修として", "見習い期間", "お試し期間", "審査用の作品", "選考用の作品", "選考用", "審査用", "お試し納品");

    // Work judged first and paid only if chosen: spec work, a free sample by another name.
    private readonly CueSet _specWork = lex.Add(
        "採用となった案にのみ", "採用となった案のみ", "採用された案のみ", "採用された案にのみ", "採用案のみ", "採用分のみ",
        "不採用の場合は報酬", "不採用の場合の報酬", "採用されなかった案", "採用されなかった場合の報酬", "不採用案の報酬",
        "採用されなければ報酬");

    private readonly CueSet _strongTrial = lex.Add(
        "テストライティング", "テスト記事", "テスト編集", "テスト翻訳", "テスト制作", "テスト作成", "テストデザイン",
        "テスト課題", "トライアル", "試し書き", "テスト納品");

    private readonly CueSet _free = lex.Add(
        "無料", "無償", "無報酬", "タダで", "ノーギャラ", "報酬はなし", "報酬なし", "報酬は発生しません", "報酬はありません",
        "報酬はお支払いしません", "お支払いはありません", "謝礼はありません", "報酬は出ません", "お金は払え", "費用はかかりません",
        "ボランティア", "支払いはありません", "支払いはしません", "支払いません", "お支払いできません", "支払いなし", "費用は出せません",
        "報酬は出せません", "お金は出せません", "謝礼は出せません", "ギャラなし", "ノーギャラ", "0円で");

    // Free work asked for in so many words: "無料で1本書いてみてください", "無償で作ってもらえますか".
    private readonly CueSet _freeWork = lex.Add("無料で", "無償で", "無報酬で", "タダで", "ただで", "ノーギャラで", "0円で");

    private readonly CueSet _workVerb = lex.Add(
        "書い", "描い", "作っ", "作り", "作成", "制作", "翻訳", "編集", "撮影", "提出", "納品", "添付", "デザイン", "執筆",
        "記事", "サンプル", "試作", "作品", "起こし", "入力");

    // A request to the reader to do something: the text asks rather than offers.
    private readonly CueSet _askWork = lex.Add(
        "てください", "て下さい", "てもらえますか", "ていただけますか", "ていただけませんか", "てもらえませんか", "てくれた方",
        "てくれる方", "ていただいた方", "てもらって", "ていただき", "てほしい", "て欲しい");

    // Spec work: rejected entries go unpaid.
    private readonly CueSet _rejected = lex.Add("不採用", "採用されなかった", "採用にならなかった", "選ばれなかった", "落選", "ボツ", "採用しなかった");

    // What spec work rejects: entries and drafts (a rejected article on a pay-per-accepted-piece job is another matter).
    private readonly CueSet _specEntry = lex.Add("の案", "案への", "案には", "案は", "コンペ", "応募作", "提出作", "デザイン案", "ロゴ案", "作品");

    private readonly CueSet _giving = lex.Add("お送りします", "送ります", "お送りいたします", "差し上げ", "プレゼント", "配布");

    private readonly CueSet _paid = lex.Add(
        "有償", "有料", "報酬あり", "報酬をお支払", "お支払いします", "お支払いいたします", "円をお支払", "報酬が発生",
        "報酬は発生します", "謝礼あり", "円)", "円で", "円お支払", "必ず報酬", "報酬をお出し");

    private readonly CueSet _past = lex.Add("過去", "実績", "既存", "ポートフォリオ", "これまで", "作品例", "公開済");

    private readonly CueSet _preOrder = lex.Add(
        "仮払いの前に", "仮払い前に", "仮払いする前に", "正式に依頼する前に", "正式に発注する前に", "正式依頼の前に", "発注前に",
        "契約前に", "依頼する前に", "採用前に", "契約の前に", "発注の前に", "ご依頼前に", "応募時に", "応募者全員", "選考として",
        "他の方にも同じ");

    private readonly CueSet _conditional = lex.Add(
        "良ければ", "良かったら", "よければ", "気に入れば", "気に入った", "見て決め", "良いものがあれば", "採用して", "合格した方のみ",
        "合格者のみ", "採用された方", "採用となった方", "次第で契約", "それを見て", "内容次第", "出来次第");

    private readonly CueSet _selection = lex.Add("選考", "応募", "採用", "合格", "本契約", "本採用");

    private readonly CueSet _meta = lex.Add("解説", "注意喚起", "断り方", "見分け方");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.Has(_meta))
        {
            return null;
        }

        const string Category = Categories.UnpaidSample;

        // Asking is the violation: a worker offering something free is not asking for a free sample.
        // A worker's text that plainly asks the reader to do work (てください, てもらえますか) is read as a request too.
        var byClient = (change.ActorRole != PartyRole.Worker && change.TextKind != TextKind.Proposal) || text.Has(_askWork);
        var free = !byClient ? null : text.FirstWhere(_trial, this, static (t, h, self) => self.IsFreshWork(t, h) && self.IsFree(t, h));
        if (free is { } f)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "sample.unpaid", ReasonJa, false, f);
        }

        var freeAsk = !byClient ? null : text.FirstWhere(_freeWork, this, static (t, h, self) => self.IsFreeAsk(t, h));
        if (freeAsk is { } fa)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fa);
        }

        var rejectedUnpaid = !byClient ? null : text.FirstWhere(_rejected, this, static (t, h, self) => self.IsRejectedUnpaid(t, h));
        if (rejectedUnpaid is { } ru)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", ReasonJa, false, ru);
        }

        var spec = text.Find(_specWork);
        if (spec is { } sw && byClient)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.spec_work", ReasonJa, false, sw);
        }

        var freeBeforeOrder = !byClient ? null : text.FirstWhere(_preOrder, this, static (t, h, self) => self.IsFree(t, h));
        if (freeBeforeOrder is { } fb)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fb);
        }

        // The client asks for work before ordering, and orders only if they like it.
        var pre = byClient ? text.Find(_preOrder) : null;
        if (pre is { } p && text.Has(_conditional) && !text.Has(_paid))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, p);
        }

        var conditionalSample = byClient ? text.FirstWhere(_trial, this, static (t, h, self) => self.IsFreshWork(t, h)) : null;
        if (conditionalSample is { } c && text.Has(_conditional) && !text.Has(_paid))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.75, "sample.unpaid", ReasonJa, false, c);
        }

        var test = byClient && change.TextKind is TextKind.Job or TextKind.None ? text.Find(_strongTrial) : null;
        if (test is { } t && text.Has(_selection) && !text.Has(_paid) && !text.Has(_free))
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.55, "sample.unstated_test_pay", HoldReasonJa, false, t);
        }

        return null;
    }

    // "過去のサンプル" and "ポートフォリオのサンプル" point at existing work, not new free work.
    private bool IsFreshWork(ContentText text, Hit trial) => !text.In(_past, text.Before(trial, 10));

    private bool IsRejectedUnpaid(ContentText text, Hit rejected)
    {
        var around = text.Around(rejected, 20, 30);
        return text.In(_free, around) && !text.In(_paid, around) && text.In(_specEntry, text.Around(rejected, 30, 30));
    }

    private bool IsFreeAsk(ContentText text, Hit free)
    {
        var after = text.After(free, 30);
        var around = text.Around(free, 30, 30);
        return text.In(_askWork, after) && text.In(_workVerb, after) && !text.In(_paid, around) && !text.In(_giving, around);
    }

    private bool IsFree(ContentText text, Hit trial)
    {
        var around = text.Around(trial, 30, 40);
        return text.In(_free, around) && !text.In(_paid, around) && !text.In(_giving, around);
    }
}
