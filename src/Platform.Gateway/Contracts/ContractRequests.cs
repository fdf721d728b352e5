namespace Platform.Gateway.Contracts;

/// <summary>Body of a delivery.</summary>
/// <param name="Note">What was delivered.</param>
public sealed record DeliveryRequest(string? Note);

/// <summary>Body of a cancellation or an early-termination request.</summary>
/// <param name="Reason">Why, in the user's words.</param>
public sealed record ReasonRequest(string? Reason);

/// <summary>Body of an answer to an early-termination request.</summary>
/// <param name="Accept">True to agree (the contract is cancelled and escrow refunded), false to refuse.</param>
public sealed record TerminationResponseRequest(bool? Accept);

/// <summary>Body of a rating.</summary>
/// <param name="Stars">1–5.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record RatingRequest(int? Stars, string? Comment);
