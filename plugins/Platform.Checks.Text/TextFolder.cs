using System.Buffers;
using System.Text;

namespace Platform.Checks.Text;

/// <summary>
/// Folds text for matching: NFKC (full-width and styled letters, circled digits), what NFKC leaves apart (digits of other
/// scripts, dingbat and double circled digits, Roman numerals, parenthesised and negative squared letters, regional
/// indicators: <see cref="FoldTable.NumberOrLetter"/>), every dash and the long-vowel mark to '-', hiragana to katakana, lower
/// case, accents dropped from Latin letters, Cyrillic and Greek letters drawn like Latin ones to those ("Dіѕсоrd"), format
/// characters (zero-width etc.) and combining marks that compose with nothing removed, white-space runs to one space (or one
/// line break), chars spaced out or with one mark or emoji between them joined ("L I N E", "ラ・イ・ン", "ラ★イ★ン"), and
/// (optionally) spelled digits in digit sequences decoded to ASCII.
/// One pass over the text plus one over the folded buffer; linear in the text length. The fold runs in a
/// per-thread buffer and allocates only the folded string. The offset map back to the original text is written beside
/// it into a per-thread map buffer (<see cref="MapSlot"/>): evidence asked for on the folding thread before its next fold
/// (a check's findings, made right after its scan) reads that buffer, and only evidence asked for later or on another
/// thread builds a map of its own (by folding again).
/// </summary>
public static class TextFolder
{
    // Buffers larger than this are not kept for the next text: one huge text must not pin megabytes per thread.
    private const int MaxKeptBuffer = 64 * 1024;

    // Per-thread scratch buffers: a fold never calls out, so one buffer per thread is never shared.
    private static readonly PerThread<char[]> t_buffer = new();

    // Per-thread map buffer for BuildMap.
    private static readonly PerThread<int[]> t_map = new();

    // Per-thread map of the thread's last fold.
    private static readonly PerThread<MapSlot> t_slot = new();

    /// <summary>Folds <paramref name="text"/> and decodes spelled digit sequences.</summary>
    public static FoldedText Fold(string text) => Fold(text, decodeDigits: true);

    /// <summary>
    /// Folds <paramref name="text"/>; <paramref name="decodeDigits"/> turns spelled digit sequences into ASCII digits, and
    /// <paramref name="dropQuotes"/> removes quotation marks used for emphasis (“仮”, "お借り", ‘調整’), which writers put
    /// inside the very phrases a check looks for ("報酬は“成功したときに”"). Corner brackets (「」『』) are kept: they
    /// quote names.
    /// </summary>
    public static FoldedText Fold(string text, bool decodeDigits, bool dropQuotes = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = t_buffer.Value;
        var buf = kept is not null && kept.Length >= text.Length + 16 ? kept : new char[Math.Max(256, text.Length + 16)];
        var slot = t_slot.Value ?? NewSlot();
        // The slot's map is about to be written over: the texts folded before stop reading it first (even if this fold throws).
        var generation = ++slot.Generation;
        // The fold's invariant: the map has room for every char the buffer has, and one more.
        int[]? map = slot.Map.Length >= buf.Length + 1 ? slot.Map : new int[buf.Length + 1];
        var len = FoldInto(text, ref buf, ref map, decodeDigits, dropQuotes);
        map![len] = text.Length;
        if (!ReferenceEquals(buf, kept) && buf.Length <= MaxKeptBuffer)
        {
            t_buffer.Value = buf;
        }

        var folded = new string(buf, 0, len);
        if (map.Length > MaxKeptBuffer + 1)
        {
            // Too large to keep for the thread's next fold: the text keeps it (its own array, no one else writes it).
            return new FoldedText(text, folded, decodeDigits, dropQuotes, map);
        }

        slot.Map = map;
        return new FoldedText(text, folded, decodeDigits, dropQuotes, slot, generation);
    }

    private static MapSlot NewSlot()
    {
        var slot = new MapSlot();
        t_slot.Value = slot;
        return slot;
    }

