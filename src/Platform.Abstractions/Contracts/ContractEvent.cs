using System.Text.Json.Serialization;

namespace Platform.Abstractions.Contracts;

/// <summary>One line of a contract's append-only history: who did what, when.</summary>
/// <param name="Sequence">1, 2, 3… in order.</param>
/// <param name="At">When.</param>
/// <param name="ActorId">User id, or <c>platform</c>.</param>
/// <param name="Type">Stable code, e.g. <c>escrow_funded</c>, <c>message_held</c>.</param>
/// <param name="DetailJa">What happened, in Japanese.</param>
/// <param name="MessageId">The message the event is about (<c>message_sent</c>, <c>message_held</c>…), or null.</param>
[GenerateSerializer, Immutable]
public sealed record ContractEvent(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string Type,
    [property: Id(4)] string DetailJa,
    [property: Id(5)] string? MessageId = null)
{
    /// <summary>
    /// The party's own text written with the step, as shown (a notice in its place while a check withholds it): a
    /// cancellation's or an early-termination request's reason; null on other events, and on one stored before the reason
    /// was kept here (its reason is the end of <see cref="DetailJa"/>). Staff read it in the fact sheet; the parties
    /// read it in <see cref="DetailJa"/>.
    /// </summary>
    [Id(6), JsonIgnore] public string? Text { get; init; }
}
