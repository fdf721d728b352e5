namespace Platform.Checks.Content;

/// <summary>
/// The work's own fee stated fixed, with its sum: "ライティング報酬は固定で40,000円", "原稿作成のご依頼は固定8,000円", "ライター様への報酬は
/// 固定30,000円". A text that says so pays the work apart from the pay schemes it is about: a tax accountant's, a lawyer's or a
/// broker's success fee explained to their own customers, a job board's charge per hire, the fee page the work rewrites. The
/// uncertain-pay rules then do not read those schemes as the worker's pay (a fee with nothing fixed, "固定報酬はありません", is read
/// by the detector before this is asked).
/// </summary>
internal sealed class FixedWorkFeeRule(Lexicon lex)
{
    // How far before "固定" the work's fee may be named, and how far after it its sum may start.
    private const int FeeReach = 16;
    private const int SumReach = 4;

    private readonly CueSet _fixed = lex.Add("固定");

    // The fee of the work itself, not a charge of the client's business ("料金", "手数料" are the customers').
    private readonly CueSet _workFee = lex.Add(
        "報酬", "制作費", "制作料", "作業料", "作業代", "原稿料", "執筆料", "デザイン料", "編集費", "編集料", "翻訳料", "ご依頼", "依頼", "謝礼", "ギャラ");

    /// <summary>Whether the text states the work's fee fixed with a sum above zero.</summary>
    public bool Stated(ContentText text) =>
        text.Has(_fixed) && text.FirstWhere(_fixed, this, static (t, h, self) => self.IsWorkFee(t, h) && SumFollows(t, h)) is not null;

    private bool IsWorkFee(ContentText text, Hit fixedWord) =>
        text.FirstIn(_workFee, text.Before(fixedWord, FeeReach, clause: true), fixedWord, static (t, fee, h) => Unbroken(t, fee.End, h.Start)) is not null;

    // No comma, stop or bracket between the fee and "固定": "報酬は固定" and "ご依頼は固定" are one phrase.
    private static bool Unbroken(ContentText text, int from, int to) =>
        from <= to && text.Folded.AsSpan(from, to - from).IndexOfAny(Breaks) < 0;

    // "固定で40,000円", "固定8,000円", "固定額3万円": digits above zero, then 円 or 万, within a few characters of "固定".
    private static bool SumFollows(ContentText text, Hit fixedWord)
    {
        var folded = text.Folded.AsSpan();
        var at = fixedWord.End;
        var limit = Math.Min(folded.Length, at + SumReach);
        while (at < limit && !char.IsAsciiDigit(folded[at]))
        {
            at++;
        }

        var nonZero = false;
        while (at < folded.Length && (char.IsAsciiDigit(folded[at]) || folded[at] == ','))
        {
            nonZero |= folded[at] is >= '1' and <= '9';
            at++;
        }

        return nonZero && at < folded.Length && folded[at] is '円' or '万';
    }

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("、,。!?\n()「」");
}