    /// <summary>The map from every folded char (and the end) back to the original offset: the same fold, recording sources.</summary>
    /// <remarks>
    /// The fold runs in this thread's buffers (the fold's own char buffer, which no fold is using while a map is built, and
    /// a map buffer beside it), so a text with evidence allocates only the map it keeps. Every folded char writes its map
    /// entry, so what an earlier text left in the buffers is never read.
    /// </remarks>
    internal static int[] BuildMap(string text, bool decodeDigits, bool dropQuotes, int foldedLength)
    {
        var kept = t_buffer.Value;
        var buf = kept is not null && kept.Length >= text.Length + 16 ? kept : new char[Math.Max(256, text.Length + 16)];
        var keptMap = t_map.Value;
        // The fold's invariant: the map has room for every char the buffer has, and one more.
        int[]? map = keptMap is not null && keptMap.Length >= buf.Length + 1 ? keptMap : new int[buf.Length + 1];
        var len = FoldInto(text, ref buf, ref map, decodeDigits, dropQuotes);
        if (!ReferenceEquals(buf, kept) && buf.Length <= MaxKeptBuffer)
        {
            t_buffer.Value = buf;
        }

        if (!ReferenceEquals(map, keptMap) && map!.Length <= MaxKeptBuffer + 1)
        {
            t_map.Value = map;
        }

        if (len != foldedLength)
        {
            throw new InvalidOperationException("The fold is not deterministic.");
        }

        var finalMap = new int[len + 1];
        Array.Copy(map!, finalMap, len);
        finalMap[len] = text.Length;
        return finalMap;
    }

    // Folds into buf (and map, when not null); returns the folded length. Invariant of the main loop:
    // buf (and map) have room for at least (n - i) + 1 more chars, so the fast path needs no bounds check of its own.
    private static int FoldInto(string text, ref char[] buf, ref int[]? map, bool decodeDigits, bool dropQuotes)
    {
        var n = text.Length;
        var len = 0;
        // The emphasis quotes, symbol marks and surrogates take the careful path, so the fast path has no test of its own for them.
        var marked = false;
        var simple = FoldTable.Simple;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            var f = simple[c];
            if (f != FoldTable.NotSingle)
            {
                buf[len] = f;
                if (map is not null)
                {
                    map[len] = i;
                }

                len++;
                continue;
            }

            if (dropQuotes && FoldTable.IsEmphasisQuote(c))
            {
                continue;
            }

            marked |= FoldTable.IsSymbolMark(FoldTable.Single[c]) || char.IsSurrogate(c);
            i = FoldCareful(text, i, ref buf, ref map, ref len);
        }

        if (MaybeSpacedOut(buf.AsSpan(0, len)))
        {
            len = JoinSpacedOut(buf, map, len);
        }

        var dotted = FirstDottedOut(buf.AsSpan(0, len));
        if (dotted >= 0)
        {
            len = JoinDottedOut(buf, map, len, dotted);
        }

        var symbolMarked = marked ? FirstSymbolMarked(buf.AsSpan(0, len)) : -1;
        if (symbolMarked >= 0)
        {
            len = JoinSymbolMarked(buf, map, len, symbolMarked);
        }

        if (decodeDigits)
        {
            len = DigitDecoder.Decode(buf, map, len);
        }

