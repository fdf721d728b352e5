namespace Platform.Checks.Content;

/// <summary>
/// One kind of illegal work: a subject cue (卒業論文, 口座…) with an act cue near it (代筆, 貸して…), unless an
/// exception cue (校正, 防止…) occurs in the text.
/// </summary>
internal sealed record IllegalRule(string Code, string ReasonJa, CueSet Subject, CueSet Act, CueSet Exception, int Window)
{
    /// <summary>The first subject hit with an act near it (anywhere when <see cref="Window"/> is 0), or null.</summary>
    public Hit? Match(ContentText text)
    {
        if (text.Has(Exception))
        {
            return null;
        }

        return Window <= 0
            ? text.Has(Act) ? text.Find(Subject) : null
            : text.FirstWhere(Subject, this, static (t, h, rule) => t.In(rule.Act, t.Around(h, rule.Window, rule.Window)));
    }
}
