namespace Platform.Compliance.Abstractions;

/// <summary>State of a contract's contact-disclosure request (連絡先公開申請).</summary>
public enum DisclosureStatus
{
    /// <summary>Never requested.</summary>
    None,

    /// <summary>Requested, not yet decided.</summary>
    Requested,

    /// <summary>Approved: contact details between the parties pass.</summary>
    Approved,

    /// <summary>Denied: contact details are blocked.</summary>
    Denied,

    /// <summary>Approved earlier, revoked since because a party was flagged: contact details are blocked.</summary>
    Revoked,
}
