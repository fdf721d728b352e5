using Platform.Abstractions.Users;

namespace Platform.Abstractions.Contracts;

/// <summary>A notice a contract owes one of its parties, handed to the caller to deliver (<see cref="IUserGrain.DeliverNoticesAsync"/>).</summary>
/// <param name="NoticeTo">Who is told.</param>
/// <param name="Notice">The notice: the same type, related id and time each time it is handed out for the same event, so its recipient keeps it once.</param>
[GenerateSerializer, Immutable]
public sealed record PartyNotice(
    [property: Id(0)] string NoticeTo,
    [property: Id(1)] NotificationView Notice);
