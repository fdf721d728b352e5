namespace Platform.Abstractions.Users;

/// <summary>A message a user sent in a thread, as the sender's mass-send window records it.</summary>
/// <param name="SourceKind"><c>contract</c> or <c>job</c>: the grain that owns the thread.</param>
/// <param name="SourceId">That grain's id.</param>
/// <param name="MessageId">The message id in the thread.</param>
/// <param name="RecipientId">The other party.</param>
/// <param name="Text">What was written.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable]
public sealed record SentMessage(
    [property: Id(0)] string SourceKind,
    [property: Id(1)] string SourceId,
    [property: Id(2)] string MessageId,
    [property: Id(3)] string RecipientId,
    [property: Id(4)] string Text,
    [property: Id(5)] DateTimeOffset At);
