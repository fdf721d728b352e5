namespace Platform.Domain.Common;

/// <summary>Why an action was refused; maps one-to-one to an HTTP status at the gateway.</summary>
public enum ProblemKind
{
    /// <summary>A field is missing or out of range (400).</summary>
    Invalid,

    /// <summary>The acting user is not allowed to do this (403).</summary>
    Forbidden,

    /// <summary>The entity does not exist (404).</summary>
    NotFound,

    /// <summary>The entity's current stage does not allow the action (409).</summary>
    Conflict,
}
