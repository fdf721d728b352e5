using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Platform.Domain.Trust;

/// <summary>When near-identical messages from one sender count as a mass-send (一斉送信).</summary>
/// <param name="MinRecipients">Distinct recipients of near-identical messages that make a mass-send; 0 turns detection off.</param>
/// <param name="Window">How far back the sender's messages are compared.</param>
/// <param name="Similarity">Fingerprint similarity (0–1) from which two messages are copies of one another.</param>
public sealed record MassSendPolicy(int MinRecipients, TimeSpan Window, double Similarity)
{
    /// <summary>Ten recipients within an hour, similarity 0.6.</summary>
    public static MassSendPolicy Default { get; } = new(10, TimeSpan.FromHours(1), 0.6);
}

/// <summary>One message a sender wrote, as the mass-send window remembers it.</summary>
/// <param name="SourceKind"><c>contract</c> or <c>job</c>: the grain that owns the thread.</param>
/// <param name="SourceId">Its id.</param>
/// <param name="MessageId">The message id in that thread.</param>
/// <param name="RecipientId">Who received it.</param>
/// <param name="Excerpt">The text as written (shown to reviewers).</param>
/// <param name="At">When it was sent.</param>
public sealed record SentCopy(string SourceKind, string SourceId, string MessageId, string RecipientId, string Excerpt, DateTimeOffset At);

/// <summary>
/// A sender's recent messages with their fingerprints. Each new message is compared with the others in the window and
/// joins the campaign of every one it is near-identical to (copies linked by a chain of near-identical pairs are one
/// campaign); when a campaign has reached <see cref="MassSendPolicy.MinRecipients"/> different recipients, every copy
/// of it not pulled back yet is returned once, to be held for review. Pure logic: the user grain owns one per sender.
/// </summary>
public sealed class MassSendWindow(MassSendPolicy policy)
{
    /// <summary>At most this many messages are remembered per sender (the oldest go first).</summary>
    public const int MaxKept = 500;

    // The largest chunk of entries: a heavy sender's window grows by this many at a time.
    private const int MaxChunk = 64;

    // The entries, oldest first, in chunks that are never copied: the first from _head, the last up to _tail. A chunk is
    // as large as the window was when it was added (4, 4, 8, 16, 32, 64, 64, …), so a sender's window takes about what a
    // doubling list would, but a message lands once in an array that stays, where a list moved it into every larger array
    // (each young again, copied out of gen0 and gen1 with what it held).
    // The array of chunks is replaced when one is added or let go (a few times per 64 messages at most): a window holds
    // no more than a list of one array did.
    private Entry[][] _chunks = [];
    private int _head;
    private int _tail;

    // The id the next message that matches no other starts its campaign with.
    private int _nextCampaign;

    // The fewest agreeing fingerprint slots that make two messages copies of one another.
    private readonly int _minSame = TextFingerprint.SlotsFor(policy.Similarity);

    /// <summary>Messages remembered now.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var c = 0; c < _chunks.Length; c++)
            {
                count += Part(c).Length;
            }