        return len;
    }

    /// <summary>
    /// Text spaced out char by char ("L I N E の 方 が 早 い", "k e n j i . w o r k sなので") is written so that no word is
    /// whole: where at least <see cref="SpacedOutRun"/> chars in a row are each followed by one space, those spaces are
    /// dropped, which joins the run to the word after it, except where Latin letters and digits meet another script ("は
    /// t a r o" → "は taro", "L I N E の 方" → "LINE の方"). A word of two chars or more (space, word, space) ends the run,
    /// so ordinary spaced words ("I am a", "東京 大阪") are kept.
    /// </summary>
    private static int JoinSpacedOut(char[] buf, int[]? map, int len)
    {
        var w = 0;
        var i = 0;
        while (i < len)
        {
            // One-char tokens from i: buf[k] not a space, buf[k + 1] one space, buf[k + 2] not a space. The first may end
            // a word ("お見積もりはL I N Eで": Japanese puts no space before it).
            var tokens = 0;
            for (var k = i; k + 2 < len && buf[k] is not (' ' or '\n') && buf[k + 1] == ' ' && buf[k + 2] is not (' ' or '\n'); k += 2)
            {
                tokens++;
            }

            if (tokens >= SpacedOutRun)
            {
                for (var t = 0; t < tokens; t++)
                {
                    var at = i + (2 * t);
                    Move(buf, map, at, w++);
                    if (IsLatin(buf[at]) != IsLatin(buf[at + 2]) && buf[at] != '-' && buf[at + 2] != '-')
                    {
                        // Where the script changes the space may be a real one ("は t a r o" → "は taro"): kept.
                        Move(buf, map, at + 1, w++);
                    }
                }

                i += 2 * tokens;
                continue;
            }

            Move(buf, map, i, w++);
            i++;
        }

        return w;
    }

    private const int SpacedOutRun = 3;

    // The marks put between the chars of a word so that no filter sees it whole ("ラ・イ・ン", "ス.ラ.ッ.ク", "事*務*局"): the
    // middle dot, and ASCII marks searched apart from it (an all-ASCII set keeps the vectorised search at its fastest). Not
    // the dash: the long-vowel mark folds to it, and katakana words are full of it ("コーヒー").
    private const char MiddleDot = '・';
    private static readonly SearchValues<char> AsciiSeparators = SearchValues.Create(".*_/+~|");

    /// <summary>
    /// A word written with one mark between its chars ("ラ・イ・ン", "ス.ラ.ッ.ク", "む・しょ・う", "事*務*局"): where at least
    /// <see cref="SpacedOutRun"/> kana or kanji in a row are each followed by the same mark, the marks are dropped. A char may
    /// carry a small kana ("しょ"). Latin letters and digits are left alone (hosts, versions, dates).
    /// </summary>
    private static int JoinDottedOut(char[] buf, int[]? map, int len, int from)
    {
        var w = from;
        var i = from;
        while (i < len)
        {
            var first = TokenLength(buf.AsSpan(0, len), i);
            var mark = first > 0 && i + first < len ? buf[i + first] : '\0';
            if (first > 0 && (mark == MiddleDot || AsciiSeparators.Contains(mark)))
            {
                // Tokens from i, each followed by the mark, and the last one without it.
                var tokens = 1;
                var k = i + first + 1;
                int next;
                while ((next = TokenLength(buf.AsSpan(0, len), k)) > 0)
                {
                    tokens++;
                    if (k + next >= len || buf[k + next] != mark)
                    {
                        k += next;
                        break;
                    }

                    k += next + 1;
                }

                if (tokens >= SpacedOutRun && buf[k - 1] != mark)
                {
                    for (var j = i; j < k; j++)
                    {
                        if (buf[j] != mark)
                        {
                            Move(buf, map, j, w++);
                        }
                    }

                    i = k;
                    continue;
                }
            }

            Move(buf, map, i, w++);
            i++;
        }

        return w;
    }

    // Where the first dotted-out word may start (two chars with the same mark after each, "ラ・イ・"), or -1: a vectorised search
    // for the marks, so that the join pass runs only on texts that have such a word. Dates, prices and hosts ("12/03",
    // "example.jp") stop at the first test: a digit or a Latin letter is no token.
    private static int FirstDottedOut(ReadOnlySpan<char> s)
    {
        var nextAscii = s.IndexOfAny(AsciiSeparators);
        var nextDot = s.IndexOf(MiddleDot);
        while (nextAscii >= 0 || nextDot >= 0)
        {
            int k;
            if (nextDot < 0 || (nextAscii >= 0 && nextAscii < nextDot))
            {
                k = nextAscii;
                nextAscii = NextIndex(s, k + 1, s[(k + 1)..].IndexOfAny(AsciiSeparators));
            }
            else
            {
                k = nextDot;
                nextDot = NextIndex(s, k + 1, s[(k + 1)..].IndexOf(MiddleDot));
            }

            // A token right before the mark, the next token, and the same mark after it.
            var start = k >= 2 && IsSmallKana(s[k - 1]) && IsWordChar(s[k - 2]) ? k - 2 : k - 1;
            var next = TokenLength(s, k + 1);
            if (start >= 0 && IsWordChar(s[start]) && next > 0 && k + 1 + next < s.Length && s[k + 1 + next] == s[k])
            {
                return start;
            }
        }

        return -1;
    }

    private static int NextIndex(ReadOnlySpan<char> s, int from, int found) => found < 0 ? -1 : from + found;

    // Where the first word with a symbol mark or emoji between its chars may start (a token, the mark, a token and the same mark
    // again: "ラ★イ★"), or -1. Runs only when the fold met such a mark.
    private static int FirstSymbolMarked(ReadOnlySpan<char> s)
    {
        for (var k = 1; k < s.Length; k++)
        {
            var mark = SymbolMarkLength(s, k);
            if (mark == 0)
            {
                continue;
            }

            var start = k >= 2 && IsSmallKana(s[k - 1]) ? k - 2 : k - 1;
            var next = SymbolTokenLength(s, k + mark);
            if (SymbolTokenLength(s, start) > 0 && next > 0 && SameMark(s, k + mark + next, k, mark))
            {
                return start;
            }

            k += mark - 1;
        }

        return -1;
    }

    /// <summary>
    /// A word, an address or a number written with one symbol or emoji between its chars ("ラ★イ★ン", "t★a★r★o★@★g★m★a★i★l",
    /// "権⋮利⋮収⋮入", "ラ🍀イ🍀ン"): where at least <see cref="SpacedOutRun"/> chars in a row (a kana with its small kana counts
    /// as one) are each followed by the same mark, the marks are dropped. Unlike <see cref="JoinDottedOut"/>, Latin letters and
    /// digits join too: nobody writes a host or a date with stars between its chars. Ratings ("★★★☆☆") have no chars between
    /// their marks and stay as written.
    /// </summary>
    private static int JoinSymbolMarked(char[] buf, int[]? map, int len, int from)
    {
        var s = buf.AsSpan(0, len);
        var w = from;
        var i = from;
        while (i < len)
        {
            var first = SymbolTokenLength(s, i);
            var mark = first > 0 ? SymbolMarkLength(s, i + first) : 0;
            if (mark > 0)
            {
                var markAt = i + first;
                var tokens = 1;
                var k = markAt + mark;
                int next;
                while ((next = SymbolTokenLength(s, k)) > 0)
                {
                    tokens++;
                    k += next;
                    if (!SameMark(s, k, markAt, mark))
                    {
                        break;
                    }

                    k += mark;
                }

                if (k > 0 && SameMark(s, k - mark, markAt, mark))
                {
                    k -= mark; // a mark after the last char stays
                }

                if (tokens >= SpacedOutRun)
                {
                    for (var j = i; j < k;)
                    {
                        var token = SymbolTokenLength(s, j);
                        for (var t = 0; t < token; t++)
                        {
                            Move(buf, map, j + t, w++);
                        }

                        j += token + (j + token < k ? mark : 0);
                    }

                    i = k;
                    continue;
                }
            }

            Move(buf, map, i, w++);
            i++;
        }

        return w;
    }

    // One char between symbol marks (a kana with the small kana after it counts as one), or 0 for a space, a mark or an emoji.
    private static int SymbolTokenLength(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || s[i] is ' ' or '\n' || char.IsSurrogate(s[i]) || FoldTable.IsSymbolMark(s[i]))
        {
            return 0;
        }

        return i + 1 < s.Length && IsSmallKana(s[i + 1]) ? 2 : 1;
    }

    // The length of the symbol mark or emoji at i: 1, 2 for a surrogate pair, or 0.
    private static int SymbolMarkLength(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length)
        {
            return 0;
        }

        if (FoldTable.IsSymbolMark(s[i]))
        {
            return 1;
        }

        return char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 0;
    }

    private static bool SameMark(ReadOnlySpan<char> s, int at, int markAt, int mark) =>
        at >= 0 && at + mark <= s.Length && s.Slice(at, mark).SequenceEqual(s.Slice(markAt, mark));

    // The length of one dotted-out token at i (a kana or kanji, with a small kana after it), or 0.
    private static int TokenLength(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || !IsWordChar(s[i]))
        {
            return 0;
        }

        return i + 1 < s.Length && IsSmallKana(s[i + 1]) ? 2 : 1;
    }

    private static bool IsWordChar(char c) => c is (>= '\u30A1' and <= '\u30FA') or (>= '\u4E00' and <= '\u9FFF') or '々';

    private static bool IsSmallKana(char c) => c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ャ' or 'ュ' or 'ョ' or 'ッ' or 'ヮ';

    // Whether one char stands between two single spaces anywhere ("a b c"): a vectorised search from space to space,
    // so that the join pass runs only on texts that may be spaced out.
    private static bool MaybeSpacedOut(ReadOnlySpan<char> s)
    {
        var k = s.IndexOf(' ');
        while (k >= 0 && k + 2 < s.Length)
        {
            if (s[k + 2] == ' ' && s[k + 1] != ' ')
            {
                return true;
            }

            var next = s[(k + 1)..].IndexOf(' ');
            k = next < 0 ? -1 : k + 1 + next;
        }

        return false;
    }

    // Letters, digits and the marks of IDs and addresses, against every other script.
    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '@' or '/' or ':';

    private static void Move(char[] buf, int[]? map, int from, int to)
    {
        buf[to] = buf[from];
        if (map is not null)
        {
            map[to] = map[from];
        }
    }

    // White space, combining marks, surrogates and chars that fold to several chars (or none); returns the last index used.
    private static int FoldCareful(string text, int i, ref char[] buf, ref int[]? map, ref int len)
    {
        var n = text.Length;
        var c = text[i];
        var f = FoldTable.Single[c];
        if (f != FoldTable.NotSingle && !char.IsHighSurrogate(c))
        {
            Emit(buf, map, ref len, f, i);
            return i;
        }

        if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
        {
            var letter = FoldTable.SupplementaryLetter(char.ConvertToUtf32(c, text[i + 1]));
            if (letter != '\0')
            {
                Emit(buf, map, ref len, letter, i);
                return i + 1;
            }

            var pair = Nfkc(text.Substring(i, 2));
            EnsureRoom(ref buf, ref map, len, pair.Length + (n - i));
            foreach (var ch in pair)
            {
                var g = FoldTable.FoldChar(ch);
                if (g != '\0')
                {
                    Emit(buf, map, ref len, g, i);
                }
            }

            return i + 1;
        }

        if (f != FoldTable.NotSingle)
        {
            Emit(buf, map, ref len, f, i);
            return i;
        }

        var multi = FoldTable.Multi[c] ?? string.Empty;
        EnsureRoom(ref buf, ref map, len, multi.Length + (n - i));
        foreach (var ch in multi)
        {
            Emit(buf, map, ref len, ch, i);
        }

        return i;
    }

    private static void Emit(char[] buf, int[]? map, ref int len, char ch, int source)
    {
        if (ch is ' ' or '\n')
        {
            // White-space runs fold to one char: a line break if the run has one, else a space.
            if (len == 0)
            {
                return;
            }

            if (buf[len - 1] is ' ' or '\n')
            {
                if (ch == '\n')
                {
                    buf[len - 1] = '\n';
                }

                return;
            }
        }
        else if (FoldTable.IsCombiningMark(ch))
        {
            // A per-character NFKC cannot compose ｶﾞ or e + U+0301: compose with the previous char here. A mark that
            // composes with nothing (a line over every digit, "0̅9̅0̅") is dropped.
            var composed = len > 0 ? Nfkc(string.Concat(buf[len - 1], ch)) : string.Empty;
            if (composed.Length == 1)
            {
                buf[len - 1] = FoldTable.FoldChar(composed[0]);
            }

            return;
        }

        buf[len] = ch;
        if (map is not null)
        {
            map[len] = source;
        }

        len++;
    }

    // Non-characters (U+1FFFE…) and a lone surrogate before a combining mark cannot be normalised: keep them as written.
    private static string Nfkc(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    // Keeps the main loop's invariant after a source unit that may emit several chars.
    private static void EnsureRoom(ref char[] buf, ref int[]? map, int len, int needed)
    {
        var size = len + needed + 16;
        if (buf.Length >= size)
        {
            return;
        }

        size = Math.Max(size, buf.Length * 2);
        Array.Resize(ref buf, size);
        if (map is not null)
        {
            Array.Resize(ref map, size + 1);
        }
    }
}
