namespace Platform.Grains.Users;

/// <summary>One open automatic detection (its review item's key) that set a user's flag or took a step under a code.</summary>
[GenerateSerializer, Immutable]
public sealed record FlagSource([property: Id(0)] string Code, [property: Id(1)] string Source);
