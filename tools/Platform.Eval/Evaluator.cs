using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Runs the checks on every item and combines their findings like the engine does.</summary>
public static class Evaluator
{
    public static IReadOnlyList<Prediction> Run(IReadOnlyList<IComplianceCheck> checks, IReadOnlyList<CorpusItem> items) =>
        items.Select(item => Predict(checks, item)).ToList();

    public static Prediction Predict(IReadOnlyList<IComplianceCheck> checks, CorpusItem item)
    {
        var change = Corpus.ToChange(item);
        var findings = new List<Finding>();
        var errors = new List<string>();
        var subscribed = checks.Where(c => c.Info.Subscribes.Contains(change.Change)).ToList();
        Run(subscribed.Where(c => !c.Info.ReadsFindings), change, findings, errors);

        // As in the engine, a check that reads findings runs after the others and sees theirs, and may doubt their blocks.
        var seen = change with { Findings = [.. findings] };
        var read = new List<Finding>();
        Run(subscribed.Where(c => c.Info.ReadsFindings), seen, read, errors);
        findings.AddRange(read);
        if (Doubts.Categories(read) is { } doubted)
        {
            findings = [.. Doubts.Apply(findings, doubted)];
        }

        var labels = findings
            .Where(f => f.Decision > Decision.Allow && f.Category != Categories.Advice)
            .Select(f => f.Category)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var decision = findings.Count == 0 ? Decision.Allow : findings.Max(f => f.Decision);
        return new Prediction(item, labels, decision, findings, errors);
    }

    private static void Run(IEnumerable<IComplianceCheck> checks, StateChange change, List<Finding> findings, List<string> errors)
    {
        foreach (var check in checks)
        {
            try
            {
                findings.AddRange(check.Evaluate(change, CancellationToken.None));
            }
            catch (Exception ex) when (check.Info.OnFailure == FailurePolicy.FailOpen)
            {
                // Fail-open: the failed check is ignored, as the engine would.
                errors.Add($"{check.Info.Name}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
