using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>The pieces of <see cref="SplitContactCheck"/> and the cheap gate in front of the scan.</summary>
public sealed partial class SplitContactCheck
{
    // A detection at least this sure is not looked for again with the chatter left out.
    private const double StrongScore = 0.9;
    private const int Seam = 40;
    private const int SeamGate = 16;

    // With the chatter left out, a fragment must sit right at the seam ("…090の", "1234です"): numbers anywhere in two
    // messages far apart are no reason to read them together.
    private const int NarrowSeamGate = 6;
    private const int MaxLabel = 8;
    private const string KanjiDigits = "〇一二三四五六七八九零壱弐参伍";

    // Words that say a text is one part of something said in parts ("次は1234", "残りは5678"): in front of a piece's digits
    // they are a label, not what the number is (unlike "注文番号は", "数量").
    private static readonly string[] PartWords =
    [
        "最初", "初め", "はじめ", "先頭", "頭", "前半", "次", "つぎ", "その次", "続き", "つづき", "続けて", "残り", "のこり", "後半", "最後",
        "ラスト", "末尾", "上", "下", "後ろ", "前", "後", "真ん中",
    ];

    // Words that end a piece after its digits or letters ("090です", "0901234と", "tanaka です"): not what comes next.
    private static readonly string[] EndWords = ["です", "でした", "だよ", "だ", "と", "で", "ね", "よ", "になります"];

    // What ends a piece apart from an end word: punctuation and spaces ("090。", "1234！").
    private const string EndMarks = "。、．，.,!！?？…~〜～ 　";

    // The sender's earlier messages that may hold a fragment, spell one out in kana ("ぜろきゅうぜろ"), or lead into the next
    // one ("注文番号は", "ラインのIDは": what the number or ID that follows is).
    private static List<Piece> Fragments(List<Piece> earlier) =>
        earlier.FindAll(p => MayHoldAFragment(p.Slice) || SpellsAFragment(p.Slice) || LeadsIn(p.Slice));

    private static bool LeadsIn(string text) => text.AsSpan().TrimEnd(EndMarks) is [.., 'は' or 'が' or ':' or '：'];

    // A seam between two pieces, at least one of them written now, with a possible fragment on both sides, close to it.
    private static bool AnySeamWithFragments(List<Piece> pieces, int current, int seamGate)
    {
        for (var i = Math.Max(1, current); i < pieces.Count; i++)
        {
            var before = pieces[i - 1].Slice;
            var after = pieces[i].Slice;
            var tail = before.AsSpan(Math.Max(0, before.Length - seamGate));
            var head = after.AsSpan(0, Math.Min(after.Length, seamGate));
            var (tailHas, headHas) = (MayHoldAFragment(tail), MayHoldAFragment(head));
            if ((tailHas || SpellsAFragment(tail)) && (headHas || SpellsAFragment(head))
                || (!tailHas && head.ContainsAnyInRange('a', 'z') | head.ContainsAnyInRange('A', 'Z') && HasKana(tail) && NamesAnApp(before)))
            {
                return true;
            }
        }

        return false;
    }

    // A split detail needs a fragment on both sides of a seam: a digit (any script, or a kanji numeral), a Latin letter
    // or an at-sign. Most messages have none and stop here, before any folding.
    private static bool MayHoldAFragment(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || char.IsDigit(c) || c is '@' or '＠' or (>= 'Ａ' and <= 'ｚ') || KanjiDigits.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKana(ReadOnlySpan<char> text) => text.ContainsAnyInRange('ぁ', 'ヺ');

    // Digits read out in kana ("ごろくななはち", "ゼロハチゼロ", "にーにーさんさん") or an at or dot spelled out ("アットマーク",
    // "どっとこむ"): three readings in a row, one of them not a common syllable, or a side made of readings alone. A cheap look
    // at the raw seam; the fold of the joined pieces decides.
    private static bool SpellsAFragment(ReadOnlySpan<char> text)
    {
        var (run, strong, onlyReadings) = (0, false, true);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] is ' ' or '　' or '・' or '、' or '-' or 'ー')
            {
                i++;
                continue;
            }

            var (length, isStrong) = Reading(text, i);
            if (length == 0)
            {
                (run, strong, onlyReadings) = (0, false, false);
                i++;
                continue;
            }

            (run, strong) = (run + 1, strong | isStrong);
            if (length < 0 || (run >= 3 && strong))
            {
                return true;
            }

