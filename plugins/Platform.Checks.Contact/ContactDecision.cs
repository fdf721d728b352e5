using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact;

/// <summary>How the deal's stage and disclosure status turn a detection into a decision (corpus-format.md).</summary>
internal static class ContactDecision
{
    /// <summary>The decision for a detection, or null when the context allows it.</summary>
    public static Decision? Decide(DealStage stage, DisclosureStatus disclosure, bool payment)
    {
        if (payment)
        {
            // A disclosure approval covers contact details, never payment outside the platform.
            return Decision.Block;
        }

        if (disclosure is DisclosureStatus.Denied or DisclosureStatus.Revoked)
        {
            return Decision.Block;
        }

        var afterEscrow = stage is DealStage.EscrowFunded or DealStage.Delivered or DealStage.Completed;
        if (!afterEscrow)
        {
            return Decision.Block;
        }

        return disclosure == DisclosureStatus.Approved ? null : Decision.Hold;
    }
}
