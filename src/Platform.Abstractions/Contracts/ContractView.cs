namespace Platform.Abstractions.Contracts;

/// <summary>A contract as its parties see it.</summary>
[GenerateSerializer, Immutable]
public sealed record ContractView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string JobId { get; init; }
    [Id(2)] public required string ProposalId { get; init; }
    [Id(3)] public required string ClientId { get; init; }
    [Id(4)] public required string WorkerId { get; init; }
    [Id(5)] public long PriceYen { get; init; }
    [Id(6)] public DateOnly DeliveryDate { get; init; }

    /// <summary><c>contracted</c>, <c>escrow_funded</c>, <c>delivered</c>, <c>accepted</c>, <c>paid</c> or <c>cancelled</c>.</summary>
    [Id(7)] public required string Stage { get; init; }

    /// <summary>
    /// Contact-disclosure status: <c>none</c>, <c>requested</c>, <c>approved</c>, <c>denied</c> or <c>revoked</c>. A
    /// revocation undone is <c>approved</c> again (an approval) or <c>none</c> (a pending request it closed: ask again).
    /// </summary>
    [Id(8)] public string Disclosure { get; init; } = "none";
    [Id(9)] public DateTimeOffset CreatedAt { get; init; }
    [Id(10)] public IReadOnlyList<DeliveryView> Deliveries { get; init; } = [];
    [Id(11)] public DateTimeOffset? AcceptedAt { get; init; }
    [Id(12)] public DateTimeOffset? PaidAt { get; init; }
    [Id(13)] public TerminationView? Termination { get; init; }
    [Id(14)] public IReadOnlyList<RatingView> Ratings { get; init; } = [];
    [Id(15)] public string JobTitle { get; init; } = "";
    [Id(16)] public int MessageCount { get; init; }

    /// <summary>The contact disclosure request, when one was made.</summary>
    [Id(17)] public DisclosureView? DisclosureRequest { get; init; }

    /// <summary>The latest nudge request, when one was made.</summary>
    [Id(18)] public NudgeView? Nudge { get; init; }

    /// <summary>
    /// The viewer's own texts written with a step (a delivery note, a cancellation or early-termination reason, a rating
    /// comment) that a check withheld: the step shows a notice in their place, and this says why, as a message's verdict
    /// tells its sender. The other party's are not listed (they see the notice alone).
    /// </summary>
    [Id(19)] public IReadOnlyList<WithheldTextView> WithheldTexts { get; init; } = [];
}
