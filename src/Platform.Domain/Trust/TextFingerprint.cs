using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Platform.Domain.Trust;

/// <summary>
/// A MinHash fingerprint of a text's character 3-grams, after NFKC, lower case and dropping everything but letters
/// and digits, so that copies differing in a name, a greeting or spacing still look alike. Two fingerprints agree in
/// about the Jaccard similarity of the two texts' 3-gram sets (<see cref="Similarity"/>).
/// </summary>
public sealed class TextFingerprint
{
    /// <summary>Hash slots per fingerprint; 32 slots estimate the similarity within about ±0.09.</summary>
    public const int Slots = 32;

    /// <summary>Texts shorter than this (letters and digits) get no fingerprint: greetings are repeated by everyone.</summary>
    public const int MinLength = 20;

    // The seed of slot k: the golden-ratio constant times k + 1.
    private static readonly ulong[] Seeds = Enumerable.Range(1, Slots).Select(k => 0x9E3779B97F4A7C15UL * (ulong)k).ToArray();

    private TextFingerprint(ReadOnlySpan<ulong> mins)
    {
        // The low 32 bits of each slot's 64-bit minimum (two different minima agree in them once in four billion), byte
        // by byte: slot k's lowest byte at k of the sketch, its three higher bytes at k of the upper planes.
        Span<byte> bytes = stackalloc byte[4 * Slots];
        for (var k = 0; k < Slots; k++)
        {
            for (var b = 0; b < 4; b++)
            {
                bytes[b * Slots + k] = (byte)(mins[k] >> (8 * b));
            }
        }

        Sketch = Vector256.Create<byte>(bytes[..Slots]);
        Upper = new UpperBytes(bytes[Slots..]);
    }

    /// <summary>
    /// The low byte of each slot (b-bit MinHash): slots that agree agree here too, so fewer agreeing bytes than needed
    /// rules a pair out with one compare. <see cref="MassSendWindow"/> keeps it beside each remembered message.
    /// </summary>
    internal Vector256<byte> Sketch { get; }

    /// <summary>The slots' three higher bytes, for <see cref="MassSendWindow"/> to keep without the fingerprint object.</summary>
    internal UpperBytes Upper { get; }

