using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact;

/// <summary>
/// Contact details split across texts (分割送信): a phone number, address or ID spread over the sender's recent
/// messages in one thread ("090の" … "1234の" … "5678です", with or without chat between them), between a job's title and
/// body, between a profile's display name and its text, or between the sender's profile or display name and what they
/// write now. The pieces are put together in order (only their edges when they are long: a detail split across texts
/// sits at the seams) and scanned as one text, twice: the last few messages with every word, then the pieces that may
/// hold a fragment (or spell one in kana, or lead into one: "注文番号は"), over more messages, with the sender's chatter
/// between them left out, a short label in front of a piece ("次は", "残りは") and an end word after it ("です") dropped. An
/// ID given in an earlier piece and continued at the head of what is written now ("LINEのIDは" "tanaka" "_1985") is one ID.
/// A detection that spans two or more pieces, reaching into what is written now, is reported with evidence on each piece;
/// so is one inside what is written now that exists only beside an earlier piece (an app named before, the ID now). A detection inside one piece alone is left to <see cref="ContactDetailsCheck"/>.
/// Stateless and thread-safe: the thread's recent texts (blocked ones too: a blocked piece still shows what the sender
/// is spelling out) come with the change, from the grain that owns the thread.
/// </summary>
public sealed partial class SplitContactCheck : IComplianceCheck
{
    /// <summary>Code of a split detection; the kind of detail is in the reason.</summary>
    public const string Code = "contact.split";

    /// <summary>Earlier messages further back than this are not joined with the current one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    // Messages joined with every word (context such as "LINEの方が…" sits close), and messages looked through for fragments.
    private const int MaxEarlierMessages = 4;
    private const int MaxEarlierFragments = 12;
    private const string Joiner = " ";

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "split-contact",
        "1.1.0",
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

        // Every seam read below ends in the head of what is written now: without a fragment there, nothing can be split.
        var head = change.Text.AsSpan(0, Math.Min(change.Text.Length, SeamGate));
        if (string.IsNullOrEmpty(change.Title) && !MayHoldAFragment(head) && !SpellsAFragment(head))
        {
            return [];
        }

        // The thread as it reads (profile, name, recent messages, title, text); then only the pieces that may hold a fragment,
        // further back; then the sender's profile and name on their own beside what is written now: both are shown beside
        // every message, so recent messages between them must not hide "090の1234の" in a profile followed by "5678です" now.
        var earlier = Earlier(change);
        var thread = Pieces(change, earlier.Count > MaxEarlierMessages ? earlier[^MaxEarlierMessages..] : earlier, labels: false, out var current);
        var found = Find(change, thread, current, SeamGate, cancellationToken);
        if (found is { Score: >= StrongScore })
        {
            return [found];
        }

        var pieces = Pieces(change, Fragments(earlier), labels: true, out var fragmentsCurrent);
        if (!pieces.SequenceEqual(thread))
        {
            if (Find(change, pieces, fragmentsCurrent, NarrowSeamGate, cancellationToken) is { } fragmentFound && fragmentFound.Score > (found?.Score ?? 0))
            {
                found = fragmentFound;
            }
        }

        if (found is not null)
        {
            return [found];
        }

        foreach (var (field, text) in (ReadOnlySpan<(string, string?)>)[("profile", change.ActorProfileText), ("displayName", change.ActorDisplayName)])
        {
            if (!string.IsNullOrWhiteSpace(text) && thread.Count > 2 && Beside(change, Piece.Tail(field, text)) is var beside
                && Find(change, beside, 1, SeamGate, cancellationToken) is { } besideFound)
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

    // The sender's messages within the window, at most MaxEarlierFragments, oldest first; each keeps its end.
    private static List<Piece> Earlier(StateChange change)
    {
        var recent = change.RecentThread;
        var earlier = new List<Piece>(Math.Min(recent.Count, MaxEarlierFragments));
        for (var i = Math.Max(0, recent.Count - MaxEarlierFragments); i < recent.Count; i++)
        {
            if (change.At - recent[i].At <= Window)
            {
                earlier.Add(Piece.Tail($"message:{recent[i].ItemId}", recent[i].Text));
            }
        }

        return earlier;
    }

    // The pieces in the order a reader meets them: the sender's profile, the name shown beside their messages, their
    // earlier messages, then the title (a profile's own name) and the text. Earlier pieces keep their end, the current one
    // its start. Current = the first piece of now. With labels, a short label in front of a later piece's digits is dropped,
    // and so is an end word after an earlier piece's ("090です" reads "090").
    private static List<Piece> Pieces(StateChange change, List<Piece> earlier, bool labels, out int current)
    {
        var pieces = new List<Piece>(earlier.Count + 4);
        if (!string.IsNullOrWhiteSpace(change.ActorProfileText))
        {
            pieces.Add(Piece.Tail("profile", change.ActorProfileText));
        }

        if (!string.IsNullOrWhiteSpace(change.ActorDisplayName))
        {
            pieces.Add(Piece.Tail("displayName", change.ActorDisplayName));
        }

        foreach (var piece in earlier)
        {
            pieces.Add(!labels ? piece : (pieces.Count > 0 ? piece.WithoutLabel() : piece).WithoutEnding());
        }

        current = pieces.Count;
        if (!string.IsNullOrEmpty(change.Title))
        {
            pieces.Add(Piece.Tail("title", change.Title));
        }

        var text = Piece.Head("text", change.Text!);
        pieces.Add(labels && pieces.Count > 0 ? text.WithoutLabel() : text);
        return pieces;
    }

    // A detection that spans two or more pieces and reaches into what is written now (pieces from current on), or one inside
    // what is written now that the text alone does not give (an app named in an earlier piece, the ID now), or null. A
    // detection the earlier pieces completed on their own was withheld when it was written (its last piece did not reach
    // the reader): that piece is left out and the rest read again, so "5678" sent again after "…5678です" was blocked is
    // still the end of "090の" "1234の".
    private static Finding? Find(StateChange change, List<Piece> pieces, int current, int seamGate, CancellationToken cancellationToken, bool again = false)
    {
        if (!AnySeamWithFragments(pieces, current, seamGate))
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
        List<int>? completed = null;
        foreach (var hit in hits)
        {
            var (start, end) = (joined.ToOriginal(hit.Start), joined.ToOriginal(hit.Start + hit.Length));
            var (first, last) = (PieceAt(starts, start), PieceAt(starts, Math.Max(start, end - 1)));
            if (first != last && last >= current)
            {
                return Report(change, hit, pieces, starts, hit.Parts is null ? [(start, end)] : OriginalParts(joined, hit.Parts));
            }

            if (last < current && Continuation(joined, hit, starts, current) is { } continued)
            {
                return Report(change, hit, pieces, starts, [(start, end), continued]);
            }

            if (first != last && !again)
            {
                (completed ??= []).Add(last);
            }
        }

        if (ContextHit(joined, hits, pieces, starts, current) is var (hit2, earlierSpan, span))
        {
            return Report(change, hit2, pieces, starts, [earlierSpan, span]);
        }

        if (completed is null)
        {
            return null;
        }

        var rest = new List<Piece>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!completed.Contains(i))
            {
                rest.Add(pieces[i]);
            }
        }

