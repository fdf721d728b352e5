namespace Platform.Checks.Text;

/// <summary>
/// Decodes spelled digits (kanji, daiji, kana readings, English and katakana-English words) into ASCII
/// digits, but only inside a digit sequence: a run of several numerals and ASCII digits, with at most a few
/// separators between them. A lone 一 in ordinary Japanese stays as it is.
/// Works in place on the folded buffer (a numeral never gets longer when decoded).
/// </summary>
internal static class DigitDecoder
{
    /// <summary>A run needs this many digits to be decoded.</summary>
    internal const int MinRunDigits = 4;
    private const int MaxSeparators = 3;

    // (folded spelling, digit, weak). Weak spellings are common syllables (に, し, ご, さん…) that need
    // stronger numerals or ASCII digits in the same run.
    internal static readonly (string Spelling, char Digit, bool Weak)[] Tokens = Build(
    [
        ("〇", '0', false), ("零", '0', false), ("○", '0', true), ("◯", '0', true),
        ("一", '1', false), ("壱", '1', false), ("二", '2', false), ("弐", '2', false),
        ("三", '3', false), ("参", '3', false), ("四", '4', false), ("五", '5', false), ("伍", '5', false),
        ("六", '6', false), ("七", '7', false), ("八", '8', false), ("九", '9', false),
        ("壹", '1', false), ("貳", '2', false), ("參", '3', false), ("肆", '4', false), ("陸", '6', false),
        ("漆", '7', false), ("捌", '8', false), ("玖", '9', false),
        ("ゼロ", '0', false), ("れい", '0', true), ("まる", '0', true), ("おー", '0', true),
        ("いち", '1', false), ("に", '2', true), ("にぃ", '2', false), ("にい", '2', false), ("にー", '2', false), ("さん", '3', true),
        ("よん", '4', false), ("し", '4', true), ("ご", '5', true), ("ごお", '5', false), ("ごー", '5', false), ("ごう", '5', true), ("ろく", '6', false),
        ("なな", '7', false), ("しち", '7', false), ("はち", '8', false), ("きゅう", '9', false),
        ("きゅー", '9', false), ("く", '9', true), ("ひと", '1', true), ("ふた", '2', true),
        ("ワン", '1', false), ("ツー", '2', false), ("ツウ", '2', false), ("トゥー", '2', false),
        ("スリー", '3', false), ("フォー", '4', false), ("フォア", '4', false), ("ファイブ", '5', false),
        ("ファイヴ", '5', false), ("シックス", '6', false), ("セブン", '7', false), ("セヴン", '7', false),
        ("エイト", '8', false), ("ナイン", '9', false),
        ("zero", '0', false), ("one", '1', false), ("two", '2', false), ("three", '3', false),
        ("four", '4', false), ("five", '5', false), ("six", '6', false), ("seven", '7', false),
        ("eight", '8', false), ("nine", '9', false),
        ("rei", '0', true), ("maru", '0', true), ("ichi", '1', false), ("ni", '2', true), ("san", '3', true),
        ("yon", '4', false), ("go", '5', true), ("roku", '6', false), ("nana", '7', false), ("shichi", '7', false),
        ("hachi", '8', false), ("kyu", '9', false), ("kyuu", '9', false),
    ]);

    // Tokens grouped by first char (longest first), so a lookup costs one table read and a few comparisons.
    private static readonly (string Spelling, char Digit, bool Weak)[][] Groups =
        Tokens.GroupBy(t => t.Spelling[0]).Select(g => g.ToArray()).ToArray();

    // Group index + 1 for a token's first char, 0 for any other char.
    private static readonly byte[] GroupOf = BuildGroupIndex();

    /// <summary>Decodes in place (and moves the offset map along, when given); returns the new length.</summary>
    public static int Decode(char[] buf, int[]? map, int len)
    {
        if (!DigitRunFilter.HasCandidateStretch(buf, len))
        {
            return len;
        }

        var w = 0;
        var i = 0;
        var stretchEnd = 0;
        while (i < len)
        {
            if (i >= stretchEnd)
            {
                // Outside a stretch that could hold a decodable run everything is copied as written (nothing to
                // copy until a run was decoded): a run never crosses a char that cannot be part of it.
                var start = DigitRunFilter.NextStretch(buf, i, len, out stretchEnd);
                Move(buf, map, i, w, start - i);
                w += start - i;
                i = start;
                if (i >= len)
                {
                    break;
                }
            }

            if (!TryDigit(buf, len, i, out var tokenLength, out _, out _))
            {
                Move(buf, map, i, w, 1);
                w++;
                i++;
                continue;
            }

            var end = ScanRun(buf, len, i, out var decode);
            if (end <= i)
            {
                // A lone weak syllable: not a digit here.
                Move(buf, map, i, w, 1);
                w++;
                i++;
                continue;
            }

            if (!decode)
            {
                // Copy the run as written; skipping past it keeps the pass linear.
                Move(buf, map, i, w, end - i);
                w += end - i;
                i = end;
                continue;
            }

            while (i < end)
            {
                if (TryDigit(buf, len, i, out tokenLength, out var digit, out _))
                {
                    buf[w] = digit;
                    if (map is not null)
                    {
                        map[w] = map[i];
                    }

                    i += tokenLength;
                }
                else
                {
                    Move(buf, map, i, w, 1);
                    i++;
                }

                w++;
            }
        }

        return w;
    }

