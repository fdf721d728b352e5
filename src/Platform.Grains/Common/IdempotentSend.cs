namespace Platform.Grains.Common;

/// <summary>
/// Something a user created under an <c>Idempotency-Key</c> (a message, a proposal or a delivery), remembered so that a
/// retry returns it instead of creating it again.
/// </summary>
/// <param name="UserId">Who sent it: the key is theirs.</param>
/// <param name="Key">The request's <c>Idempotency-Key</c>.</param>
/// <param name="MessageId">The id of what was created: a message (<c>m3</c>, <c>p1-m2</c>), a proposal (<c>p2</c>) or a delivery (<c>delivery-1</c>).</param>
/// <param name="At">When.</param>
/// <param name="Request">
/// The fingerprint of the request (<see cref="IdempotentRequests.Fingerprint"/>), so that the key reused for another
/// request is refused; 0 for a message, whose retry is compared with the message's own text.
/// </param>
[GenerateSerializer, Immutable]
public sealed record IdempotentSend(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Key,
    [property: Id(2)] string MessageId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] long Request = 0);
