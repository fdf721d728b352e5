namespace Platform.Abstractions.Contracts;

/// <summary>A rating one party gave the other after acceptance.</summary>
[GenerateSerializer, Immutable]
public sealed record RatingView(
    [property: Id(0)] string ByUserId,
    [property: Id(1)] int Stars,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateTimeOffset At);
