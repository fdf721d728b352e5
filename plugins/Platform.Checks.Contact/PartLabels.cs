namespace Platform.Checks.Contact;

/// <summary>
/// The words that name a part's place in a detail told in parts ("最初は090、次が1234、最後が5678", "上3桁090 中4桁1234 下4桁5678",
/// "090が頭で、1234が真ん中"): a part word before the part (its particle between them) or after it, a count of its digits
/// ("下4桁は", "8桁、"), or an ordinal ("2つ目は"). On folded text; read only around digit groups that could make a number.
/// </summary>
internal static class PartLabels
{
    // A label and its particle sit this close to their part, and a label is read back at most this far.
    private const int MaxLabelGap = 3;
    private const int LabelReach = 16;

    /// <summary>Part words, folded like the text (hiragana to katakana).</summary>
    private static readonly string[] Words =
    [
        .. new[]
        {
            // The first part.
            "最初", "さいしょ", "初め", "始め", "はじめ", "始まり", "はじまり", "頭", "あたま", "先頭", "冒頭", "前半", "一番上", "まず",
            "市外局番", "局番", "前",
            // A part in the middle, or the next one.
            "次", "つぎ", "その次", "次に", "真ん中", "まんなか", "まん中", "中間", "中", "間", "あいだ", "続き", "つづき", "続いて",
            "つづいて", "続けて", "つづけて", "そのあと", "その後", "その後ろ", "それから", "市内局番",
            // The last part.
            "最後", "さいご", "ラスト", "末尾", "後半", "後ろ", "うしろ", "残り", "のこり", "おしり", "お尻", "しっぽ", "終わり", "おわり",
            "締め", "最後尾", "あと", "後", "下", "上", "加入者番号",
        }.Select(Phrases.Fold),
    ];

    // Counts of a part's digits ("4桁", "3つ", "4ケタ").
    private static readonly string[] CountUnits = [.. new[] { "桁", "ケタ", "けた", "つ", "個", "文字" }.Select(Phrases.Fold)];

    // Nouns for the part after its part word ("最初の部分", "真ん中の数字", "後ろの方").
    private static readonly string[] PartNouns = [.. new[] { "部分", "数字", "番号", "方", "ほう", "ブロック" }.Select(Phrases.Fold)];

    // Single-kanji words ("中", "下", "後"…) are a label only as a word of their own: not the end of "以下", "年中", "今後".
    private static bool IsWordStart(string t, int at) => at == 0 || !IsKanji(t[at - 1]);

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or '々';

    /// <summary>
    /// Whether the part at [<paramref name="start"/>, <paramref name="end"/>) is named by a label right before it (not reaching
    /// back past <paramref name="from"/>) or right after it.
    /// </summary>
    public static bool Names(string t, int from, int start, int end) =>
        Before(t, Math.Max(from, start - LabelReach), start, RunDigits(t, start)) || After(t, end);

    // The digits of the run from start: digit groups with one separator between them ("1234-5678" has 8).
    private static int RunDigits(string t, int start)
    {
        var n = 0;
        for (var i = start; i < t.Length; i++)
        {
            if (char.IsAsciiDigit(t[i]))
            {
                n++;
            }
            else if (!(t[i] is '-' or ' ' or '.' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]) && i > start))
            {
                break;
            }
        }

        return n;
    }

    // A label, then at most a particle or a mark, right before the part.
    private static bool Before(string t, int from, int start, int digits)
    {
        var i = start;
        while (i > from && start - i < MaxLabelGap && IsParticleOrMark(t[i - 1]))
        {
            i--;
        }

        if (i <= from)
        {
            return false;
        }

        var before = t.AsSpan(from, i - from);
        foreach (var unit in CountUnits)
        {
            if (before.EndsWith(unit, StringComparison.Ordinal))
            {
                // "下4桁は2222", "最初の3つは090", "生年月日の8桁、19950423": a count of the part's own digits.
                return Count(before[..^unit.Length]) == digits;
            }
        }

        foreach (var noun in PartNouns)
        {
            // "最初の部分は", "真ん中の数字が": the part word before a noun for the part.
            if (before.EndsWith(noun, StringComparison.Ordinal) && before.Length > noun.Length && before[^(noun.Length + 1)] == 'ノ')
            {
                before = before[..^(noun.Length + 1)];
                i -= noun.Length + 1;
                break;
            }
        }

        if (before.EndsWith("目"))
        {
            // "2つ目は", "3番目が": an ordinal.
            var rest = before[..^1];
            rest = rest.EndsWith("ツ") || rest.EndsWith("番") || rest.EndsWith("個") ? rest[..^1] : [];
            return Count(rest) > 0;
        }

        foreach (var w in Words)
        {
            if (before.EndsWith(w, StringComparison.Ordinal) && (w.Length > 1 || IsWordStart(t, i - 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "090が頭で", "「1234」が真ん中": a particle, then a label.
    private static bool After(string t, int end)
    {
        var i = end;
        if (i < t.Length && t[i] is '」' or '』' or '"' or ')')
        {
            i++;
        }

        if (i >= t.Length || t[i] is not ('ガ' or 'ハ' or 'ヲ'))
        {
            return false;
        }

        i++;
        foreach (var w in Words)
        {
            // A single kanji only as a word of its own: "が頭で", not "が上限".
            if (t.AsSpan(i).StartsWith(w, StringComparison.Ordinal) && (w.Length > 1 || i + 1 >= t.Length || !IsKanji(t[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The number written right before the end of s (ASCII or a kanji numeral, one or two digits), or -1.
    private static int Count(ReadOnlySpan<char> s)
    {
        var n = 0;
        var k = s.Length;
        while (k > 0 && s.Length - k < 2 && Digit(s[k - 1]) >= 0)
        {
            k--;
        }

        if (k == s.Length)
        {
            return -1;
        }

        for (var j = k; j < s.Length; j++)
        {
            n = (n * 10) + Digit(s[j]);
        }

        return n;
    }

    private static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);

    // The particles and marks between a label and its part; the fold made the particles katakana ("は" is "ハ").
    private static bool IsParticleOrMark(char c) =>
        c is 'ハ' or 'ガ' or 'モ' or 'ノ' or 'ニ' or 'ヲ' or ' ' or '、' or ',' or ':' or '=' or '→' or '「' or '『' or '"' or '(' or '-' or '\n';
}
