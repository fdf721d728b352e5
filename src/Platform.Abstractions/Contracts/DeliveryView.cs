namespace Platform.Abstractions.Contracts;

/// <summary>One delivery (納品) by the worker.</summary>
[GenerateSerializer, Immutable]
public sealed record DeliveryView(
    [property: Id(0)] int Number,
    [property: Id(1)] string Note,
    [property: Id(2)] DateTimeOffset At);
