using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact;

/// <summary>
/// Detects off-platform contact (直接取引・サイト外取引): phone numbers, e-mail addresses, contact URLs and
/// invite links, chat-app IDs and invitations, and proposals to pay outside the platform, in any spelling.
/// Stateless and thread-safe.
/// </summary>
public sealed class ContactDetailsCheck : IComplianceCheck
{
    private const int MaxEvidencePerCode = 5;

    private static readonly string[] CodeOrder =
        [Codes.PaymentOutside, Codes.Phone, Codes.Email, Codes.Url, Codes.ChatApp, Codes.Invitation];

    // Per-thread scratch list for one field's hits; they are copied out before the next field is scanned.
    private static readonly PerThread<List<Hit>> t_hits = new();

    // Per-thread scratch list for a change's hits of both fields, emptied before the evaluation returns (so no text is
    // kept alive by it): a list and its array per text with a hit were a sixth of what the check allocated.
    private static readonly PerThread<List<(string Field, FoldedText Text, Hit Hit)>> t_all = new();

    private static readonly StateChange WarmUp = new()
    {
        EntityKind = "warm-up",
        EntityId = "warm-up",
        Change = ChangeKind.MessageSent,
        TextKind = TextKind.Message,
        Text = "お電話は０９０ー１２３４ー５６７８、メールは sato (at) example.jp、LINE ID: sato_01 へどうぞ",
        Stage = DealStage.PreContract,
    };

    /// <summary>
    /// Loads the phone-number metadata and compiles the detectors while the plugin loads, so the first live
    /// message is not the one that pays for it (and runs past its time limit).
    /// </summary>
    public ContactDetailsCheck() => Evaluate(WarmUp, CancellationToken.None);

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "contact-details",
        "1.0.0",
        [
            ChangeKind.ProfileUpdated, ChangeKind.UserRegistered, ChangeKind.JobDrafted, ChangeKind.JobPublished,
            ChangeKind.JobEdited, ChangeKind.ProposalSubmitted, ChangeKind.MessageSent,
        ],
        CheckMode.Enforce,
        // Letting contact details through because the check ran late would break the platform's core rule:
        // a failed or timed-out run holds the change for review instead.
        FailurePolicy.FailClosed);

    /// <inheritdoc />
    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var all = t_all.Value ??= NewAll();
        all.Clear();
        var jobPost = change.Change is ChangeKind.JobDrafted or ChangeKind.JobPublished or ChangeKind.JobEdited;
        var describesWork = jobPost || change.TextKind is TextKind.Profile or TextKind.Proposal;
        try
        {
            Collect("title", change.Title, jobPost, describesWork, all, cancellationToken);
            Collect("text", change.Text, jobPost, describesWork, all, cancellationToken);
            return all.Count == 0 ? [] : FindingsOf(change, all);
        }
        finally
        {
            all.Clear();
        }
    }

    private static List<(string, FoldedText, Hit)> NewAll()
    {
        var all = new List<(string, FoldedText, Hit)>();
        t_all.Value = all;
        return all;
    }

    private static IReadOnlyList<Finding> FindingsOf(StateChange change, List<(string Field, FoldedText Text, Hit Hit)> all)
    {
        List<Finding>? findings = null;
        foreach (var code in CodeOrder)
        {
            var decision = ContactDecision.Decide(change.Stage, change.Disclosure, code == Codes.PaymentOutside);
            if (decision is null)
            {
                continue;
            }

            List<EvidenceSpan>? evidence = null;
            var score = 0.0;
            foreach (var (field, text, hit) in all)
            {
                if (hit.Code != code)
                {
                    continue;
                }

                evidence ??= [];
                score = Math.Max(score, hit.Score);
                if (evidence.Count >= MaxEvidencePerCode)
                {
                    continue;
                }

                if (hit.Parts is null)
                {
                    evidence.Add(text.ToEvidence(field, hit.Start, hit.Length));
                    continue;
                }

                // A detail told in parts is shown part by part, each where it was written, not with the words between them.
                foreach (var (start, length) in hit.Parts)
                {
                    evidence.Add(text.ToEvidence(field, start, length));
                }
            }

            if (evidence is null)
            {
                continue;
            }

            var reason = Reasons.For(code, decision.Value);
            (findings ??= new List<Finding>(2)).Add(new Finding(
                Categories.OffPlatformContact, decision.Value, score, code, reason, evidence, EffectsFor(change, code, decision.Value, reason)));
        }

        return findings ?? (IReadOnlyList<Finding>)[];
    }

    private static void Collect(
        string field, string? value, bool jobPost, bool describesWork, List<(string, FoldedText, Hit)> all, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        ct.ThrowIfCancellationRequested();
        var folded = TextFolder.Fold(value);
        var hits = t_hits.Value ??= [];
        hits.Clear();
        ContactScanner.Scan(folded, hits, jobPost, describesWork);
        foreach (var hit in hits)
        {
            all.Add((field, folded, hit));
        }
    }

    private static IReadOnlyList<Effect> EffectsFor(StateChange change, string code, Decision decision, string reason)
    {
        var target = change.ItemId ?? change.EntityId;
        return decision switch
        {
            Decision.Block => [new Effect(EffectKind.NotifySupport, target, code, reason)],
            Decision.Hold => [new Effect(EffectKind.HoldForReview, target, code, reason)],
            _ => [],
        };
    }
}
