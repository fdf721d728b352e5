namespace Platform.Checks.Content;

/// <summary>
/// A scheme quoted as something once asked of the writer and warned against, not asked for: "前に「買って★5をつけたら全額返金」
/// という依頼を受けたことがありますが、お金は戻りませんでした。皆さんも気をつけて". The hit sits inside the quote, the quote is
/// reported ("…という依頼", "…という話") and the text warns. Read by the stealth and external-terms rules on their hits.
/// </summary>
internal sealed class QuotedSchemeWarning(Lexicon lex)
{
    private readonly CueSet _warning = lex.Add(
        "気をつけて", "気を付けて", "お気をつけ", "お気を付け", "ご注意ください", "注意してください", "注意しましょう", "騙されないで", "だまされないで");

    // The quote reported right after its closing bracket: "」という依頼", "」という話", "」と誘われ".
    private readonly CueSet _reported = lex.Add("という依頼", "という話", "という案件", "という募集", "というお誘い", "と誘われ", "と持ちかけ", "という仕事");

    /// <summary>Whether the hit is inside a reported quote in a text that warns against it.</summary>
    public bool IsQuotedWarning(ContentText text, Hit hit)
    {
        if (!text.Has(_warning))
        {
            return false;
        }

        var folded = text.Folded;
        var from = Math.Max(0, hit.Start - 40);
        var open = folded.AsSpan(from, hit.Start - from).LastIndexOf('「');
        if (open < 0 || folded.AsSpan(from + open, hit.Start - from - open).IndexOf('」') >= 0)
        {
            return false;
        }

        var reach = Math.Min(folded.Length, hit.End + 40);
        var close = folded.AsSpan(hit.End, reach - hit.End).IndexOf('」');
        return close >= 0 && text.FindIn(_reported, text.Near(new Hit(hit.End + close, 1), 0, 8)) is { } r && r.Start == hit.End + close + 1;
    }
}