    private static void Move(char[] buf, int[]? map, int from, int to, int count)
    {
        if (from == to)
        {
            return;
        }

        Array.Copy(buf, from, buf, to, count);
        if (map is not null)
        {
            Array.Copy(map, from, map, to, count);
        }
    }

    // Finds the end of the digit run starting at i and whether it should be decoded.
    private static int ScanRun(char[] buf, int len, int i, out bool decode)
    {
        int digits = 0, ascii = 0, strong = 0, tokens = 0;
        var end = i;
        var prevSpelled = false;
        var j = i;
        while (j < len)
        {
            if (TryDigit(buf, len, j, out var tokenLength, out _, out var weak))
            {
                digits++;
                var isAscii = tokenLength == 1 && buf[j] is >= '0' and <= '9';
                if (isAscii)
                {
                    ascii++;
                }
                else
                {
                    tokens++;
                    if (!weak)
                    {
                        strong++;
                    }
                }

                j += tokenLength;

                // A weak syllable (に, ご…) right after ASCII digits is a particle ("7724に電話"), unless a
                // spelled numeral follows it: only then does the run reach past it. After spelled numerals it is one
                // of them, unless a word follows it at once ("ななはちに電話").
                if (isAscii || !weak || (prevSpelled && RunGoesOn(buf, len, j)))
                {
                    end = j;
                }

                prevSpelled = !isAscii;
                continue;
            }

            var k = j;
            while (k < len && k - j < MaxSeparators && IsSeparator(buf[k]))
            {
                k++;
            }

            if (k == j || k >= len || !TryDigit(buf, len, k, out _, out _, out _))
            {
                break;
            }

            j = k;
        }

        decode = tokens > 0 && digits >= MinRunDigits && (ascii > 0 || strong >= 2);
        return end;
    }

    /// <summary>
    /// What may stand between the digits of one run: spaces, dashes, dots and brackets, and the marks and emoji put between
    /// spelled digits so that no filter sees them in a row ("〇⋮九⋮〇", "ゼロ|きゅう", "いち★に", a surrogate pair such as 🍀).
    /// </summary>
    internal static bool IsSeparator(char c) =>
        c is ' ' or '\n' or '-' or '.' or '・' or ',' or '、' or '_' or '/' or 'ノ' or '(' or ')' or '~' or '*' or '+'
            || FoldTable.IsSymbolMark(c) || char.IsSurrogate(c);

    private static bool TryDigit(char[] buf, int len, int i, out int length, out char digit, out bool weak)
    {
        var c = buf[i];
        if (c is >= '0' and <= '9')
        {
            length = 1;
            digit = c;
            weak = false;
            return true;
        }

        // Longest spelling first, unless the run cannot go on after it and can after a shorter one: "にいち" (…2, 1) is
        // に + いち, not にい + ち; "いちにいさん" (1, 2, 3) keeps にい.
        length = 0;
        digit = '\0';
        weak = false;
        var group = GroupOf[c];
        if (group != 0)
        {
            foreach (var (spelling, d, w) in Groups[group - 1])
            {
                if (i + spelling.Length > len || !buf.AsSpan(i, spelling.Length).SequenceEqual(spelling))
                {
                    continue;
                }

                if (char.IsAsciiLetter(c) && !IsWordBoundary(buf, len, i, spelling.Length))
                {
                    continue;
                }

                var goesOn = RunGoesOn(buf, len, i + spelling.Length);
                if (length == 0 || goesOn)
                {
                    (length, digit, weak) = (spelling.Length, d, w);
                    if (goesOn)
                    {
                        break;
                    }
                }
            }
        }

        return length > 0;
    }

    // Whether a digit run can continue at pos: its end, a separator, a digit or the first char of a spelling.
    private static bool RunGoesOn(char[] buf, int len, int pos) =>
        pos >= len || buf[pos] is >= '0' and <= '9' || IsSeparator(buf[pos]) || GroupOf[buf[pos]] != 0;

    private static bool IsWordBoundary(char[] buf, int len, int i, int length) =>
        (i == 0 || !char.IsAsciiLetter(buf[i - 1])) && (i + length >= len || !char.IsAsciiLetter(buf[i + length]));

    private static byte[] BuildGroupIndex()
    {
        var index = new byte[0x10000];
        for (var g = 0; g < Groups.Length; g++)
        {
            index[Groups[g][0].Spelling[0]] = checked((byte)(g + 1));
        }

        return index;
    }

    // Folds the spellings the same way as the text, longest first so that しち wins over し.
    private static (string, char, bool)[] Build((string Spelling, char Digit, bool Weak)[] raw) =>
        raw.Select(t => (FoldPlain(t.Spelling), t.Digit, t.Weak))
            .OrderByDescending(t => t.Item1.Length)
            .ToArray();

    private static string FoldPlain(string s) => string.Concat(s.Select(ch => FoldTable.Single[ch]));
}
