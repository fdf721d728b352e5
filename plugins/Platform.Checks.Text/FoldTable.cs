using System.Globalization;
using System.Text;

namespace Platform.Checks.Text;

/// <summary>
/// Per-character fold of the Basic Multilingual Plane, computed once: NFKC of the single character (or, for the numbers and
/// letters NFKC leaves apart, <see cref="NumberOrLetter"/>), then dashes to '-', hiragana to katakana, lower case, accented
/// Latin letters to plain ones, Cyrillic and Greek look-alikes to Latin, white space to ' ', format characters removed.
/// </summary>
internal static class FoldTable
{
    /// <summary>Marks a character whose fold is not exactly one char: see <see cref="Multi"/>.</summary>
    public const char NotSingle = '\uFFFF';

    /// <summary>The folded char, or <see cref="NotSingle"/>.</summary>
    public static readonly char[] Single = new char[0x10000];

    /// <summary>For <see cref="NotSingle"/> entries: the fold ("" when the character is removed).</summary>
    public static readonly string?[] Multi = new string?[0x10000];

    /// <summary>
    /// The fold for the folder's fast path: the folded char when it is one plain char (not white space, not a
    /// combining mark, not a surrogate, not an emphasis quote), else <see cref="NotSingle"/> and the folder takes its
    /// careful path, which also drops the quotes when asked. One table for every kind of fold: each table indexed by
    /// char spans 128 KB, and the checks fold the same text with and without the quotes.
    /// </summary>
    public static readonly char[] Simple = new char[0x10000];

    /// <summary>
    /// Marks no one puts between the letters of an ordinary word, so that any char may stand between them when they are
    /// (TextFolder joins "ラ★イ★ン", "t⋮a⋮r⋮o"): symbols, and '|'. ASCII marks other than '|' and the middle dot are the dotted-out
    /// join's, which leaves Latin letters and digits alone (hosts, dates).
    /// </summary>
    public static bool IsSymbolMark(char c) => ((SymbolMarks[c >> 6] >> (c & 63)) & 1) != 0;

    private static readonly ulong[] SymbolMarks = MarkSet("★☆⋮⋯→♪♡♥❤◆◇■□●※×✕|");

    private static ulong[] MarkSet(string marks)
    {
        var bits = new ulong[0x10000 / 64];
        foreach (var c in marks)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    /// <summary>Quotation marks used for emphasis (“仮”, "お借り"), not the corner brackets that quote names.</summary>
    public static bool IsEmphasisQuote(char c) => c is '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '〝' or '〞' or '〟' or '＂' or '＇';

    static FoldTable()
    {
        Span<char> one = stackalloc char[1];
        var sb = new StringBuilder(8);
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                Single[c] = (char)c;
                continue;
            }

            if (c < 0x80)
            {
                Single[c] = FoldChar((char)c);
                continue;
            }

            one[0] = (char)c;
            var nfkc = NumberOrLetter((char)c);
            try
            {
                nfkc ??= new string(one).Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // Non-characters (U+FFFE, U+FFFF) cannot be normalised; keep them as they are.
                nfkc = new string(one);
            }
            sb.Clear();
            foreach (var ch in nfkc)
            {
                var f = FoldChar(ch);
                if (f != '\0')
                {
                    sb.Append(f);
                }
            }

            if (sb.Length == 1 && sb[0] != NotSingle)
            {
                Single[c] = sb[0];
            }
            else
            {
                Single[c] = NotSingle;
                Multi[c] = sb.ToString();
            }
        }

