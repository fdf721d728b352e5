namespace Platform.Compliance.Abstractions;

/// <summary>One thing a check found in a state change.</summary>
/// <param name="Category">Category id: one of <see cref="Categories"/> or a plugin-defined id.</param>
/// <param name="Decision">What the check asks the platform to decide.</param>
/// <param name="Score">Confidence between 0 and 1.</param>
/// <param name="Code">Stable English code for programs, e.g. <c>contact.phone</c>.</param>
/// <param name="ReasonJa">User-facing reason in Japanese.</param>
/// <param name="Evidence">Spans in the text that support the finding.</param>
/// <param name="Effects">Actions requested on other entities.</param>
public sealed record Finding(
    string Category,
    Decision Decision,
    double Score,
    string Code,
    string ReasonJa,
    IReadOnlyList<EvidenceSpan> Evidence,
    IReadOnlyList<Effect> Effects)
{
    /// <summary>
    /// A second opinion from a check that reads findings (<see cref="CheckInfo.ReadsFindings"/>): it doubts the blocks
    /// the other checks gave in <see cref="Category"/>. The engine then counts each of those as a
    /// <see cref="Decision.Hold"/> (delivered only after review), asks for the review at once and for its other effects
    /// only once a reviewer upholds it (<see cref="Effect.WhenUpheld"/>): nobody is flagged, warned or hidden on evidence a
    /// second check doubts before a person has looked. A doubting finding is itself a hold, and it never
    /// lowers a hold, an advice, or a block in another category. The engine ignores it from a check that does not read
    /// findings.
    /// </summary>
    public bool Doubts { get; init; }

    /// <summary>A finding with no evidence and no effects.</summary>
    public Finding(string category, Decision decision, double score, string code, string reasonJa)
        : this(category, decision, score, code, reasonJa, [], [])
    {
    }
}
