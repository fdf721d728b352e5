namespace Platform.Checks.Content;

/// <summary>
/// One kind of illegal work: a subject cue (卒業論文, 口座…) with an act cue near it (代筆, 貸して…), unless an
/// exception cue (校正, 防止…) occurs in the text. Near means in the same sentence, or across sentences when
/// <see cref="AcrossSentences"/> (a job that names the subject in one sentence and the act in the next). A rule with a
/// <see cref="Context"/> also needs one of its cues anywhere in the text (a thesis handed in under the asker's name is
/// coursework only where a university or a seminar is named). A <see cref="LocalException"/> excuses only the subject hits it lies
/// beside (within the same window as the act): a topic word ("テーマ") written about another request of the same long message does not.
/// A refusal asked as a question is a request, not an exception: "お借りできませんか"; nor is a prohibition conceded and then gone past:
/// "法律で禁止されていると聞いていますが、他人名義の口座を用意していただけますか".
/// </summary>
internal sealed record IllegalRule(
    string Code, string ReasonJa, CueSet Subject, CueSet Act, CueSet Exception, int Window, bool AcrossSentences = false,
    CueSet? ExceptionDenied = null, CueSet? Context = null, CueSet? LocalException = null)
{
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
                ? text.FirstWhere(Exception, 0, static (t, h, _) => !IsAsked(t, h) && !IsConceded(t, h))
                : text.FirstWhere(
                    Exception, denied, static (t, h, d) => !IsAsked(t, h) && !IsConceded(t, h)
                        && !t.In(d, new Window(h.End, Math.Min(t.Folded.Length, h.End + 6))))) is not null)
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

    // "禁止されていると聞いていますが、…", "禁止なのは分かってるけど、…": the clause of the exception word turns concessive before it ends,
    // and the sentence goes on past it. Only the clause's own ending is read: up to ConcessionReach characters, stopped by a sentence end.
    private static bool IsConceded(ContentText text, Hit exception)
    {
        var folded = text.Folded;
        var end = Math.Min(folded.Length, exception.End + ConcessionReach);
        var clause = folded.AsSpan(exception.End, end - exception.End);
        var stop = clause.IndexOfAny(SentenceEnds);
        if (stop >= 0)
        {
            clause = clause[..stop];
        }

        foreach (var turn in ConcessiveTurns)
        {
            var at = clause.IndexOf(turn, StringComparison.Ordinal);
            // The turn must lead on to more of the sentence ("…ですが、口座を"), not close it ("…禁止ですが。").
            if (at >= 0 && exception.End + at + turn.Length < end && (stop < 0 || at + turn.Length < stop))
            {
                return true;
            }
        }

        return false;
    }

    private const int ConcessionReach = 20;

    private static readonly char[] SentenceEnds = ['。', '\n', '!', '?', '！', '？'];

    // "ですが", "ますが", "けど", "けれど", "ものの" as the folded text has them.
    private static readonly string[] ConcessiveTurns =
        Array.ConvertAll(["ですが", "ますが", "けど", "けれど", "ものの"], static s => Platform.Checks.Text.TextFolder.Fold(s, decodeDigits: false).Folded);

    // "ません" as the folded text has it (kana folded to katakana).
    private static readonly string AskedEnding = Platform.Checks.Text.TextFolder.Fold("ません", decodeDigits: false).Folded;
}
