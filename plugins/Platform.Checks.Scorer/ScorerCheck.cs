using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer;

/// <summary>
/// The trained scorer ("ml-scorer"): one logistic-regression model per violation category, trained with ML.NET on
/// hashed character n-grams of the folded text plus the kind, stage, disclosure and sender and what the rule checks
/// found in the same change (tools/Platform.Training). It reads findings, so the engine runs it after the rules. A category whose probability passes its threshold (scorer.json) is held for review:
/// a score alone never blocks, and remote-desktop requests, which the policy only advises on, are only advised.
/// Contact details after escrow with an approved disclosure are allowed, so off-platform contact is not scored then.
/// It is also a second opinion on the rules: where a rule blocked a text that the model, reading the text alone, scores
/// below <see cref="ScorerSettings.DoubtBelow"/> in that category, it doubts the block (<see cref="Finding.Doubts"/>),
/// and the engine holds the text for review instead; details the rules validate (<see cref="ScorerSettings.NotDoubted"/>)
/// are never doubted. A text longer than <see cref="ScorerSettings.LengthChars"/> is read there as the stretch of half that many
/// folded characters (a sentence or two) around each blocking finding's evidence, as a short text is read whole: one
/// sentence of contact details buried in a long ordinary post must not be doubted for the ordinary sentences around it. A rule may also clear a category for it: an allow finding whose code is in
/// <see cref="ScorerSettings.ClearedBy"/> stops the scorer's own finding in that category for the change.
/// </summary>
public sealed class ScorerCheck : IComplianceCheck
{
    private readonly LinearScorer _scorer;
    private readonly float[] _thresholds;
    private readonly string[] _reasons;
    private readonly float _doubtBelow;
    private readonly int _minChars;
    private readonly int _lengthGrams;
    private readonly int _lengthChars;
    private readonly int _stretchChars;
    private readonly HashSet<string> _notDoubted;
    private readonly string[] _doubtReasons;
    private readonly HashSet<string> _clearedBy;

    /// <summary>Loads the models and thresholds from the plugin's own folder.</summary>
    public ScorerCheck()
        : this(Path.GetDirectoryName(typeof(ScorerCheck).Assembly.Location)!)
    {
    }

    /// <summary>Loads the models (folder/Model) and thresholds (folder/scorer.json) from <paramref name="folder"/>.</summary>
    public ScorerCheck(string folder)
        : this(ModelFiles.Load(Path.Combine(folder, ModelFiles.FolderName)), ScorerSettings.Load(folder))
    {
    }

