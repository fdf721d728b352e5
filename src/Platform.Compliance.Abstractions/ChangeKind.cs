namespace Platform.Compliance.Abstractions;

/// <summary>The kinds of state change a check can subscribe to.</summary>
public enum ChangeKind
{
    /// <summary>A user registered (profile text may be present).</summary>
    UserRegistered,

    /// <summary>A user's profile text or display name changed.</summary>
    ProfileUpdated,

    /// <summary>A job post was created as a draft.</summary>
    JobDrafted,

    /// <summary>A job post was published (made visible to workers).</summary>
    JobPublished,

    /// <summary>A published or draft job post was edited.</summary>
    JobEdited,

    /// <summary>A worker submitted a proposal to a job.</summary>
    ProposalSubmitted,

    /// <summary>A message was written in a proposal thread or a contract.</summary>
    MessageSent,

    /// <summary>A contract was agreed.</summary>
    ContractCreated,

    /// <summary>A contract's stage changed (escrow funded, delivered, accepted, paid, cancelled).</summary>
    ContractStageChanged,

    /// <summary>A user was flagged, warned, restricted or withdrawn.</summary>
    UserStandingChanged,
}
