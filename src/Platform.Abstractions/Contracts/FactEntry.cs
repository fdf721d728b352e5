using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Contracts;

/// <summary>One dated fact on a dispute fact sheet.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">Stable code, e.g. <c>job_posted</c>, <c>job_edited</c>, <c>proposal</c>, <c>message</c>, <c>delivered</c>.</param>
/// <param name="ActorId">User id, reviewer or <c>platform</c>.</param>
/// <param name="DetailJa">What happened, in Japanese (full texts included: staff only).</param>
[GenerateSerializer, Immutable]
public sealed record FactEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Kind,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string DetailJa)
{
    /// <summary>The kind in Japanese with its code beside it, e.g. 「納品（delivered）」; the code alone for a kind without a name.</summary>
    [Id(7)] public string KindJa { get; init; } = "";

    /// <summary>
    /// A party's text carried by the fact (a message, a delivery note, a cancellation or termination reason, a rating
    /// comment), word for word as written, whether or not the other party was shown it; null for other facts.
    /// </summary>
    [Id(4)] public string? Text { get; init; }

    /// <summary>
    /// Null when <see cref="Text"/> reached the other party as written; otherwise what the checks did with it:
    /// <c>held</c> (waits for review, or a step's text kept withheld), <c>blocked</c> (never shown), <c>released</c>
    /// (withheld, then shown after a review), or <c>queuing</c> / <c>refused</c> for a held message whose write did not finish.
    /// </summary>
    [Id(5)] public string? Withheld { get; init; }

    /// <summary>Why it was withheld: the findings of the checks (category, code, Japanese reason, evidence); empty otherwise.</summary>
    [Id(6)] public IReadOnlyList<FindingView> WithheldFindings { get; init; } = [];
}
