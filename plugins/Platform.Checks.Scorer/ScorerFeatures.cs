using System.Runtime.CompilerServices;
using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer;

/// <summary>
/// The scorer's feature vector, the same code at training and scoring time: the text is folded with the shared
/// folding library (NFKC, kana, case, spelled digits) and every ASCII digit becomes '0', then every character
/// 2- and 3-gram is hashed into <see cref="Buckets"/> slots (value: count / sqrt(number of n-grams)), after
/// <see cref="MetaSlots"/> one-hot slots for the text kind, stage, disclosure and sender and for what the rule checks
/// found in the same change (per category: found by a rule, blocked by a rule; job advice given), handed on by the engine.
/// 2^14 slots keep the scorer's weight table at 1 MB (one 64-byte row per slot), small enough to stay in the
/// cache; 1-grams are left out (a single character says little that its 2-grams do not) to halve the work per char.
/// </summary>
public static class ScorerFeatures
{
    /// <summary>Changes whenever the features change; a model trained on another version is refused at load.</summary>
    public const int Version = 3;

    /// <summary>log2 of the number of hashed n-gram slots.</summary>
    public const int HashBits = 14;

    /// <summary>Hashed n-gram slots.</summary>
    public const int Buckets = 1 << HashBits;

    /// <summary>Metadata slots before the n-gram slots.</summary>
    public const int MetaSlots = 48;

    /// <summary>Most metadata slots set for one change (the size of the span <see cref="Meta"/> fills).</summary>
    public const int MaxMeta = 32;

    // The rule findings' slots: category k found at RuleFound + k, blocked at RuleBlocked + k.
    private const int RuleFound = 24;
    private const int RuleBlocked = RuleFound + LinearScorer.Count;
    private const int RuleAdvice = RuleBlocked + LinearScorer.Count;

    /// <summary>Length of the feature vector.</summary>
    public const int Dimension = MetaSlots + Buckets;

    /// <summary>Shortest n-gram.</summary>
    public const int MinN = 2;

    /// <summary>Longest n-gram.</summary>
    public const int MaxN = 3;

    /// <summary>The folded form the n-grams are taken from.</summary>
    public static FoldedText Fold(string text) => TextFolder.Fold(text, decodeDigits: true);

    /// <summary>
    /// Calls <paramref name="sink"/> with the slot (0..Buckets-1, not yet offset by <see cref="MetaSlots"/>) of every
    /// n-gram of <paramref name="folded"/>, with its start and length; returns how many were visited.
    /// </summary>
    public static int VisitGrams<TSink>(ReadOnlySpan<char> folded, ref TSink sink)
        where TSink : struct, IGramSink, allows ref struct
    {
        if (folded.Length < MinN)
        {
            return 0;
        }

        // FNV-1a over the chars: the 3-gram's hash continues the 2-gram's, so each char is hashed at most twice.
        var prev = Unit(folded[0]);
        for (var i = 0; i < folded.Length - 2; i++)
        {
            var next = Unit(folded[i + 1]);
            var h = (((2166136261u ^ prev) * 16777619u) ^ next) * 16777619u;
            sink.Add(Slot(h), i, 2);
            h = (h ^ Unit(folded[i + 2])) * 16777619u;
            sink.Add(Slot(h), i, 3);
            prev = next;
        }

        var last = folded.Length - 2;
        sink.Add(Slot((((2166136261u ^ prev) * 16777619u) ^ Unit(folded[last + 1])) * 16777619u), last, 2);
        return 2 * folded.Length - 3;
    }

    /// <summary>The metadata slots that are set for a change (each with value 1).</summary>
    public static int Meta(StateChange change, Span<int> slots)
    {
        var n = TextMeta(change, slots);
        return n + RuleMeta(change.Findings, slots[n..]);
    }

    /// <summary>The metadata slots of the change itself (kind, stage, disclosure, sender), without what the rules found.</summary>
    public static int TextMeta(StateChange change, Span<int> slots)
    {
        var n = 0;
        slots[n++] = KindOf(change) switch
        {
            TextKind.Job => 0,
            TextKind.Proposal => 1,
            TextKind.Profile => 3,
            _ => 2,
        };
        slots[n++] = 4 + change.Stage switch
        {
            DealStage.Open => 0,
            DealStage.PreContract => 1,
            DealStage.Contracted => 2,
            DealStage.EscrowFunded => 3,
            DealStage.Delivered => 4,
            DealStage.Completed => 5,
            _ => 6,
        };
        slots[n++] = 11 + (int)change.Disclosure;
        slots[n++] = change.ActorRole == PartyRole.Client ? 16 : 17;
        if (AfterEscrow(change.Stage))
        {
            slots[n++] = change.Disclosure == DisclosureStatus.Approved ? 18 : 19;
        }

        return n;
    }

    /// <summary>
    /// The slots of what the rules found, each at most once: a rule finding is evidence the n-grams may not carry (a
    /// negation the rule understood, a number it validated). Nothing is set when no rule found anything, so that a text
    /// the rules miss looks to the model like the copies it was trained on without findings (Platform.Training's Trainer).
    /// </summary>
    public static int RuleMeta(IReadOnlyList<Finding> findings, Span<int> slots)
    {
        var found = 0u;
        var blocked = 0u;
        var advice = false;
        foreach (var finding in findings)
        {
            if (finding.Decision == Decision.Allow)
            {
                continue;
            }

            var k = IndexOf(finding.Category);
            if (k >= 0)
            {
                found |= 1u << k;
                blocked |= finding.Decision == Decision.Block ? 1u << k : 0;
            }
            else
            {
                advice |= finding.Category == Categories.Advice;
            }
        }

        var n = 0;
        for (var k = 0; k < Categories.Violations.Count; k++)
        {
            if ((found & (1u << k)) != 0)
            {
                slots[n++] = RuleFound + k;
            }
        }

        for (var k = 0; k < Categories.Violations.Count; k++)
        {
            if ((blocked & (1u << k)) != 0)
            {
                slots[n++] = RuleBlocked + k;
            }
        }

        if (advice)
        {
            slots[n++] = RuleAdvice;
        }

        return n;
    }

    /// <summary>The category's index in score order, or -1 when it is not a violation category.</summary>
    public static int IndexOf(string category)
    {
        var violations = Categories.Violations;
        for (var k = 0; k < violations.Count; k++)
        {
            if (string.Equals(violations[k], category, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The kind of text, from the change kind when the text kind is not given.</summary>
    public static TextKind KindOf(StateChange change) => change.TextKind != TextKind.None
        ? change.TextKind
        : change.Change switch
        {
            ChangeKind.JobDrafted or ChangeKind.JobPublished or ChangeKind.JobEdited => TextKind.Job,
            ChangeKind.ProposalSubmitted => TextKind.Proposal,
            ChangeKind.UserRegistered or ChangeKind.ProfileUpdated => TextKind.Profile,
            _ => TextKind.Message,
        };

    /// <summary>Escrow funded or later: contact details are allowed once disclosure is approved.</summary>
    public static bool AfterEscrow(DealStage stage) => stage is DealStage.EscrowFunded or DealStage.Delivered or DealStage.Completed;

    /// <summary>The value of each n-gram occurrence in a text with <paramref name="grams"/> n-grams.</summary>
    public static float GramScale(int grams) => grams == 0 ? 0f : 1f / MathF.Sqrt(grams);

    // Digits are one class: a phone number, a price and an order number differ by their context, not their digits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Unit(char c) => c is >= '0' and <= '9' ? '0' : c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(uint h) => (int)((h * 2654435761u) >> (32 - HashBits));
}
