namespace Platform.Checks.Contact;

/// <summary>
/// A phone number or a web address written backwards so that no filter reads it, with the text saying so ("普通に書くと消されそう
/// なので逆から書きますね 5432-1198-080", "英字を逆から読んでね→ pj.ofni-ekusot"): only where such a cue is written, every digit run
/// is read reversed and validated as a phone number, and every dotted ASCII token reversed is taken for a host when it then ends
/// in a common top-level domain.
/// </summary>
internal static class ReversedDetector
{
    private const int MinDigits = 10;
    private const int MaxDigits = 11;
    private const int MaxHost = 120;

    /// <summary>Saying the detail is written or to be read backwards.</summary>
    internal static readonly Phrases Reversed = new(
        "逆から", "逆さから", "反対から", "後ろから読", "うしろから読", "右から読", "逆に読", "逆に書", "逆さに", "さかさに", "さかさまに",
        "逆さまに", "逆順", "反対に読", "反対に書", "反転させ");

    private static readonly string[] TopLevel = [".jp", ".com", ".net", ".org", ".info", ".biz", ".me", ".io", ".co", ".xyz", ".site", ".link", ".tokyo"];

    public static void Detect(ScanText s, List<Hit> hits)
    {
        if (!Reversed.AnyIn(s))
        {
            return;
        }

        var t = s.Text;
        Span<char> d = stackalloc char[MaxDigits];
        Span<char> r = stackalloc char[MaxHost];
        var i = 0;
        while (i < t.Length && hits.Count < Hit.MaxPerText)
        {
            if (!char.IsAsciiLetterOrDigit(t[i]))
            {
                i++;
                continue;
            }

            // One run of letters, digits and the marks between them.
            var e = i;
            while (e < t.Length && (char.IsAsciiLetterOrDigit(t[e]) || (t[e] is '-' or '.' or '_' or ' ' && e + 1 < t.Length && char.IsAsciiLetterOrDigit(t[e + 1]))))
            {
                e++;
            }

            var run = t.AsSpan(i, e - i);
            if (!run.ContainsAnyInRange('a', 'z'))
            {
                // Digits only: the reversed digits validated as a Japanese number.
                var n = 0;
                for (var k = e - 1; k >= i && n <= MaxDigits; k--)
                {
                    if (char.IsAsciiDigit(t[k]))
                    {
                        if (n == MaxDigits)
                        {
                            n++;
                            break;
                        }

                        d[n++] = t[k];
                    }
                }

                if (n is >= MinDigits and <= MaxDigits && d[0] == '0' && d[1] != '0' && PhoneDetector.IsValid(d[..n]))
                {
                    hits.Add(new Hit(Codes.Phone, i, e - i, 0.9, Soft: false));
                }
            }
            else if (run.Contains('.') && !run.Contains(' ') && run.Length >= 6)
            {
                if (run.Length <= r.Length)
                {
                    for (var k = 0; k < run.Length; k++)
                    {
                        r[k] = run[run.Length - 1 - k];
                    }

                    foreach (var tld in TopLevel)
                    {
                        var host = r[..run.Length];
                        if (host.EndsWith(tld, StringComparison.Ordinal) && !run.EndsWith(tld, StringComparison.Ordinal) && host.IndexOf('.') > 1)
                        {
                            hits.Add(new Hit(Codes.Url, i, e - i, 0.85, Soft: false));
                            break;
                        }
                    }
                }
            }

            i = e;
        }
    }
}
