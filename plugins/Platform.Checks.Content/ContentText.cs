using System.Buffers;
using System.Runtime.CompilerServices;
using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// The title and body of a change folded once, as "title\nbody", with every cue hit found in one pass;
/// helpers look for hits near other hits and map a hit back to evidence in the original title or body.
/// </summary>
internal sealed class ContentText
{
    // Immutable lookup tables, not state: sentence ends, and for clauses also line breaks (folded to spaces).
    private static readonly SearchValues<char> SentenceStops = SearchValues.Create("。!?");
    private static readonly SearchValues<char> ClauseStops = SearchValues.Create("。!? ");

    private readonly FoldedText _folded;
    private readonly int _titleLength;
    private readonly HitIndex _hits;

    private ContentText(FoldedText folded, int titleLength, HitIndex hits)
    {
        _folded = folded;
        _titleLength = titleLength;
        _hits = hits;
    }

    /// <summary>The folded title and body.</summary>
    public string Folded => _folded.Folded;

    /// <summary>The title's part of the folded text (empty when there is no title).</summary>
    public Window Title => new(0, Math.Max(0, _titleLength));

    /// <summary>Whether any cue matched at all.</summary>
    public bool Any => _hits.Total > 0;

    /// <summary>Folds the change's title and text and finds every cue; null when there is nothing to read.</summary>
    public static ContentText? From(StateChange change, Lexicon lexicon)
    {
        var title = change.Title;
        var text = change.Text;
        FoldedText folded;
        var titleLength = -1;
        if (string.IsNullOrEmpty(title))
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            // Content cues are words, not numbers: spelled-digit decoding is the contact check's business. Emphasis
            // quotes go, so that "報酬は“成功したときに”" reads as one phrase.
            folded = TextFolder.Fold(text, decodeDigits: false, dropQuotes: true);
        }
        else
        {
            titleLength = title.Length;
            folded = TextFolder.Fold(string.IsNullOrEmpty(text) ? title : string.Concat(title, "\n", text), decodeDigits: false, dropQuotes: true);
        }

