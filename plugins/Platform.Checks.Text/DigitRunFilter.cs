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
    private static readonly byte[] CharClass = BuildCharClass();

    // The first two chars of every longer spelling, hashed into a 64K-bit set.
    private static readonly ulong[] Bigrams = BuildBigrams();

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
            int c = Unsafe.Add(ref classes, cur);
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
        var classes = CharClass;
        var s = from;
        while (s < len)
        {
            while (s < len && (classes[buf[s]] & RunChar) == 0)
            {
                s++;
            }

            var e = s;
            var starts = 0;
            var spelled = 0;
            while (e < len && classes[buf[e]] is var c && (c & RunChar) != 0)
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

    private static int BigramHash(char first, char second) => ((first * 37) + second) & 0xFFFF;

    private static byte[] BuildCharClass()
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
        var bits = new ulong[0x10000 / 64];
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
