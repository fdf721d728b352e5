using System.Buffers;
using System.Text;

namespace Platform.Checks.Text;

/// <summary>
/// Folds text for matching: NFKC (full-width and styled letters, circled digits), every dash and the
/// long-vowel mark to '-', hiragana to katakana, lower case, format characters (zero-width etc.) removed,
/// white-space runs to one space (or one line break), and (optionally) spelled digits in digit sequences decoded to ASCII.
/// One pass over the text plus one over the folded buffer; linear in the text length.
/// </summary>
public static class TextFolder
{
    /// <summary>Folds <paramref name="text"/> and decodes spelled digit sequences.</summary>
    public static FoldedText Fold(string text) => Fold(text, decodeDigits: true);

    /// <summary>Folds <paramref name="text"/>; <paramref name="decodeDigits"/> turns spelled digit sequences into ASCII digits.</summary>
    public static FoldedText Fold(string text, bool decodeDigits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Length;
        var buf = ArrayPool<char>.Shared.Rent(n + 16);
        var map = ArrayPool<int>.Shared.Rent(n + 17);
        try
        {
            var len = 0;
            var single = FoldTable.Single;
            for (var i = 0; i < n; i++)
            {
                var c = text[i];
                var f = single[c];
                if (f != FoldTable.NotSingle && !char.IsHighSurrogate(c))
                {
                    Emit(ref buf, ref map, ref len, f, i);
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
                {
                    var pair = text.Substring(i, 2).Normalize(NormalizationForm.FormKC);
                    foreach (var ch in pair)
                    {
                        var g = FoldTable.FoldChar(ch);
                        if (g != '\0')
                        {
                            Emit(ref buf, ref map, ref len, g, i);
                        }
                    }

                    i++;
                    continue;
                }

                if (f != FoldTable.NotSingle)
                {
                    Emit(ref buf, ref map, ref len, f, i);
                    continue;
                }

                foreach (var ch in FoldTable.Multi[c] ?? string.Empty)
                {
                    Emit(ref buf, ref map, ref len, ch, i);
                }
            }

            if (decodeDigits)
            {
                len = DigitDecoder.Decode(buf, map, len);
            }

            var finalMap = new int[len + 1];
            Array.Copy(map, finalMap, len);
            finalMap[len] = n;
            return new FoldedText(text, new string(buf, 0, len), finalMap);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buf);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static void Emit(ref char[] buf, ref int[] map, ref int len, char ch, int source)
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
        else if (len > 0 && IsCombiningMark(ch))
        {
            // A per-character NFKC cannot compose ｶﾞ or e + U+0301: compose with the previous char here.
            var composed = string.Concat(buf[len - 1], ch).Normalize(NormalizationForm.FormKC);
            if (composed.Length == 1)
            {
                buf[len - 1] = FoldTable.FoldChar(composed[0]);
                return;
            }
        }

        if (len >= buf.Length - 1 || len >= map.Length - 1)
        {
            Grow(ref buf, ref map, len);
        }

        buf[len] = ch;
        map[len] = source;
        len++;
    }

    private static bool IsCombiningMark(char ch) => ch is >= '\u0300' and <= '\u036F' or '\u3099' or '\u309A';

    private static void Grow(ref char[] buf, ref int[] map, int len)
    {
        var newBuf = ArrayPool<char>.Shared.Rent(buf.Length * 2);
        var newMap = ArrayPool<int>.Shared.Rent(buf.Length * 2 + 1);
        Array.Copy(buf, newBuf, len);
        Array.Copy(map, newMap, len);
        ArrayPool<char>.Shared.Return(buf);
        ArrayPool<int>.Shared.Return(map);
        buf = newBuf;
        map = newMap;
    }
}