    /// <summary>A check over an already built scorer.</summary>
    public ScorerCheck(LinearScorer scorer, ScorerSettings settings)
    {
        _scorer = scorer;
        _thresholds = [.. LinearScorer.Categories.Select(settings.For)];
        _reasons = [.. LinearScorer.Categories.Select(CategoryReasons.For)];
        _doubtBelow = settings.DoubtBelow;
        _minChars = settings.MinChars;
        _lengthGrams = settings.LengthChars <= 0 ? 0 : Math.Max(1, LinearScorer.Grams(settings.LengthChars));
        _lengthChars = Math.Max(0, settings.LengthChars);
        _stretchChars = Math.Max(LinearScorer.EvidenceChars, _lengthChars / 2);
        _notDoubted = [.. settings.NotDoubted];
        _doubtReasons = [.. LinearScorer.Categories.Select(CategoryReasons.Doubt)];
        _clearedBy = [.. settings.ClearedBy];

        // Compile the scoring path while the plugin loads, so the first live text does not pay for it.
        Evaluate(
            new StateChange { EntityKind = "warm-up", EntityId = "warm-up", Change = ChangeKind.MessageSent, Text = "よろしくお願いします。" },
            CancellationToken.None);
    }

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "ml-scorer",
        "1.0.0",
        [
            ChangeKind.UserRegistered, ChangeKind.ProfileUpdated, ChangeKind.JobDrafted, ChangeKind.JobPublished,
            ChangeKind.JobEdited, ChangeKind.ProposalSubmitted, ChangeKind.MessageSent,
        ])
    {
        Timeout = TimeSpan.FromMilliseconds(500),
        ReadsFindings = true,
    };

    /// <summary>Probability per category (<see cref="LinearScorer.Categories"/> order) for a change.</summary>
    public float[] Probabilities(StateChange change)
    {
        var p = new float[LinearScorer.Count];
        var title = string.IsNullOrEmpty(change.Title) ? null : ScorerFeatures.Fold(change.Title);
        var text = string.IsNullOrEmpty(change.Text) ? null : ScorerFeatures.Fold(change.Text);
        _scorer.Score(change, title is null ? default : title.Folded, text is null ? default : text.Folded, p, default, _lengthGrams);
        return p;
    }

    /// <inheritdoc />
    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(change.Text) && string.IsNullOrEmpty(change.Title))
        {
            return [];
        }

        var title = string.IsNullOrEmpty(change.Title) ? null : ScorerFeatures.Fold(change.Title);
        var text = string.IsNullOrEmpty(change.Text) ? null : ScorerFeatures.Fold(change.Text);
        Span<float> p = stackalloc float[LinearScorer.Count];
        var blocked = Doubtable(change.Findings);
        Span<float> alone = blocked == 0 ? default : stackalloc float[LinearScorer.Count];
        _scorer.Score(change, title is null ? default : title.Folded, text is null ? default : text.Folded, p, alone, _lengthGrams);
        if (blocked != 0 && text is not null && _lengthChars > 0 && text.Folded.Length > _lengthChars)
        {
            AroundEvidence(change, title, text, blocked, alone);
        }

        // Too short to judge alone: only the second opinion on the rules' blocks (ScorerSettings.MinChars).
        var tooShort = (title?.Folded.Length ?? 0) + (text?.Folded.Length ?? 0) < _minChars;
        var cleared = Cleared(change.Findings);
        // A text written in Latin letters (English, romaji) is not doubted: the model learnt Japanese character n-grams and scores
        // such a text near zero in every category, so its doubt says nothing about the rule's block.
        if (blocked != 0 && IsLatin(title, text))
        {
            blocked = 0;
        }

        List<Finding>? findings = null;
        for (var k = 0; k < LinearScorer.Count; k++)
        {
            var category = LinearScorer.Categories[k];
            if ((blocked & (1u << k)) != 0 && alone[k] < _doubtBelow)
            {
                (findings ??= []).Add(new Finding(category, Decision.Hold, Math.Round(alone[k], 3), "scorer.doubt", _doubtReasons[k]) { Doubts = true });
                continue;
            }

            if (tooShort || p[k] < _thresholds[k] || (cleared & (1u << k)) != 0)
            {
                continue;
            }

            if (category == Categories.OffPlatformContact && change.Disclosure == DisclosureStatus.Approved && ScorerFeatures.AfterEscrow(change.Stage))
            {
                continue;
            }

            var decision = category == Categories.RemoteDesktop ? Decision.Advise : Decision.Hold;
            (findings ??= []).Add(new Finding(category, decision, Math.Round(p[k], 3), "scorer." + category, _reasons[k], Evidence(k, title, text), []));
        }

        return findings ?? (IReadOnlyList<Finding>)[];
    }

    // Whether most letters of the title and text are Latin (at least LatinShare of them): English or romaji, with a few Japanese
    // words mixed in ("インスタのfollowerをbuyして" is not: its kana outweigh its Latin letters).
    internal static bool IsLatin(FoldedText? title, FoldedText? text)
    {
        var (latin, letters) = Letters(title?.Folded);
        var (l2, n2) = Letters(text?.Folded);
        (latin, letters) = (latin + l2, letters + n2);
        return letters > 0 && latin * 100 >= LatinShare * letters;
    }

    private static (int Latin, int Letters) Letters(string? folded)
    {
        var (latin, letters) = (0, 0);
        foreach (var c in folded.AsSpan())
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return (latin, letters);
    }

    // The share (percent) of Latin letters that makes a text Latin for IsLatin.
    private const int LatinShare = 80;

    // The categories (bits in score order) a rule cleared: an allow finding with a code the settings honour (ClearedBy).
    private uint Cleared(IReadOnlyList<Finding> findings)
    {
        uint cleared = 0;
        foreach (var finding in findings)
        {
            if (finding.Decision == Decision.Allow && _clearedBy.Contains(finding.Code) && ScorerFeatures.IndexOf(finding.Category) is var k and >= 0)
            {
                cleared |= 1u << k;
            }
        }

        return cleared;
    }

    // The categories (bits in score order) in which a rule blocked and every blocking finding may be doubted.
    private uint Doubtable(IReadOnlyList<Finding> findings)
    {
        if (_doubtBelow <= 0)
        {
            return 0;
        }

        uint blocked = 0, kept = 0;
        foreach (var finding in findings)
        {
            var k = finding.Decision == Decision.Block ? ScorerFeatures.IndexOf(finding.Category) : -1;
            if (k >= 0)
            {
                blocked |= 1u << k;
                kept |= _notDoubted.Contains(finding.Code) ? 1u << k : 0;
            }
        }

        return blocked & ~kept;
    }

    // A long text's second opinion: per doubtable category, the highest of the whole text's score and the scores of the
    // stretches of _stretchChars (lengthChars / 2) folded characters centred on its blocking findings' evidence in the
    // text (the title read with each, as with a short text). A block without evidence in the text keeps the whole text's.
    private void AroundEvidence(StateChange change, FoldedText? title, FoldedText text, uint blocked, Span<float> alone)
    {
        Span<float> stretch = stackalloc float[LinearScorer.Count];
        var last = (Start: -1, Length: 0);
        foreach (var finding in change.Findings)
        {
            var k = finding.Decision == Decision.Block ? ScorerFeatures.IndexOf(finding.Category) : -1;
            if (k < 0 || (blocked & (1u << k)) == 0)
            {
                continue;
            }

            foreach (var span in finding.Evidence)
            {
                if (span.Field != "text" || span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Original.Length)
                {
                    continue;
                }

                var around = Stretch(text, span.Start, span.Length, _stretchChars);
                if (around != last)
                {
                    _scorer.ScoreAlone(change, title is null ? default : title.Folded, text.Folded.AsSpan(around.Start, around.Length), stretch);
                    last = around;
                }

                alone[k] = Math.Max(alone[k], stretch[k]);
            }
        }
    }

    /// <summary>
    /// The folded stretch of <paramref name="chars"/> characters (all of the evidence when it is longer) centred on the
    /// original span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of the text, moved
    /// inside the text at its ends.
    /// </summary>
    internal static (int Start, int Length) Stretch(FoldedText text, int start, int length, int chars)
    {
        var n = text.Folded.Length;
        var from = FoldedAt(text, start);
        var to = Math.Max(from, FoldedAt(text, start + length));
        if (to - from >= chars || n <= chars)
        {
            return n <= chars ? (0, n) : (from, to - from);
        }

        var begin = Math.Clamp(from - ((chars - (to - from)) / 2), 0, n - chars);
        return (begin, chars);
    }

    // The first folded index whose source is at or after the original offset (the fold's map never goes back).
    private static int FoldedAt(FoldedText text, int original)
    {
        int lo = 0, hi = text.Folded.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (text.ToOriginal(mid) < original)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The n-gram that adds most to the category, shown on the original text.
    private EvidenceSpan[] Evidence(int k, FoldedText? title, FoldedText? text)
    {
        foreach (var (field, folded) in new[] { ("text", text), ("title", title) })
        {
            if (folded is null)
            {
                continue;
            }

            var (start, length) = _scorer.Strongest(folded.Folded, k);
            if (start >= 0)
            {
                return [folded.ToEvidence(field, start, length)];
            }
        }

        return [];
    }
}