            i += length;
        }

        return onlyReadings && strong;
    }

    // The length of a kana digit reading at i (hiragana or katakana) and whether it is more than a common syllable; -1 for
    // a spelled at or dot.
    private static (int Length, bool Strong) Reading(ReadOnlySpan<char> text, int i)
    {
        var first = Hiragana(text[i]) - 'ぁ';
        if ((uint)first >= (uint)ReadingsByFirst.Length)
        {
            return (0, false);
        }

        foreach (var (reading, strong) in ReadingsByFirst[first])
        {
            if (i + reading.Length <= text.Length && SameKana(text.Slice(i, reading.Length), reading))
            {
                return (reading is "あっと" or "どっと" ? -1 : reading.Length, strong);
            }
        }

        return (0, false);
    }

    private static char Hiragana(char c) => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c;

    private static bool SameKana(ReadOnlySpan<char> text, string hiragana)
    {
        for (var k = 0; k < hiragana.Length; k++)
        {
            if (Hiragana(text[k]) != hiragana[k])
            {
                return false;
            }
        }

        return true;
    }

    // Longest first where one reading starts another.
    private static readonly (string Reading, bool Strong)[] Readings =
    [
        ("あっと", true), ("どっと", true), ("ぜろ", true), ("れい", false), ("まる", false), ("いち", true), ("にい", true), ("にぃ", true),
        ("にー", true), ("に", false), ("さん", false), ("よん", true), ("しち", true), ("し", false), ("ごー", true), ("ごお", true),
        ("ごう", false), ("ご", false), ("ろく", true), ("なな", true), ("はち", true), ("きゅう", true), ("きゅー", true), ("く", false),
        ("ひと", false), ("ふた", false),
    ];

    // The readings by their first hiragana, so most chars cost one table read.
    private static readonly (string Reading, bool Strong)[][] ReadingsByFirst =
        [.. Enumerable.Range('ぁ', 'ゖ' - 'ぁ' + 1).Select(c => Readings.Where(r => r.Reading[0] == c).ToArray())];

    // An app named in kana in the piece before ("テレグラムの方が…"), whose ID may follow now.
    private static bool NamesAnApp(string piece) => ChatAppDetector.Apps.AnyIn(TextFolder.Fold(piece, decodeDigits: false).Folded);

    // The rest of an ID, in the joined original text: an ID given in an earlier piece ("LINEのIDは" "tanaka") that runs to the
    // piece's end, continued at the head of a piece written now ("_1985", "123"). The rest must hold a digit or begin or end a
    // mark between the two ("tanaka_" "1985"), and not be the count of a unit ("2件目"): a word after an ID ("OKです") is chat.
    private static (int, int)? Continuation(FoldedText joined, Hit hit, int[] starts, int current)
    {
        if (hit.Code != Codes.ChatApp || hit.Soft)
        {
            return null;
        }

        var t = joined.Folded;
        var end = hit.Start + hit.Length;
        var from = end < t.Length && t[end] == ' ' ? end + 1 : end;
        var next = PieceAt(starts, joined.ToOriginal(from));
        if (next < current || joined.ToOriginal(from) != starts[next] || next != PieceAt(starts, joined.ToOriginal(end - 1)) + 1)
        {
            return null;
        }

        var to = from;
        while (to < t.Length && SpelledAddressDetector.IsHandleChar(t[to]))
        {
            to++;
        }

        var rest = t.AsSpan(from, to - from);
        var joins = rest is ['_' or '-' or '.', ..] || t[end - 1] is '_' or '-' or '.';
        var counted = to < t.Length && (t[to] is '%' || char.IsBetween(t[to], '\u4E00', '\u9FFF'));
        return rest.Length > 0 && (joins || (rest.Length >= 2 && rest.ContainsAnyInRange('0', '9'))) && !counted
            ? (joined.ToOriginal(from), joined.ToOriginal(to))
            : null;
    }

    // The longest run of digits (single separators between groups allowed) that overlaps [from, to), or the span itself:
    // the evidence of a phone split is the digits of each piece, not the words the detection reached.
    private static (int From, int To) Digits(string s, int from, int to)
    {
        var best = (from, to);
        var bestDigits = 0;
        for (var i = 0; i < s.Length;)
        {
            if (!IsDigit(s[i]))
            {
                i++;
                continue;
            }

            var (start, end, digits) = (i, i, 0);
            while (end < s.Length && (IsDigit(s[end]) || (IsSeparator(s[end]) && end + 1 < s.Length && IsDigit(s[end + 1]) && end > start)))
            {
                digits += IsDigit(s[end]) ? 1 : 0;
                end++;
            }

            if (start < to && end > from && digits > bestDigits)
            {
                (best, bestDigits) = ((start, end), digits);
            }

            i = end;
        }

        return best;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigit(char c) => char.IsDigit(c) || KanjiDigits.Contains(c, StringComparison.Ordinal);

    private static bool IsSeparator(char c) => c is '-' or '－' or '−' or '‐' or 'ー' or ' ' or '　' or '.' or '(' or ')';

    // A piece of text joined into the scan: Slice = Text[Offset..Offset + Slice.Length].
    private readonly record struct Piece(string Field, int Offset, string Slice)
    {
        public static Piece Tail(string field, string text) =>
            text.Length <= 2 * Seam ? new(field, 0, text) : new(field, text.Length - Seam, text[^Seam..]);

        public static Piece Head(string field, string text) =>
            text.Length <= 2 * Seam ? new(field, 0, text) : new(field, 0, text[..Seam]);

        // Without a part word and its particle in front of its first digit ("次が1234" reads "1234").
        public Piece WithoutLabel()
        {
            var digit = 0;
            while (digit < Slice.Length && digit <= MaxLabel && !IsDigit(Slice[digit]))
            {
                digit++;
            }

            if (digit == 0 || digit > MaxLabel || digit == Slice.Length)
            {
                return this;
            }

            var label = Slice.AsSpan(0, digit).Trim().TrimEnd("はがのも:：、,　 ");
            return IsOneOf(label, PartWords) ? new(Field, Offset + digit, Slice[digit..]) : this;
        }

        // Without an end word or punctuation after its last digit or Latin letter ("0901234です" reads "0901234").
        public Piece WithoutEnding()
        {
            var end = Slice.AsSpan().TrimEnd(EndMarks).Length;
            var last = end;
            while (last > 0 && end - last <= MaxLabel && !IsDigit(Slice[last - 1]) && !char.IsAsciiLetter(Slice[last - 1]))
            {
                last--;
            }

            var ended = last > 0 && last < Slice.Length && (last == end || IsOneOf(Slice.AsSpan(last, end - last).Trim(), EndWords));
            return ended ? this with { Slice = Slice[..last] } : this;
        }
    }
}
