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

        // Called on every message a user sends, against up to MaxKept others: no allocation until enough copies match.
        List<Entry>? copies = null;
        foreach (var e in _entries)
        {
            if (e.Print.AgreesInAtLeast(print, _minSame))
            {
                (copies ??= []).Add(e);
            }
        }

        if (copies is null || copies.Count < policy.MinRecipients
            || copies.Select(e => e.Copy.RecipientId).Distinct().Count() < policy.MinRecipients)
        {
            return [];
        }

        var pulled = copies.Where(e => !e.PulledBack).ToList();
        pulled.ForEach(e => e.PulledBack = true);
        return pulled.Select(e => e.Copy).ToArray();
    }

    // Drops the messages sent before the cutoff; a plain scan finds whether there are any (there rarely are).
    private void Expire(DateTimeOffset cutoff)
    {
        foreach (var e in _entries)
        {
            if (e.Copy.At < cutoff)
            {
                _entries.RemoveAll(x => x.Copy.At < cutoff);
                return;
            }
        }
    }

    private sealed class Entry(SentCopy copy, TextFingerprint print)
    {
        public SentCopy Copy { get; } = copy;

        public TextFingerprint Print { get; } = print;

        public bool PulledBack { get; set; }
    }
}
