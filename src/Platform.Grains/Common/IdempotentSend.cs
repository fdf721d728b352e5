namespace Platform.Grains.Common;

/// <summary>A message a user sent under an <c>Idempotency-Key</c>, remembered so that a retry returns it instead of sending again.</summary>
[GenerateSerializer, Immutable]
public sealed record IdempotentSend([property: Id(0)] string UserId, [property: Id(1)] string Key, [property: Id(2)] string MessageId, [property: Id(3)] DateTimeOffset At);
