namespace Platform.Abstractions.Jobs;

/// <summary>One version of a job post's fields: the first post or an edit (requirement change).</summary>
/// <param name="Number">1 for the first version.</param>
/// <param name="At">When written.</param>
/// <param name="Fields">The fields as written.</param>
[GenerateSerializer, Immutable]
public sealed record JobRevisionView(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] JobDraft Fields);
