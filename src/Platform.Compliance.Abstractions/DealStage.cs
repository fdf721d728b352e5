namespace Platform.Compliance.Abstractions;

/// <summary>Where the deal stands when a text is written; matches the corpus format's <c>context.stage</c>.</summary>
public enum DealStage
{
    /// <summary>Job published, recruiting; also used for profiles.</summary>
    Open,

    /// <summary>Proposal and selection messages, before a contract.</summary>
    PreContract,

    /// <summary>Contract agreed, escrow (仮払い) not yet funded.</summary>
    Contracted,

    /// <summary>Escrow funded (仮払い済み).</summary>
    EscrowFunded,

    /// <summary>Work delivered (納品), not yet accepted.</summary>
    Delivered,

    /// <summary>Accepted (検収) or paid.</summary>
    Completed,

    /// <summary>Cancelled before completion.</summary>
    Cancelled,
}
