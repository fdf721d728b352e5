namespace Platform.Compliance.Abstractions;

/// <summary>What a finding asks the platform to do beyond deciding the change itself.</summary>
public enum EffectKind
{
    /// <summary>Add a reputation flag to a user (this also revokes approvals involving them).</summary>
    FlagUser,

    /// <summary>Give a user a warning (first step of the warning ladder).</summary>
    WarnUser,

    /// <summary>Revoke every approval (e.g. contact disclosures) involving a user.</summary>
    RevokeApprovals,

    /// <summary>Hide a job post from workers.</summary>
    HideJob,

    /// <summary>Put an item in the review queue.</summary>
    HoldForReview,

    /// <summary>Notify the support team at once.</summary>
    NotifySupport,
}
