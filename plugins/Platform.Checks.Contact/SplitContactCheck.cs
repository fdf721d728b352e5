using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact;

/// <summary>
/// Contact details split across texts (分割送信): a phone number, address or ID spread over the sender's consecutive
/// messages in one thread ("090の" … "1234の" … "5678です"), between a job's title and body, between a profile's
/// display name and its text, or between the sender's profile or display name and what they write now. The pieces are put together in order (only their edges when they are
/// long: a detail split across texts sits at the seams) and scanned as one text; a detection that spans two or more
/// pieces, reaching into what is written now, is reported with evidence on each piece. A detection inside one piece
/// is left to <see cref="ContactDetailsCheck"/>. Stateless and thread-safe: the thread's recent texts come with the
/// change, from the grain that owns the thread.
/// </summary>
public sealed class SplitContactCheck : IComplianceCheck
{
    /// <summary>Code of a split detection; the kind of detail is in the reason.</summary>
    public const string Code = "contact.split";

    /// <summary>Earlier messages further back than this are not joined with the current one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private const int MaxEarlierMessages = 4;
    private const int Seam = 40;
    private const int SeamGate = 16;
    private const string Joiner = " ";

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "split-contact",
        "1.0.0",
        [
            ChangeKind.UserRegistered, ChangeKind.ProfileUpdated, ChangeKind.JobDrafted, ChangeKind.JobPublished, ChangeKind.JobEdited,
            ChangeKind.ProposalSubmitted, ChangeKind.MessageSent,
        ],
        CheckMode.Enforce,
        FailurePolicy.FailClosed);

    /// <inheritdoc />
    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (string.IsNullOrEmpty(change.Text))
        {
            return [];
        }

        // The thread as it reads (profile, name, recent messages, title, text), then the sender's profile and name on their own
        // beside what is written now: both are shown beside every message, so recent messages between them in the first order
        // must not hide "090の1234の" in a profile followed by "5678です" now.
        var thread = Pieces(change, out var current);
        if (Find(change, thread, current, cancellationToken) is { } found)
        {
            return [found];
        }

        foreach (var (field, text) in (ReadOnlySpan<(string, string?)>)[("profile", change.ActorProfileText), ("displayName", change.ActorDisplayName)])
        {
            if (!string.IsNullOrWhiteSpace(text) && thread.Count > 2 && Beside(change, Piece.Tail(field, text)) is var beside
                && Find(change, beside, 1, cancellationToken) is { } besideFound)
            {
                return [besideFound];
            }
        }

        return [];
    }

    // The sender's profile or name, then the title and the text written now.
    private static List<Piece> Beside(StateChange change, Piece sender)
    {
        var pieces = new List<Piece>(3) { sender };
        if (!string.IsNullOrEmpty(change.Title))
        {
            pieces.Add(Piece.Tail("title", change.Title));
        }

        pieces.Add(Piece.Head("text", change.Text!));
        return pieces;
    }

    // A detection that spans two or more pieces and reaches into what is written now (pieces from current on), or null.
    private static Finding? Find(StateChange change, List<Piece> pieces, int current, CancellationToken cancellationToken)
    {
        if (!AnySeamWithFragments(pieces, current))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var joined = TextFolder.Fold(string.Join(Joiner, pieces.Select(p => p.Slice)));
        var starts = new int[pieces.Count];
        for (var i = 1; i < pieces.Count; i++)
        {
            starts[i] = starts[i - 1] + pieces[i - 1].Slice.Length + Joiner.Length;
        }

        var hits = new List<Hit>();
        ContactScanner.Scan(joined, hits);
        foreach (var hit in hits)
        {
            var start = joined.ToOriginal(hit.Start);
            var end = joined.ToOriginal(hit.Start + hit.Length);
            var first = PieceAt(starts, start);
            var last = PieceAt(starts, Math.Max(start, end - 1));
            if (first == last || last < current)
            {
                continue;
            }

            var decision = ContactDecision.Decide(change.Stage, change.Disclosure, hit.Code == Codes.PaymentOutside);
            if (decision is null)
            {
                return null;
            }

            var evidence = new List<EvidenceSpan>(last - first + 1);
            for (var i = first; i <= last; i++)
            {
                var from = Math.Max(start, starts[i]) - starts[i];
                var to = Math.Min(end, starts[i] + pieces[i].Slice.Length) - starts[i];
                if (to > from)
                {
                    var p = pieces[i];
                    evidence.Add(new EvidenceSpan(p.Field, p.Offset + from, to - from, p.Slice[from..to]));
                }
            }

            var reason = "連絡先を複数の投稿に分けて書いているようです。" + Reasons.For(hit.Code, decision.Value);
            var target = change.ItemId ?? change.EntityId;
            var effect = decision == Decision.Block
                ? new Effect(EffectKind.NotifySupport, target, Code, reason)
                : new Effect(EffectKind.HoldForReview, target, Code, reason);
            return new Finding(Categories.OffPlatformContact, decision.Value, hit.Score, Code, reason, evidence, [effect]);
        }

        return null;
    }

    // The pieces in the order a reader meets them: the sender's profile, the name shown beside their messages, their
    // recent messages in this thread, then the title (a profile's own name) and the text. Earlier pieces keep their end, the current one its start. Current = the first piece of now.
    private static List<Piece> Pieces(StateChange change, out int current)
    {
        var pieces = new List<Piece>(MaxEarlierMessages + 3);
        if (!string.IsNullOrWhiteSpace(change.ActorProfileText))
        {
            pieces.Add(Piece.Tail("profile", change.ActorProfileText));
        }

        if (!string.IsNullOrWhiteSpace(change.ActorDisplayName))
        {
            pieces.Add(Piece.Tail("displayName", change.ActorDisplayName));
        }

        var recent = change.RecentThread;
        for (var i = Math.Max(0, recent.Count - MaxEarlierMessages); i < recent.Count; i++)
        {
            if (change.At - recent[i].At <= Window)
            {
                pieces.Add(Piece.Tail($"message:{recent[i].ItemId}", recent[i].Text));
            }
        }

        current = pieces.Count;
        if (!string.IsNullOrEmpty(change.Title))
        {
            pieces.Add(Piece.Tail("title", change.Title));
        }

        pieces.Add(Piece.Head("text", change.Text!));
        return pieces;
    }

    private static int PieceAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    // A seam between two pieces, at least one of them written now, with a possible fragment on both sides, close to it.
    private static bool AnySeamWithFragments(List<Piece> pieces, int current)
    {
        for (var i = Math.Max(1, current); i < pieces.Count; i++)
        {
            var before = pieces[i - 1].Slice;
            var after = pieces[i].Slice;
            if (MayHoldAFragment(before.AsSpan(Math.Max(0, before.Length - SeamGate))) && MayHoldAFragment(after.AsSpan(0, Math.Min(after.Length, SeamGate))))
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

    private const string KanjiDigits = "〇一二三四五六七八九零壱弐参伍";

    // A piece of text joined into the scan: Slice = Text[Offset..Offset + Slice.Length].
    private readonly record struct Piece(string Field, int Offset, string Slice)
    {
        public static Piece Tail(string field, string text) =>
            text.Length <= 2 * Seam ? new(field, 0, text) : new(field, text.Length - Seam, text[^Seam..]);

        public static Piece Head(string field, string text) =>
            text.Length <= 2 * Seam ? new(field, 0, text) : new(field, 0, text[..Seam]);
    }
}
