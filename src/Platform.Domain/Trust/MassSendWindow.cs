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
/// A sender's recent messages with their fingerprints. Each new message is compared with the others in the window;
/// when near-identical copies have reached <see cref="MassSendPolicy.MinRecipients"/> different recipients, every copy
/// not pulled back yet is returned once, to be held for review. Pure logic: the user grain owns one per sender.
/// </summary>
public sealed class MassSendWindow(MassSendPolicy policy)
{
    /// <summary>At most this many messages are remembered per sender (the oldest go first).</summary>
    public const int MaxKept = 500;

    private readonly List<Entry> _entries = [];

    // The fewest agreeing fingerprint slots that make two messages copies of one another.
    private readonly int _minSame = TextFingerprint.SlotsFor(policy.Similarity);

    /// <summary>Messages remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Records <paramref name="copy"/> and returns the copies to pull back (this one included) when the sender has now
    /// mass-sent it; empty otherwise, and for texts too short to fingerprint.
    /// </summary>
    public IReadOnlyList<SentCopy> Record(SentCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        Expire(copy.At - policy.Window);
        if (policy.MinRecipients <= 0 || TextFingerprint.Of(copy.Excerpt) is not { } print)
        {
            return [];
        }

        if (_entries.Count >= MaxKept)
        {
            _entries.RemoveRange(0, _entries.Count - MaxKept + 1);
        }

        _entries.Add(new Entry(copy, print));

        // Called on every message a user sends, against up to MaxKept others: the entries lie side by side with their
        // sketches, one compare rules out an unrelated message, and nothing is allocated until enough copies match.
        var entries = CollectionsMarshal.AsSpan(_entries);
        var sketch = print.Sketch;
        List<int>? copies = null;
        for (var i = 0; i < entries.Length; i++)
        {
            if (TextFingerprint.SketchAgrees(entries[i].Sketch, sketch, _minSame) && TextFingerprint.Agreeing(entries[i].Mins, print.Mins) >= _minSame)
            {
                (copies ??= []).Add(i);
            }
        }

        if (copies is null || copies.Count < policy.MinRecipients
            || copies.Select(i => _entries[i].Copy.RecipientId).Distinct().Count() < policy.MinRecipients)
        {
            return [];
        }

        var pulled = new List<SentCopy>();
        foreach (var i in copies)
        {
            if (!entries[i].PulledBack)
            {
                entries[i].PulledBack = true;
                pulled.Add(entries[i].Copy);
            }
        }

        return pulled;
    }

    // Drops the messages sent before the cutoff; a scan of the entries' times finds whether there are any (rarely).
    private void Expire(DateTimeOffset cutoff)
    {
        var ticks = cutoff.UtcTicks;
        foreach (ref readonly var e in CollectionsMarshal.AsSpan(_entries))
        {
            if (e.AtTicks < ticks)
            {
                _entries.RemoveAll(x => x.AtTicks < ticks);
                return;
            }
        }
    }

    // The fingerprint's slots and sketch, not the fingerprint object: one message remembered costs this entry, its
    // copy and 152 bytes of slots.
    private struct Entry(SentCopy copy, TextFingerprint print)
    {
        public readonly SentCopy Copy = copy;

        public readonly uint[] Mins = print.Mins;

        public readonly Vector256<byte> Sketch = print.Sketch;

        public readonly long AtTicks = copy.At.UtcTicks;

        public bool PulledBack;
    }
}
