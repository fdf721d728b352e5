using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定, pay terms that leave the worker with no fixed amount: revenue split instead of a fee ("販売収益を折半",
/// "制作費は出せませんが売れれば"), pay in exposure ("報酬は露出で", "お名前をご紹介します"), a pay range that starts at
/// zero ("0円〜8,000円"), and a token base with results on top ("1記事50円＋成果報酬", held). Part of
/// <see cref="UncertainCompensationDetector"/>, kept apart because these rules read the shape of the offer, not a
/// named pay scheme.
/// </summary>
internal sealed class CompensationTermsRules(Lexicon lex)
{
    // Revenue that is split: "収益を折半", "売上を山分け", "利益を分け合う".
    private readonly CueSet _split = lex.Add(
        "折半", "山分け", "で分け合", "を分け合", "を分配", "で分配", "を按分", "で按分", "半分ずつ", "半々",
        // Shared out of the takings later: "講座が軌道に乗ったら売上から分配させてください".
        "から分配", "からお分け", "から分け前");

    private readonly CueSet _revenue = lex.Add(
        "収益", "売上", "売り上げ", "利益", "儲け", "印税", "販売益", "広告収入",
        // Affiliate results shared: "報酬はASPで成果が発生した分から折半".
        "成果が発生", "成果報酬");

    // The fee itself refused: "制作費はお支払いできません", "ギャラは出せない".
    private readonly CueSet _noFee = lex.Add(
        "費はお支払いでき", "費はお支払いしません", "費は出せ", "費は出ません", "費はなし", "費は無し", "費はありません", "ギャラは出せ", "ギャラは出ません",
        "報酬はお支払いでき", "報酬は出せ", "お金は出せ", "お金は払え", "予算がありません", "予算はありません", "予算がない");

    // Money promised only from what the work may earn: "売れれば", "売れ続ければ", "ヒットすれば".
    private readonly CueSet _mayEarn = lex.Add(
        "売れれば", "売れ続ければ", "売れたら", "売れるほど", "売れた分", "ヒットすれば", "ヒットしたら", "収益化", "不労所得", "印税", "バズれば",
        "バズったら", "人気が出れば", "人気が出たら");

    // Exposure offered as the pay: "『露出』で", "お名前をご紹介", "宣伝になります".
    private readonly CueSet _exposure = lex.Add(
        "露出", "宣伝になり", "宣伝になる", "宣伝効果", "知名度", "認知度", "お名前をご紹介", "お名前を紹介", "名前をご紹介", "お名前を掲載",
        "名前を掲載", "お名前を載せ", "名前を載せ", "クレジット掲載", "クレジットを入れ", "実績になり", "実績になる", "ポートフォリオになり",
        "拡散します", "拡散させて", "シェアします", "フォロワー");

    // The work offered as the writer's own portfolio or publicity once pay is refused: "撮影料はお支払いできないのですが、写真は
    // ポートフォリオに使っていただいてOKです", "無償か、作品を実績として載せていただく形で".
    private readonly CueSet _portfolioOffer = lex.Add(
        "ポートフォリオに使って", "ポートフォリオに載せ", "ポートフォリオとして使", "ポートフォリオに掲載", "実績として使", "実績として載せ",
        "実績として掲載", "宣伝にもなる", "宣伝にもなり", "実績にもなる", "実績にもなり");

    private readonly CueSet _payRefused = lex.Add(
        "お支払いできない", "お支払いできません", "お支払いは難しい", "お支払いが難しい", "払えない", "払えません", "無償", "予算がない",
        "予算がありません", "お金は出せ", "費用は出せ", "報酬は出せ", "ギャラは出せ");

    private readonly CueSet _payWord = lex.Add("報酬", "ギャラ", "お礼", "謝礼", "対価", "お支払い", "支払い", "ご依頼料", "制作費", "お代");

    // A pay range from nothing: "0円〜8,000円", "0円から" (not the end of a decimal rate: "文字単価1.0円〜").
    private readonly CueSet _zeroFloor = lex.Add("0円~", "0円〜", "0円から", "0円-", "ゼロ円から", "0~", "0〜");

    // A small base with results on top: "1記事50円＋成果報酬".
    private readonly CueSet _plusResult = lex.Add(
        "円+成果", "円+成功報酬", "円+歩合", "円+インセンティブ", "円+成約", "円+出来高", "円+紹介", "円+売上", "円+アフィリエイト");

    // Pay received or paid, which is money: "報酬をいただいて紹介する投稿には必ず『PR』と…フォロワーの数より" (a paid post disclosed, not
    // exposure), "報酬をお支払いすることは書かずに…フォロワー500人以上の方".
    private static readonly FoldedWords Received = new("をいただ", "を頂", "をもら", "を受け取", "をお支払", "を支払", "をお振込", "を振り込");

    // Followers counted as what the worker must have ("フォロワー500人以上の方"), not exposure offered.
    private static bool FollowersRequired(ContentText text, Hit exposure)
    {
        var rest = text.Folded.AsSpan(exposure.End);
        return text.Folded.AsSpan(exposure.Start, exposure.Length).SequenceEqual(Followers) && rest.Length > 0
            && (char.IsAsciiDigit(rest[0]) || rest[0] == '数');
    }

    private static readonly string Followers = Platform.Checks.Text.TextFolder.Fold("フォロワー", decodeDigits: false).Folded;

    /// <summary>The finding for such terms, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string resultReasonJa, string mostlyReasonJa, bool meta)
    {
        const string Category = Categories.UncertainCompensation;
        if (meta)
        {
            return null;
        }

        var split = text.FirstWhere(_split, this, static (t, h, self) => t.In(self._revenue, t.Before(h, 14)))
            ?? text.FirstWhere(_noFee, this, static (t, h, self) => t.In(self._mayEarn, t.Near(h, 60, 80)));
        if (split is { } s)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "comp.revenue_share", resultReasonJa, false, s);
        }

        // Exposure for pay is a pay in kind only where no money is named at all.
        var exposure = text.Contains(new Window(0, text.Folded.Length), '円')
            ? null
            : text.FirstWhere(
                _payWord, this, static (t, h, self) => t.FirstIn(self._exposure, t.Near(h, 0, 60), 0, static (t2, e, _) => !FollowersRequired(t2, e)) is not null
                    && !Received.StartOf(t.Folded.AsSpan(h.End)));
        if (exposure is { } ex)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.paid_in_exposure", resultReasonJa, false, ex);
        }

        var portfolio = text.FirstWhere(_portfolioOffer, this, static (t, h, self) => t.In(self._payRefused, t.Near(h, 80, 0)));
        if (portfolio is { } pf)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.paid_in_exposure", resultReasonJa, false, pf);
        }

        var zero = text.FirstWhere(
            _zeroFloor, this, static (t, h, self) => (h.Start == 0 || !char.IsAsciiDigit(t.Folded[h.Start - 1]) && t.Folded[h.Start - 1] is not (',' or '.'))
                && t.In(self._payWord, t.Around(h, 40, 20)));
        if (zero is { } z)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", resultReasonJa, false, z);
        }

        var token = text.FirstWhere(_plusResult, 0, static (t, h, _) => t.NumberBefore(h.Start) is >= 0 and <= 300);
        if (token is { } tk)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.mostly_results", mostlyReasonJa, false, tk);
        }

        return null;
    }
}