        return Find(change, rest, current - completed.Count(i => i < current), seamGate, cancellationToken, again: true);
    }

    // A hit inside one piece written now that the piece alone does not give, with the nearest hit in an earlier piece, the
    // context it needed ("Chatworkを使っています" "ID: sato-dsgn"); spans are in the joined original text.
    private static (Hit Hit, (int, int) Earlier, (int, int) Span)? ContextHit(FoldedText joined, List<Hit> hits, List<Piece> pieces, int[] starts, int current)
    {
        (int, int)? earlier = null;
        foreach (var hit in hits)
        {
            var (start, end) = (joined.ToOriginal(hit.Start), joined.ToOriginal(hit.Start + hit.Length));
            if (PieceAt(starts, Math.Max(start, end - 1)) < current && (earlier is not { } e || e.Item1 < start))
            {
                earlier = (start, end);
            }
        }

        if (earlier is null)
        {
            return null;
        }

        List<Hit>? alone = null;
        foreach (var hit in hits)
        {
            var (start, end) = (joined.ToOriginal(hit.Start), joined.ToOriginal(hit.Start + hit.Length));
            var (first, last) = (PieceAt(starts, start), PieceAt(starts, Math.Max(start, end - 1)));
            if (first != last || first < current || hit.Soft)
            {
                continue;
            }

            var piece = pieces[first];
            if (alone is null)
            {
                alone = [];
                ContactScanner.Scan(TextFolder.Fold(piece.Slice), alone);
            }

            if (alone.Count == 0)
            {
                return (hit, earlier.Value, (start, end));
            }
        }

        return null;
    }

    private static Finding? Report(StateChange change, Hit hit, List<Piece> pieces, int[] starts, (int Start, int End)[] spans)
    {
        var decision = ContactDecision.Decide(change.Stage, change.Disclosure, hit.Code == Codes.PaymentOutside);
        if (decision is null)
        {
            return null;
        }

        var evidence = new List<EvidenceSpan>();
        foreach (var (start, end) in spans)
        {
            for (var i = PieceAt(starts, start); i < pieces.Count && starts[i] < end; i++)
            {
                var from = Math.Max(start, starts[i]) - starts[i];
                var to = Math.Min(end, starts[i] + pieces[i].Slice.Length) - starts[i];
                if (to > from)
                {
                    var p = pieces[i];
                    (from, to) = hit.Code == Codes.Phone ? Digits(p.Slice, from, to) : (from, to);
                    evidence.Add(new EvidenceSpan(p.Field, p.Offset + from, to - from, p.Slice[from..to]));
                }
            }
        }

        var reason = "連絡先を複数の投稿に分けて書いているようです。" + Reasons.For(hit.Code, decision.Value);
        var target = change.ItemId ?? change.EntityId;
        var effect = decision == Decision.Block
            ? new Effect(EffectKind.NotifySupport, target, Code, reason)
            : new Effect(EffectKind.HoldForReview, target, Code, reason);
        return new Finding(Categories.OffPlatformContact, decision.Value, hit.Score, Code, reason, evidence, [effect]);
    }

    // A detail told in labelled parts ("最初は090、次が1234" … "最後は5678"): each part, in the joined original text.
    private static (int, int)[] OriginalParts(FoldedText joined, (int Start, int Length)[] parts) =>
        [.. parts.Select(p => (joined.ToOriginal(p.Start), joined.ToOriginal(p.Start + p.Length)))];

    private static int PieceAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
