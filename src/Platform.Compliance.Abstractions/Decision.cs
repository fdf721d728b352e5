namespace Platform.Compliance.Abstractions;

/// <summary>What the platform does with a state change. Ordered by strictness: the strictest finding wins.</summary>
public enum Decision
{
    /// <summary>Nothing to do.</summary>
    Allow = 0,

    /// <summary>Allowed, with guidance to the user (アドバイス).</summary>
    Advise = 1,

    /// <summary>Delivered or published only after a reviewer approves it.</summary>
    Hold = 2,

    /// <summary>A clear violation: a job is hidden, a message is not delivered as written.</summary>
    Block = 3,
}
