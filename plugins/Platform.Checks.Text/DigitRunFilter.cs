using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>
/// Where the <see cref="DigitDecoder"/> has work: stretches of chars that can form a digit run (numerals, ASCII
/// digits, separators) holding at least <see cref="DigitDecoder.MinRunDigits"/> places where a digit can start, one of
/// them spelled. A run never crosses any other char, so the decoder copies everything outside these stretches as it is;
/// most texts have none and cost one branch-free pass.
/// </summary>
internal static class DigitRunFilter
{
    private const int RunChar = 1;
    private const int StartChar = 2;
    private const int SpelledStart = 4;

    // Per char: RunChar when it can be part of a digit run (any char of a spelling, an ASCII digit, a separator),
    // StartChar when it is a digit by itself (an ASCII digit or a one-char numeral), SpelledStart for a one-char numeral.
    // In two levels, so a text's look-ups touch a few KB and not a 64 KB table: the first 256 bytes give each high byte of a
    // char its page of 256 classes, and the high bytes with no run char (most CJK pages) share one page of zeros.
    private static readonly byte[] CharClass = BuildCharClass();

    // The first two chars of every longer spelling (53), hashed into a 16K-bit set (2 KB) read at every char.
    private static readonly ulong[] Bigrams = BuildBigrams();

    private const int BigramMask = 0x3FFF;

    // Whether some stretch of run chars holds at least DigitDecoder.MinRunDigits possible digit starts, one of them spelled.
    // Branch-free: most texts have none, and this pass is then all the decoder costs.
    public static bool HasCandidateStretch(char[] buf, int len)
    {
        var text = buf.AsSpan(0, len);

        // The tables have an entry for every char (and every hash), so the reads need no bounds checks.
        ref var classes = ref MemoryMarshal.GetArrayDataReference(CharClass);
        ref var bigrams = ref MemoryMarshal.GetArrayDataReference(Bigrams);
        int starts = 0, spelled = 0, found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cur = text[i];
            var h = BigramHash(cur, i + 1 < text.Length ? text[i + 1] : '\0');
            var bigram = (int)(Unsafe.Add(ref bigrams, h >> 6) >> (h & 63)) & 1;
            int c = Unsafe.Add(ref classes, (Unsafe.Add(ref classes, cur >> 8) << 8) | (cur & 0xFF));
            var mask = -(c & RunChar);
            starts = (starts + (((c & StartChar) >> 1) | bigram)) & mask;
            spelled = (spelled | ((c & SpelledStart) >> 2) | bigram) & mask;
            found |= ((DigitDecoder.MinRunDigits - 1 - starts) >>> 31) & spelled;
        }

        return found != 0;
    }

    // The next stretch of run chars holding at least DigitDecoder.MinRunDigits possible digit starts, one of them spelled; len when none.
    public static int NextStretch(char[] buf, int from, int len, out int end)
    {
        var s = from;
        while (s < len)
        {
            while (s < len && (ClassOf(buf[s]) & RunChar) == 0)
            {
                s++;
            }

            var e = s;
            var starts = 0;
            var spelled = 0;
            while (e < len && ClassOf(buf[e]) is var c && (c & RunChar) != 0)
            {
                var bigram = IsBigram(buf[e], e + 1 < len ? buf[e + 1] : '\0');
                starts += ((c & StartChar) >> 1) | bigram;
                spelled |= ((c & SpelledStart) >> 2) | bigram;
                e++;
            }

            if (starts >= DigitDecoder.MinRunDigits && spelled != 0)
            {
                end = e;
                return s;
            }

            s = e;
        }

        end = len;
        return len;
    }

    // 1 when (first, second) may be the start of a spelled numeral of two chars or more (a hash: false positives only).
    private static int IsBigram(char first, char second)
    {
        var h = BigramHash(first, second);
        return (int)(Bigrams[h >> 6] >> (h & 63)) & 1;
    }

    private static int BigramHash(char first, char second) => ((first * 37) + second) & BigramMask;

    /// <summary>The class of <paramref name="c"/> (RunChar, StartChar, SpelledStart bits) read from the two-level table.</summary>
    internal static int ClassOf(char c) => CharClass[(CharClass[c >> 8] << 8) | (c & 0xFF)];

    // The classes of every char, as one flat table, then in two levels (see CharClass): page 0 is the index of the pages,
    // page 1 the shared page of zeros, and every other distinct page once.
    private static byte[] BuildCharClass()
    {
        var flat = BuildFlatCharClass();
        var pages = new List<byte[]> { new byte[256], new byte[256] };
        for (var high = 0; high < 256; high++)
        {
            var page = flat[(high * 256)..((high + 1) * 256)];
            var at = pages.FindIndex(1, p => p.AsSpan().SequenceEqual(page));
            if (at < 0)
            {
                at = pages.Count;
                pages.Add(page);
            }

            pages[0][high] = checked((byte)at);
        }

        return [.. pages.SelectMany(p => p)];
    }

    /// <summary>The classes of every char as one flat table of 64K entries, as <see cref="CharClass"/> is built from.</summary>
    internal static byte[] BuildFlatCharClass()
    {
        var classes = new byte[0x10000];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = DigitDecoder.IsSeparator((char)c) ? (byte)RunChar : (byte)0;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] |= RunChar | StartChar;
        }

        foreach (var (spelling, _, _) in DigitDecoder.Tokens)
        {
            foreach (var c in spelling)
            {
                classes[c] |= RunChar;
            }

            if (spelling.Length == 1)
            {
                classes[spelling[0]] |= StartChar | SpelledStart;
            }
        }

        return classes;
    }

    private static ulong[] BuildBigrams()
    {
        var bits = new ulong[(BigramMask + 1) / 64];
        foreach (var (spelling, _, _) in DigitDecoder.Tokens)
        {
            if (spelling.Length > 1)
            {
                var h = BigramHash(spelling[0], spelling[1]);
                bits[h >> 6] |= 1UL << (h & 63);
            }
        }

        return bits;
    }
}
