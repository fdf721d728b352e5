using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>
/// The first four chars of a phrase as one 64-bit word, so that a phrase matcher tests a text position with one
/// load and one compare (and compares the rest only for longer phrases that got that far).
/// </summary>
public readonly struct PhrasePrefix
{
    private readonly ulong _word;
    private readonly ulong _mask;

    /// <summary>The prefix of <paramref name="phrase"/> (not empty).</summary>
    public PhrasePrefix(string phrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        Phrase = phrase;
        for (var i = 0; i < Math.Min(4, phrase.Length); i++)
        {
            _word |= (ulong)phrase[i] << (16 * i);
            _mask |= 0xFFFFUL << (16 * i);
        }
    }

    /// <summary>The phrase.</summary>
    public string Phrase { get; }

    /// <summary>Whether <see cref="Phrase"/> occurs in <paramref name="text"/> at <paramref name="pos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAt(ReadOnlySpan<char> text, int pos)
    {
        var phrase = Phrase;
        if (!BitConverter.IsLittleEndian || pos + 4 > text.Length)
        {
            return text[pos..].StartsWith(phrase, StringComparison.Ordinal);
        }

        var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), pos)));
        if ((word & _mask) != _word)
        {
            return false;
        }

        return phrase.Length <= 4
            || (pos + phrase.Length <= text.Length && text.Slice(pos + 4, phrase.Length - 4).SequenceEqual(phrase.AsSpan(4)));
    }
}
