namespace Platform.Domain.Trust;

/// <summary>How an unanswered nudge request settles a contract.</summary>
public enum NudgeSettlement
{
    /// <summary>Nothing to settle (the stage does not allow it).</summary>
    None,

    /// <summary>Delivered or accepted: payment is confirmed (支払い確定).</summary>
    PaymentConfirmed,

    /// <summary>Escrow funded, nothing delivered: cancelled and escrow refunded.</summary>
    CancelledRefunded,
}
