using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Contracts;

/// <summary>One of the viewer's texts written with a contract's step that a check withheld, and why.</summary>
/// <param name="ItemId">
/// Which text: <c>delivery-N</c> (the Nth delivery note), <c>cancellation</c>, <c>termination-N</c> (the Nth early-termination
/// request's reason) or <c>rating</c> (the viewer's rating comment).
/// </param>
/// <param name="Status"><c>held</c> (waits for a reviewer), <c>blocked</c>, or <c>released</c> (a reviewer showed it since).</param>
/// <param name="At">When it was written (the step's instant).</param>
/// <param name="Verdict">
/// The checks' verdict as its writer is shown it (<see cref="VerdictView.ForWriter"/>): the decision and each finding's category,
/// code, Japanese reason and evidence.
/// </param>
[GenerateSerializer, Immutable]
public sealed record WithheldTextView(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string Status,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] VerdictView Verdict);
