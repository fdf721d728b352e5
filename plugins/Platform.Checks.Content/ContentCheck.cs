using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// The content checks for eight violation categories (mlm, stealth_marketing, uncertain_compensation,
/// unpaid_sample, external_tos, fake_official, remote_desktop, other_illegal) in one pass: the title and text are
/// folded once, every cue of every category is found in one multi-keyword scan, and each category's rules then
/// combine cue families (a recruitment cue with an income cue, a sample cue with a free cue…) over those hits.
/// One check rather than eight keeps the cost at one fold and one scan per text.
/// </summary>
public sealed class ContentCheck : IComplianceCheck
{
    private readonly IDetector[] _detectors;
    private readonly ExternalTosDetector _externalTos;
    private readonly LatinRequestRules _latinRequests;
    private readonly Lexicon _lexicon = new();

    /// <summary>Builds the lexicon and the category rules.</summary>
    public ContentCheck()
    {
        // One reading of a scheme quoted in a warning, shared by the stealth and external-terms rules (its cues registered once).
        var quoted = new QuotedSchemeWarning(_lexicon);
        _detectors =
        [
            new MlmDetector(_lexicon), new StealthMarketingDetector(_lexicon, quoted), new UncertainCompensationDetector(_lexicon),
            new UnpaidSampleDetector(_lexicon), _externalTos = new ExternalTosDetector(_lexicon, quoted), new FakeOfficialDetector(_lexicon),
            new RemoteDesktopDetector(_lexicon), new OtherIllegalDetector(_lexicon),
        ];
        _latinRequests = new LatinRequestRules(_lexicon);
        _lexicon.Freeze();

        // Compile the detectors while the plugin loads, so the first live text does not run past its time limit.
        Evaluate(
            new StateChange
            {
                EntityKind = "warm-up",
                EntityId = "warm-up",
                Change = ChangeKind.MessageSent,
                TextKind = TextKind.Message,
                Text = "紹介するだけで権利収入。★5レビューを書いてくれたら報酬、成果報酬のみ、無料でサンプル作成、TeamViewerで接続します。",
            },
            CancellationToken.None);
    }

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "content",
        "1.0.0",
        [
            ChangeKind.UserRegistered, ChangeKind.ProfileUpdated, ChangeKind.JobDrafted, ChangeKind.JobPublished,
            ChangeKind.JobEdited, ChangeKind.ProposalSubmitted, ChangeKind.MessageSent,
        ],
        // A starved host must not let MLM, scams or illegal work through because the check ran late (the contact
        // check's rule too): a failed or timed-out run holds the change for review instead.
        OnFailure: FailurePolicy.FailClosed)
    {
        Timeout = TimeSpan.FromMilliseconds(500),
    };

    /// <inheritdoc />
    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        var text = ContentText.From(change, _lexicon);
        if (text is null || !text.Any)
        {
            return [];
        }

        List<Finding>? findings = null;
        foreach (var detector in _detectors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (detector.Detect(text, change) is { } finding)
            {
                (findings ??= []).Add(finding);
            }
        }

        // The same requests in English, for the categories the detectors above left empty.
        _latinRequests.AddTo(text, change, ref findings);
        Finding? stealth = null;
        var tos = false;
        if (findings is not null)
        {
            foreach (var finding in findings)
            {
                stealth = finding.Category == Categories.StealthMarketing ? finding : stealth;
                tos |= finding.Category == Categories.ExternalTos;
            }
        }

        // A review written to order as a customer, on a review platform the text names, breaks that platform's terms too.
        if (stealth is not null && !tos && _externalTos.FakeReviewOn(text, change, stealth) is { } onPlatform)
        {
            findings!.Add(onPlatform);
            tos = true;
        }

        // An account's count grown by ordinary work: an allow finding that decides nothing, read by the scorer as the rules
        // clearing external_tos for this change (docs/adr/0009-a-rule-may-clear-a-category.md).
        if (!tos && _externalTos.OrdinaryGrowth(text, change) is { } ordinary)
        {
            (findings ??= []).Add(ordinary);
        }

        return findings ?? (IReadOnlyList<Finding>)[];
    }
}