        return new ContentText(folded, titleLength, lexicon.Scan(folded.Folded));
    }

    /// <summary>Evidence in the original title or text for a hit.</summary>
    public EvidenceSpan Evidence(Hit hit)
    {
        var span = _folded.ToEvidence("text", hit.Start, hit.Length);
        if (_titleLength < 0)
        {
            return span;
        }

        if (span.Start < _titleLength)
        {
            var end = Math.Min(span.Start + span.Length, _titleLength);
            return new EvidenceSpan("title", span.Start, end - span.Start, _folded.Original[span.Start..end]);
        }

        return span with { Field = "text", Start = Math.Max(0, span.Start - _titleLength - 1) };
    }

    /// <summary>Whether any cue of the family occurs.</summary>
    public bool Has(CueSet set) => _hits.Contains(set);

    /// <summary>A bit per family that occurs (family <c>id</c> at bit <c>id &amp; 63</c> of word <c>id &gt;&gt; 6</c>).</summary>
    public ReadOnlySpan<ulong> Families => _hits.Present;

    /// <summary>First hit of the family, or null.</summary>
    public Hit? Find(CueSet set)
    {
        foreach (var hit in _hits.Of(set))
        {
            return hit;
        }

        return null;
    }

    /// <summary>
    /// How many different cues of the family occur (counting up to 8). With <paramref name="apart"/>, a cue lying inside
    /// a longer one just counted ("知り合いに" in "お知り合いに") is the same words, not a second cue.
    /// </summary>
    public int CountDistinct(CueSet set, bool apart = false)
    {
        Span<Hit> seen = stackalloc Hit[8];
        var count = 0;
        var end = -1;
        foreach (var hit in _hits.Of(set))
        {
            if (apart && hit.End <= end)
            {
                continue;
            }

            end = hit.End;
            var cue = Folded.AsSpan(hit.Start, hit.Length);
            var known = false;
            for (var i = 0; i < count && !known; i++)
            {
                known = cue.SequenceEqual(Folded.AsSpan(seen[i].Start, seen[i].Length));
            }

            if (!known)
            {
                seen[count++] = hit;
                if (count == seen.Length)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// First hit of the family for which <paramref name="accept"/> holds, or null. The rule gets its state as an
    /// argument, so callers pass static lambdas and a text costs no closure.
    /// </summary>
    /// <remarks>
    /// Most calls name a family the text does not have (~265 of ~270 per dev text): the family's bit is read here, inlined
    /// into the rule, and only a family with a hit costs the call and the walk.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hit? FirstWhere<TState>(CueSet set, TState state, Func<ContentText, Hit, TState, bool> accept) =>
        _hits.Contains(set) ? FirstOf(set, state, accept) : null;

    private Hit? FirstOf<TState>(CueSet set, TState state, Func<ContentText, Hit, TState, bool> accept)
    {
        foreach (var hit in _hits.Of(set))
        {
            if (accept(this, hit, state))
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>First hit of the family lying wholly inside <paramref name="window"/>, or null.</summary>
    public Hit? FindIn(CueSet set, Window window)
    {
        foreach (var hit in _hits.Of(set))
        {
            if (hit.Start >= window.End)
            {
                break;
            }

            if (hit.Start >= window.Start && hit.End <= window.End)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>
    /// First hit of the family lying wholly inside <paramref name="window"/> for which <paramref name="accept"/> holds, or
    /// null (<see cref="FirstWhere{TState}"/> limited to the window).
    /// </summary>
    public Hit? FirstIn<TState>(CueSet set, Window window, TState state, Func<ContentText, Hit, TState, bool> accept)
    {
        foreach (var hit in _hits.Of(set))
        {
            if (hit.Start >= window.End)
            {
                break;
            }

            if (hit.Start >= window.Start && hit.End <= window.End && accept(this, hit, state))
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>Whether a hit of the family lies wholly inside <paramref name="window"/>.</summary>
    public bool In(CueSet set, Window window) => FindIn(set, window) is not null;

    /// <summary>Whether the folded text in <paramref name="window"/> contains <paramref name="c"/>.</summary>
    public bool Contains(Window window, char c) => Span(window).Contains(c);

    /// <summary>The folded text in <paramref name="window"/>.</summary>
    public ReadOnlySpan<char> Span(Window window) => Folded.AsSpan(window.Start, window.End - window.Start);

    /// <summary>
    /// The number written just before <paramref name="end"/> (ASCII digits and commas, none before
    /// <paramref name="from"/>), e.g. the amount of "1,000円" with <paramref name="end"/> at '円'; -1 when there is none
    /// or it runs past six digits.
    /// </summary>
    public int NumberBefore(int end, int from = 0)
    {
        var value = 0;
        var scale = 1;
        var digits = 0;
        for (var i = end - 1; i >= from && (char.IsAsciiDigit(Folded[i]) || Folded[i] == ','); i--)
        {
            if (Folded[i] != ',')
            {
                if (++digits > 6)
                {
                    return -1;
                }

                value += (Folded[i] - '0') * scale;
                scale *= 10;
            }
        }

        return digits > 0 ? value : -1;
    }

    /// <summary>
    /// The window around a hit: up to <paramref name="before"/> chars before and <paramref name="after"/> chars after it,
    /// cut at sentence ends (and at line breaks and spaces when <paramref name="clause"/>).
    /// </summary>
    public Window Around(Hit hit, int before, int after, bool clause = false)
    {
        var text = Folded.AsSpan();
        var stops = clause ? ClauseStops : SentenceStops;
        var limit = Math.Max(0, hit.Start - before);
        var back = text[limit..hit.Start].LastIndexOfAny(stops);
        var start = back < 0 ? limit : limit + back + 1;
        var endLimit = Math.Min(text.Length, hit.End + after);
        var forward = text[hit.End..endLimit].IndexOfAny(stops);
        var end = forward < 0 ? endLimit : hit.End + forward;
        return new Window(start, end);
    }

    /// <summary>
    /// The raw window around a hit, up to <paramref name="before"/> chars before and <paramref name="after"/> chars after it,
    /// across sentence ends: for a condition stated in the next sentence ("…送ってください。報酬は契約後の分からです").
    /// </summary>
    public Window Near(Hit hit, int before, int after) =>
        new(Math.Max(0, hit.Start - before), Math.Min(Folded.Length, hit.End + after));

    /// <summary>The window right after a hit (same sentence).</summary>
    public Window After(Hit hit, int after, bool clause = false) => Around(hit, 0, after, clause) with { Start = hit.End };

    /// <summary>The window right before a hit (same sentence).</summary>
    public Window Before(Hit hit, int before, bool clause = false) => Around(hit, before, 0, clause) with { End = hit.Start };

}
