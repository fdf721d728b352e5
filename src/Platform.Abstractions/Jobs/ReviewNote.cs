namespace Platform.Abstractions.Jobs;

/// <summary>Why a reviewer's decision on a job's held item did not do what it asked, for the reviewer.</summary>
/// <param name="Code">
/// Stable English code of the reason, when it has one: <c>author.withdrawn</c>, a held proposal or message approved while its
/// writer is withdrawn (強制退会), delivered only if the withdrawal is lifted. Null for a post's notes.
/// </param>
/// <param name="TextJa">The reason in Japanese.</param>
[GenerateSerializer, Immutable]
public sealed record ReviewNote(
    [property: Id(0)] string? Code,
    [property: Id(1)] string TextJa);
