namespace Platform.Abstractions.Contracts;

/// <summary>A nudge request (連絡催促申請) on the contract.</summary>
/// <param name="RequestedBy">The party who asked.</param>
/// <param name="SilentPartyId">The party being nudged.</param>
/// <param name="StartedAt">When.</param>
/// <param name="RemindersSent">Reminders sent so far (the first at once).</param>
/// <param name="NextDueAt">When the next reminder (or the settlement) falls due; null when finished.</param>
/// <param name="Status"><c>active</c>, <c>answered</c>, <c>settled</c>, or <c>stopped</c> when the contract was cancelled or paid meanwhile.</param>
/// <param name="Outcome"><c>payment_confirmed</c>, <c>cancelled_refunded</c> or <c>none</c> once settled.</param>
[GenerateSerializer, Immutable]
public sealed record NudgeView(
    [property: Id(0)] string RequestedBy,
    [property: Id(1)] string SilentPartyId,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] int RemindersSent,
    [property: Id(4)] DateTimeOffset? NextDueAt,
    [property: Id(5)] string Status,
    [property: Id(6)] string? Outcome);
