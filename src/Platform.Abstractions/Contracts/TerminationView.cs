namespace Platform.Abstractions.Contracts;

/// <summary>An early-termination request (契約途中終了リクエスト) and its answer.</summary>
/// <param name="RequestedBy">Party who asked.</param>
/// <param name="ReasonJa">Why.</param>
/// <param name="At">When asked.</param>
/// <param name="Status"><c>pending</c>, <c>accepted</c>, <c>refused</c>, or <c>lapsed</c> when the contract was accepted, paid or cancelled before an answer.</param>
/// <param name="AnsweredAt">When answered (or lapsed).</param>
[GenerateSerializer, Immutable]
public sealed record TerminationView(
    [property: Id(0)] string RequestedBy,
    [property: Id(1)] string ReasonJa,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Status,
    [property: Id(4)] DateTimeOffset? AnsweredAt)
{
    /// <summary>Which request of the contract this is, 1 for the first (a refused request can be followed by another); 0 for one stored before requests were numbered.</summary>
    [Id(5)] public int Number { get; init; }
}
