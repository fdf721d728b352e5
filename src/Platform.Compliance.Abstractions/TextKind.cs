namespace Platform.Compliance.Abstractions;

/// <summary>Which kind of text was written; matches the corpus format's <c>kind</c>.</summary>
public enum TextKind
{
    /// <summary>No text in this change.</summary>
    None,

    /// <summary>A job post (title and body), written by the client.</summary>
    Job,

    /// <summary>A worker's proposal to a job.</summary>
    Proposal,

    /// <summary>A chat message between the two parties.</summary>
    Message,

    /// <summary>A user's public profile text.</summary>
    Profile,
}
