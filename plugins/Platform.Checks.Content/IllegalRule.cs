namespace Platform.Checks.Content;

/// <summary>
/// One kind of illegal work: a subject cue (卒業論文, 口座…) with an act cue near it (代筆, 貸して…), unless an
/// exception cue (校正, 防止…) occurs in the text. Near means in the same sentence, or across sentences when
/// <see cref="AcrossSentences"/> (a job that names the subject in one sentence and the act in the next). A rule with a
/// <see cref="Context"/> also needs one of its cues anywhere in the text (a thesis handed in under the asker's name is
/// coursework only where a university or a seminar is named). A <see cref="LocalException"/> excuses only the subject hits it lies
/// beside (within the same window as the act): a topic word ("テーマ") written about another request of the same long message does not.
/// A refusal asked as a question is a request, not an exception: "お借りできませんか".
/// </summary>
internal sealed record IllegalRule(
    string Code, string ReasonJa, CueSet Subject, CueSet Act, CueSet Exception, int Window, bool AcrossSentences = false,
    CueSet? ExceptionDenied = null, CueSet? Context = null, CueSet? LocalException = null)
{
    /// <summary>The first of <paramref name="rules"/> that matches, in their order, with its hit; or null.</summary>
    /// <remarks>
    /// Two hundred rules are tried on every text and most texts hold the subject or the act of none of them: the two
    /// lookups run here, in the loop, and only a rule with both is called.
    /// </remarks>
    public static (IllegalRule Rule, Hit Hit)? FirstMatch(IllegalRule[] rules, ContentText text)
    {
        foreach (var rule in rules)
        {
            if (text.Has(rule.Subject) && text.Has(rule.Act) && rule.Match(text) is { } hit)
            {
                return (rule, hit);
            }
        }

        return null;
    }

    /// <summary>The first subject hit with an act near it (anywhere when <see cref="Window"/> is 0), or null.</summary>
    public Hit? Match(ContentText text)
    {
        // Most texts hold neither cue: two lookups in the text's index settle it before the exceptions are read.
        if (!text.Has(Subject) || !text.Has(Act) || (Context is { } context && !text.Has(context)))
        {
            return null;
        }

        // An exception denied right after it does not hold: "校正じゃなくて、出せる状態の本文まで".
        if (text.Has(Exception) && (ExceptionDenied is not { } denied
                ? text.FirstWhere(Exception, 0, static (t, h, _) => !IsAsked(t, h))
                : text.FirstWhere(
                    Exception, denied, static (t, h, d) => !IsAsked(t, h) && !t.In(d, new Window(h.End, Math.Min(t.Folded.Length, h.End + 6))))) is not null)
        {
            return null;
        }

        if (Window <= 0)
        {
            return text.Find(Subject);
        }

        return AcrossSentences
            ? text.FirstWhere(Subject, this, static (t, h, rule) => rule.Holds(t, t.Near(h, rule.Window, rule.Window)))
            : text.FirstWhere(Subject, this, static (t, h, rule) => rule.Holds(t, t.Around(h, rule.Window, rule.Window)));
    }

    private bool Holds(ContentText text, Window window) =>
        text.In(Act, window) && (LocalException is not { } local || !text.In(local, window));

    // "できませんか", "いただけませんか": a negative ending asked back as a question ("…ませんか", "…ません？") asks for the act.
    private static bool IsAsked(ContentText text, Hit exception)
    {
        var folded = text.Folded;
        return exception.End < folded.Length && folded[exception.End] is 'カ' or '?'
            && folded.AsSpan(exception.Start, exception.Length).EndsWith(AskedEnding, StringComparison.Ordinal);
    }

    // "ません" as the folded text has it (kana folded to katakana).
    private static readonly string AskedEnding = Platform.Checks.Text.TextFolder.Fold("ません", decodeDigits: false).Folded;
}