        for (var c = 0; c < 0x10000; c++)
        {
            var f = Single[c];
            var careful = f is NotSingle or ' ' or '\n' || IsCombiningMark(f) || char.IsSurrogate((char)c);
            Simple[c] = careful || IsEmphasisQuote((char)c) || IsSymbolMark(f) ? NotSingle : f;
        }
    }

    /// <summary>
    /// Combining marks: the folder composes one with the previous char where NFKC can (ｶﾞ, e + U+0301 → e) and drops it
    /// where it cannot (a line or an accent drawn over every digit or letter: "0̅9̅0̅", "t̲a̲r̲o̲").
    /// </summary>
    public static bool IsCombiningMark(char ch) =>
        ch is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF')
            or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F') or '\u3099' or '\u309A';

    /// <summary>
    /// Numbers and letters that NFKC leaves apart or turns into something else, written so to slip past filters: digits of
    /// other scripts (๐๙๐, ٠٩٠, ०९०), the dingbat and double circled digits (❶, ➀, ➊, ⓵, ⓿; NFKC folds only ① and ⓪),
    /// Roman numerals (Ⅰ, ⅳ: NFKC gives letters), parenthesised digits and letters (⑴, ⒜: NFKC adds the brackets). The
    /// letters and digits of the supplementary planes are in <see cref="SupplementaryLetter"/>. Null: NFKC as usual.
    /// </summary>
    internal static string? NumberOrLetter(char c)
    {
        if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
        {
            return ((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))).ToString();
        }

        return c switch
        {
            >= '\u2776' and <= '\u277F' => Number(c - 0x2776 + 1),   // ❶…❿
            >= '\u2780' and <= '\u2789' => Number(c - 0x2780 + 1),   // ➀…➉
            >= '\u278A' and <= '\u2793' => Number(c - 0x278A + 1),   // ➊…➓
            >= '\u24EB' and <= '\u24F4' => Number(c - 0x24EB + 11),  // ⓫…⓴
            >= '\u24F5' and <= '\u24FE' => Number(c - 0x24F5 + 1),   // ⓵…⓾
            '\u24FF' => "0",                                          // ⓿
            >= '\u2160' and <= '\u216B' => Number(c - 0x2160 + 1),   // Ⅰ…Ⅻ
            >= '\u2170' and <= '\u217B' => Number(c - 0x2170 + 1),   // ⅰ…ⅻ
            >= '\u2474' and <= '\u2487' => Number(c - 0x2474 + 1),   // ⑴…⒇
            >= '\u249C' and <= '\u24B5' => ((char)('a' + (c - 0x249C))).ToString(), // ⒜…⒵
            _ => null,
        };

        static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Letters of the supplementary planes that NFKC leaves alone or brackets, each folded to its Latin letter:
    /// parenthesised (🄐), negative circled (🅐) and negative squared (🅰) capitals and the regional indicators (🇱); '\0'
    /// for any other code point.
    /// </summary>
    public static char SupplementaryLetter(int codePoint) => codePoint switch
    {
        >= 0x1F110 and <= 0x1F129 => (char)('a' + (codePoint - 0x1F110)),
        >= 0x1F150 and <= 0x1F169 => (char)('a' + (codePoint - 0x1F150)),
        >= 0x1F170 and <= 0x1F189 => (char)('a' + (codePoint - 0x1F170)),
        >= 0x1F1E6 and <= 0x1F1FF => (char)('a' + (codePoint - 0x1F1E6)),
        _ => '\0',
    };

    /// <summary>Folds one already NFKC-normalised char; '\0' means "remove".</summary>
    public static char FoldChar(char ch)
    {
        if (ch < 0x80)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                return (char)(ch + 32);
            }

            if (ch is '\n' or '\r' or '\v' or '\f')
            {
                return '\n';
            }

            if (ch == '\t')
            {
                return ' ';
            }

            return ch == '\0' ? ' ' : ch;
        }

        if (IsDash(ch))
        {
            return '-';
        }

        if (ch is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E')
        {
            return (char)(ch + 0x60);
        }

        if (ch is '\u0085' or '\u2028' or '\u2029')
        {
            return '\n';
        }

        if (char.IsWhiteSpace(ch))
        {
            return ' ';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        if (category is UnicodeCategory.Format or UnicodeCategory.EnclosingMark || ch is >= '\uFE00' and <= '\uFE0F' || ch is '\u3164' or '\uFFA0' or '\u2800' or '\u115F' or '\u1160')
        {
            return '\0';
        }

        return LatinLookalike(ch) is var latin and not '\0' ? latin : AccentedLatin(ch) is var plain and not '\0' ? plain : char.ToLowerInvariant(ch);
    }

    /// <summary>A Latin letter with an accent ("gmáil", "lïne") folded to the plain letter, lower case; '\0' for any other char.</summary>
    private static char AccentedLatin(char ch)
    {
        if (ch is not ((>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF')))
        {
            return '\0';
        }

        var parts = ch.ToString().Normalize(NormalizationForm.FormD);
        return parts.Length > 1 && char.IsAsciiLetter(parts[0]) && !parts.AsSpan(1).ContainsAnyExceptInRange('\u0300', '\u036F')
            ? char.ToLowerInvariant(parts[0])
            : '\0';
    }

    /// <summary>
    /// Cyrillic and Greek letters drawn like Latin ones, which NFKC keeps apart: "Dіѕсоrd", "gmаil", "LΙΝΕ" are written so
    /// to slip past filters, and fold to the Latin letter (lower case). Only letters no reader tells apart from the Latin one; the
    /// Greek letters of ordinary Japanese text (α7, β版, μm, ω) keep their own fold, except α, drawn as a.
    /// </summary>
    private static char LatinLookalike(char ch) => SmallCapital(ch) is var small and not '\0' ? small : ch switch
    {
        'а' or 'А' or 'α' or 'Α' => 'a',
        'В' or 'Β' => 'b',
        'с' or 'С' or 'ϲ' or 'Ϲ' => 'c',
        'ԁ' => 'd',
        'ɡ' => 'g',
        'е' or 'Е' or 'Ε' => 'e',
        'һ' or 'Һ' or 'Н' or 'Η' => 'h',
        'і' or 'І' or 'ι' or 'Ι' or 'ӏ' or 'Ӏ' or 'ı' => 'i',
        'ј' or 'Ј' => 'j',
        'К' or 'Κ' or 'κ' => 'k',
        'М' or 'Μ' => 'm',
        'Ν' => 'n',
        'о' or 'О' or 'ο' or 'Ο' or 'օ' => 'o',
        'р' or 'Р' or 'ρ' or 'Ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' or 'Ѕ' => 's',
        'Т' or 'Τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ԝ' => 'w',
        'х' or 'Х' or 'χ' or 'Χ' => 'x',
        'у' or 'У' or 'ү' or 'Ү' or 'Υ' => 'y',
        'Ζ' => 'z',
        _ => '\0',
    };

    /// <summary>The small capitals NFKC leaves alone ("ʟɪɴᴇ", "ɢᴍᴀɪʟ"), each to its Latin letter; '\0' for any other char.</summary>
    private static char SmallCapital(char ch)
    {
        var at = SmallCapitals.IndexOf(ch);
        return at < 0 ? '\0' : (char)('a' + at);
    }

    // a to z: ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ ᴏ ᴘ ꞯ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ x ʏ ᴢ (no small capital x: the Latin x stands in).
    private const string SmallCapitals = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ";

    /// <summary>Dash and long-vowel variants that all fold to '-'.</summary>
    public static bool IsDash(char ch) => ch switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' => true,
        '\u2212' or '\u2043' or '\u02D7' or '\u2796' or '\u2E3A' or '\u2E3B' => true,
        '\u30FC' or '\uFF70' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u058A' => true,
        '\u2500' or '\u2501' or '\u23AF' or '\u2574' or '\u2576' or '\u2578' => true,
        '\u2E40' or '\u301C' or '\uFE31' or '\uFE32' or '\u05BE' or '\u2E17' => true,
        _ => false,
    };
}
