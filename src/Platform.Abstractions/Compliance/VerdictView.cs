namespace Platform.Abstractions.Compliance;

/// <summary>What the platform decided about one change, as returned to the front-end.</summary>
/// <param name="Decision"><c>allow</c>, <c>advise</c>, <c>hold</c> or <c>block</c>.</param>
/// <param name="Findings">Enforced findings with Japanese reasons (advice included).</param>
[GenerateSerializer, Immutable]
public sealed record VerdictView(
    [property: Id(0)] string Decision,
    [property: Id(1)] IReadOnlyList<FindingView> Findings)
{
    /// <summary>The code of the trained scorer's second-opinion finding beside a rule's block it doubted (no evidence of its own).</summary>
    public const string DoubtCode = "scorer.doubt";

    /// <summary>Nothing found.</summary>
    public static VerdictView Allow { get; } = new("allow", []);

    /// <summary>
    /// The verdict as its writer is shown it: the decision, and each finding's category, code, reason and evidence, so
    /// that they can see what to change. Not the models' scores (0 here) nor the second opinion's own finding
    /// (<see cref="DoubtCode"/>: the rule finding it softened already says the text waits for a reviewer): they are the
    /// staff's, and would help tune a text until it passes.
    /// </summary>
    public VerdictView ForWriter()
    {
        if (Findings.Count == 0)
        {
            return this;
        }

        FindingView[] shown = [.. Findings.Where(f => f.Code != DoubtCode).Select(f => f.Score == 0 ? f : f with { Score = 0 })];
        return new VerdictView(Decision, shown);
    }
}
