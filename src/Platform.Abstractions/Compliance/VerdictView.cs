namespace Platform.Abstractions.Compliance;

/// <summary>What the platform decided about one change, as returned to the front-end.</summary>
/// <param name="Decision"><c>allow</c>, <c>advise</c>, <c>hold</c> or <c>block</c>.</param>
/// <param name="Findings">Enforced findings with Japanese reasons (advice included).</param>
[GenerateSerializer, Immutable]
public sealed record VerdictView(
    [property: Id(0)] string Decision,
    [property: Id(1)] IReadOnlyList<FindingView> Findings)
{
    /// <summary>Nothing found.</summary>
    public static VerdictView Allow { get; } = new("allow", []);
}