            return count;
        }
    }

    /// <summary>
    /// Records <paramref name="copy"/> and returns the copies to hold (this one included) when the sender has now
    /// mass-sent it: every copy of the campaign not returned before, so a further copy of a campaign already found
    /// returns itself alone; empty otherwise, for a campaign a reviewer cleared, and for texts too short to fingerprint.
    /// </summary>
    public IReadOnlyList<SentCopy> Record(SentCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        Expire(copy.At - policy.Window);
        if (policy.MinRecipients <= 0 || TextFingerprint.Of(copy.Excerpt) is not { } print)
        {
            return [];
        }

        if (Count is var count && count >= MaxKept)
        {
            RemoveFirst(count - MaxKept + 1);
        }

        // A copy joins the campaign of every earlier message it matches (their campaigns merge, union-find style), so
        // copies that each match only some of the others (a greeting rotated per recipient) still make one campaign.
        // Called on every message a user sends, against up to MaxKept others: the entries lie side by side with their
        // sketches, one compare rules out an unrelated message, and nothing is allocated until a campaign is large enough.
        var campaign = -1;
        foreach (ref readonly var entry in Entries)
        {
            if (!Matches(entry, print))
            {
                continue;
            }

            var joined = entry.Campaign;
            if (campaign < 0 || joined == campaign)
            {
                campaign = joined;
                continue;
            }

            // A second campaign: the lower id takes in the other's messages (those before this one included).
            var (keep, merged) = joined < campaign ? (joined, campaign) : (campaign, joined);
            foreach (ref var e in Entries)
            {
                if (e.Campaign == merged)
                {
                    e.Campaign = keep;
                }
            }

            campaign = keep;
        }

        if (campaign < 0)
        {
            Add(new Entry(copy, print, _nextCampaign++));
            return [];
        }

        ref var added = ref Add(new Entry(copy, print, campaign));
        var members = 0;
        var cleared = false;
        foreach (ref readonly var e in Entries)
        {
            members += e.Campaign == campaign ? 1 : 0;
            cleared |= e.Campaign == campaign && e.Cleared;
        }

        if (cleared)
        {
            // A campaign a reviewer found legitimate: a further copy of it is one too.
            added.PulledBack = added.Cleared = true;
            return [];
        }

        if (members < policy.MinRecipients)
        {
            return [];
        }

        var recipients = new HashSet<string>(StringComparer.Ordinal);
        foreach (ref readonly var e in Entries)
        {
            if (e.Campaign == campaign)
            {
                recipients.Add(e.Kept.RecipientId);
            }
        }

        if (recipients.Count < policy.MinRecipients)
        {
            return [];
        }

        var pulled = new List<SentCopy>();
        foreach (ref var e in Entries)
        {
            if (e.Campaign == campaign && !e.PulledBack)
            {
                e.PulledBack = true;
                pulled.Add(e.Kept.Copy(e.AtTicks));
            }
        }

        return pulled;
    }

    /// <summary>
    /// A reviewer found the campaigns pulled back so far legitimate: their copies, and any further copy that joins them
    /// within the window, no longer count as a mass-send (<see cref="Record"/> returns nothing for them). Returns how many
    /// remembered copies that clears.
    /// </summary>
    public int Clear()
    {
        var cleared = 0;
        foreach (ref var e in Entries)
        {
            if (e.PulledBack && !e.Cleared)
            {
                e.Cleared = true;
                cleared++;
            }
        }

        return cleared;
    }

    // Near-identical: one compare of the sketches rules out an unrelated message before the slots are counted.
    private bool Matches(in Entry e, TextFingerprint print)
    {
        var sketch = e.Sketch;
        return TextFingerprint.SketchAgrees(sketch, print.Sketch, _minSame)
            && TextFingerprint.Agreeing(sketch, e.Kept.Upper, print.Sketch, print.Upper) >= _minSame;
    }

    // Drops the messages sent before the cutoff. They are the oldest (the window's front) unless the sender's messages
    // arrived out of their order in time; then the ones left are moved up over them.
    private void Expire(DateTimeOffset cutoff)
    {
        var ticks = cutoff.UtcTicks;
        var front = 0;
        foreach (ref readonly var e in Entries)
        {
            if (e.AtTicks >= ticks)
            {
                break;
            }

            front++;
        }

        RemoveFirst(front);
        // The ones kept move up, in order, to the places the write cursor steps through.
        var to = Entries.GetEnumerator();
        var dropped = 0;
        foreach (ref readonly var e in Entries)
        {
            if (e.AtTicks < ticks)
            {
                dropped++;
                continue;
            }

            to.MoveNext();
            if (dropped > 0)
            {
                to.Current = e;
            }
        }

        for (; dropped > 0; dropped--)
        {
            RemoveLast();
        }
    }

    // The entries in use, oldest first, by reference: the chunks' parts one after another.
    private EntryList Entries => new(this);

    private readonly ref struct EntryList(MassSendWindow window)
    {
        public EntryCursor GetEnumerator() => new(window);
    }

    private ref struct EntryCursor(MassSendWindow window)
    {
        private Span<Entry> _part;
        private int _chunk = -1;
        private int _at = -1;

        public readonly ref Entry Current => ref _part[_at];

        public bool MoveNext()
        {
            if (++_at < _part.Length)
            {
                return true;
            }

            while (++_chunk < window._chunks.Length)
            {
                _part = window.Part(_chunk);
                if (_part.Length > 0)
                {
                    _at = 0;
                    return true;
                }
            }

            return false;
        }
    }

    // The entries of chunk c in use.
    private Span<Entry> Part(int c)
    {
        var chunk = _chunks[c];
        var from = c == 0 ? _head : 0;
        return chunk.AsSpan(from, (c == _chunks.Length - 1 ? _tail : chunk.Length) - from);
    }

    private ref Entry Add(Entry entry)
    {
        if (_chunks.Length == 0 || _tail == _chunks[^1].Length)
        {
            _chunks = [.. _chunks, new Entry[Math.Clamp(Count, 4, MaxChunk)]];
            _tail = 0;
        }

        ref var slot = ref _chunks[^1][_tail++];
        slot = entry;
        return ref slot;
    }

    // Forgets the n oldest entries; a chunk left empty is let go.
    private void RemoveFirst(int n)
    {
        while (n > 0)
        {
            var first = Part(0);
            if (n < first.Length)
            {
                first[..n].Clear();
                _head += n;
                return;
            }

            _chunks = _chunks[1..];
            (_head, n) = (0, n - first.Length);
            if (_chunks.Length == 0)
            {
                _tail = 0;
            }
        }
    }

    private void RemoveLast()
    {
        _chunks[^1][--_tail] = default;
        if (_tail == (_chunks.Length == 1 ? _head : 0))
        {
            _chunks = _chunks[..^1];
            _head = _chunks.Length == 0 ? 0 : _head;
            _tail = _chunks.Length == 0 ? 0 : _chunks[^1].Length;
        }
    }

    // The fingerprint's sketch, and the rest of the message in one object: one message remembered costs this entry (56
    // bytes) and its Kept (152 bytes). The campaign id sits in the padding after the flags.
    private struct Entry(SentCopy copy, TextFingerprint print, int campaign)
    {
        public readonly Kept Kept = new(copy, print.Upper);

        // The sketch's 32 bytes as four longs: a vector field would align the entry to 32 bytes (64 instead of 56).
        private readonly SketchLongs _sketch = SketchLongs.Of(print.Sketch);

        public readonly long AtTicks = copy.At.UtcTicks;

        public bool PulledBack;

        // Pulled back once, then found legitimate by a reviewer (Clear): never pulled back again.
        public bool Cleared;

        // The mass-send campaign this message belongs to: all messages linked by a chain of near-identical pairs.
        public int Campaign = campaign;

        public readonly Vector256<byte> Sketch => Vector256.Create((ReadOnlySpan<ulong>)_sketch).AsByte();
    }

    [InlineArray(TextFingerprint.Slots / sizeof(ulong))]
    private struct SketchLongs
    {
        private ulong _first;

        public static SketchLongs Of(Vector256<byte> sketch)
        {
            var longs = default(SketchLongs);
            sketch.AsUInt64().CopyTo(longs);
            return longs;
        }
    }

    // What the window keeps of a message besides its sketch: the copy's texts (the caller's own instances) and the
    // fingerprint's higher bytes inline, one object where a SentCopy and a uint[32] were two (224 bytes).
    private sealed class Kept(SentCopy copy, TextFingerprint.UpperBytes upper)
    {
        public readonly string SourceKind = copy.SourceKind;

        public readonly string SourceId = copy.SourceId;

        public readonly string MessageId = copy.MessageId;

        public readonly string RecipientId = copy.RecipientId;

        public readonly string Excerpt = copy.Excerpt;

        public readonly TextFingerprint.UpperBytes Upper = upper;

        // The copy as it was recorded; its time in UTC, the same instant (the entry keeps its ticks).
        public SentCopy Copy(long atTicks) => new(SourceKind, SourceId, MessageId, RecipientId, Excerpt, new DateTimeOffset(atTicks, TimeSpan.Zero));
    }
}