    /// <summary>The fingerprint of <paramref name="text"/>, or null when it is too short to say anything.</summary>
    public static TextFingerprint? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = IsNfkcStable(text) ? text : text.Normalize(NormalizationForm.FormKC);
        // The letters and digits, lower-cased, on the stack (a pooled buffer for a long text): nothing kept per message.
        char[]? rented = null;
        Span<char> buffer = normal.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(normal.Length));
        try
        {
            return Of(Kept(normal, buffer));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Longer texts than this are folded into a pooled buffer instead of one on the stack.
    private const int StackChars = 512;

    private static ReadOnlySpan<char> Kept(string normal, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..length];
    }

    private static TextFingerprint? Of(ReadOnlySpan<char> kept)
    {
        if (kept.Length < MinLength)
        {
            return null;
        }

        // Slot k keeps the least Mix(shingle + seed k) over the shingles, four slots per vector operation.
        Span<ulong> mins = stackalloc ulong[Slots];
        mins.Fill(ulong.MaxValue);
        ref var min = ref MemoryMarshal.GetReference(mins);
        ref var seed = ref MemoryMarshal.GetArrayDataReference(Seeds);
        for (var i = 0; i + 3 <= kept.Length; i++)
        {
            var shingle = Vector256.Create(((ulong)kept[i] << 32) ^ ((ulong)kept[i + 1] << 16) ^ kept[i + 2]);
            for (nuint k = 0; k < Slots; k += (nuint)Vector256<ulong>.Count)
            {
                var h = Mix(shingle + Vector256.LoadUnsafe(ref seed, k));
                Vector256.Min(Vector256.LoadUnsafe(ref min, k), h).StoreUnsafe(ref min, k);
            }
        }

        return new TextFingerprint(mins);
    }

    /// <summary>Estimated Jaccard similarity of the two texts' 3-gram sets, 0 to 1.</summary>
    public double Similarity(TextFingerprint other) => (double)Agreeing(other) / Slots;

    internal int Agreeing(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Agreeing(Sketch, Upper, other.Sketch, other.Upper);
    }

    // Slots with the same low 32 bits: all four of their bytes agree, the 32 slots' bytes compared at once.
    internal static int Agreeing(Vector256<byte> sketch, in UpperBytes upper, Vector256<byte> otherSketch, in UpperBytes otherUpper) =>
        BitOperations.PopCount(Vector256.Equals(sketch, otherSketch).ExtractMostSignificantBits() & upper.Agreeing(otherUpper));

    /// <summary>
    /// Whether at least <paramref name="minSame"/> slots agree: <see cref="Similarity"/> ≥ minSame / <see cref="Slots"/>.
    /// A sender's every message is compared with up to 500 others, so the slots are compared four at a time.
    /// </summary>
    public bool AgreesInAtLeast(TextFingerprint other, int minSame) =>
        SketchAgrees(Sketch, other.Sketch, minSame) && Agreeing(other) >= minSame;

    // Whether at least minSame sketch bytes agree: necessary for minSame slots to agree (random texts share ~1 in 256).
    internal static bool SketchAgrees(Vector256<byte> a, Vector256<byte> b, int minSame) =>
        BitOperations.PopCount(Vector256.Equals(a, b).ExtractMostSignificantBits()) >= minSame;

    /// <summary>The fewest agreeing slots whose <see cref="Similarity"/> reaches <paramref name="similarity"/>.</summary>
    public static int SlotsFor(double similarity)
    {
        var m = 0;
        while (m < Slots && (double)m / Slots < similarity)
        {
            m++;
        }

        return m;
    }

    // Whether NFKC leaves every char as it is: ASCII, CJK punctuation up to U+3035 (not the ideographic space), kana and the unified
    // ideographs, which is most messages; the others go through ICU.
    private static bool IsNfkcStable(string text)
    {
        foreach (var c in text)
        {
            if (!(c < 0x80 || c is >= '\u3001' and <= '\u3035' or >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FE'
                || c is >= '\u4E00' and <= '\u9FFF'))
            {
                return false;
            }
        }

        return true;
    }

    // SplitMix64 finaliser: a fixed, well-spread 64-bit mix (stable across processes, unlike string.GetHashCode), on four
    // values at once.
    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }

    /// <summary>
    /// Bytes 1–3 of the 32 slots' low 32 bits, one plane of 32 bytes each (byte 0 is the sketch). Kept as longs, not
    /// vectors: a vector field is aligned to 32 bytes in an object, which made the window's kept message 24 bytes larger.
    /// </summary>
    internal readonly struct UpperBytes
    {
        private readonly Planes _planes;

        public UpperBytes(ReadOnlySpan<byte> planes) => planes.CopyTo(MemoryMarshal.AsBytes((Span<ulong>)_planes));

        /// <summary>Bit k set when slot k's three higher bytes agree with <paramref name="other"/>'s.</summary>
        public uint Agreeing(in UpperBytes other)
        {
            ReadOnlySpan<byte> a = MemoryMarshal.AsBytes((ReadOnlySpan<ulong>)_planes), b = MemoryMarshal.AsBytes((ReadOnlySpan<ulong>)other._planes);
            var same = Vector256.Equals(Vector256.Create(a), Vector256.Create(b));
            same &= Vector256.Equals(Vector256.Create(a[Slots..]), Vector256.Create(b[Slots..]));
            same &= Vector256.Equals(Vector256.Create(a[(2 * Slots)..]), Vector256.Create(b[(2 * Slots)..]));
            return same.ExtractMostSignificantBits();
        }

        [InlineArray(3 * Slots / sizeof(ulong))]
        private struct Planes
        {
            private ulong _first;
        }
    }
}
