namespace Platform.Checks.Contact;

/// <summary>The parts of a number told in pieces: where a piece starts, which pieces form one part, and the parts as evidence.</summary>
internal static partial class PhoneDetector
{
    // "次に1234": the fold read the particle に after a label as a 2 ("次21234"); the piece starts after it. The original text is
    // looked at only for a 2 right after a label.
    private static int PastParticle(ScanText s, int from, int ps, int pe)
    {
        var t = s.Text;
        return pe - ps >= 3 && t[ps] == '2' && PartLabels.Names(t, from, ps, ps) && s.Source.Original[s.Source.ToOriginal(ps)] is 'に' or 'ニ' ? ps + 1 : ps;
    }

    // Only separators between two pieces, as within one written number ("090-1234").
    private static bool IsJoined(string t, int end, int start)
    {
        if (start - end > MaxSeparators)
        {
            return false;
        }

        for (var k = end; k < start; k++)
        {
            if (!IsSeparator(t[k]) || t[k] is '、' or '\n')
            {
                return false;
            }
        }

        return true;
    }

    // Words of an example right after the last piece ("…最後に5678のように入れるとエラーになります").
    private static bool IsExampleAfter(ScanText s, int end) => ExampleContext.IndexIn(s, end, end + 8) >= 0;

    // (start, length) of each part from pairs of start and end.
    private static (int Start, int Length)[] PartsOf(ReadOnlySpan<int> bounds)
    {
        var parts = new (int, int)[bounds.Length / 2];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = (bounds[2 * k], bounds[(2 * k) + 1] - bounds[2 * k]);
        }

        return parts;
    }
}
