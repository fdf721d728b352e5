namespace Platform.Gateway.OpenApi;

/// <summary>How an operation reads the acting user's <c>X-User-Id</c>.</summary>
public enum ActingUserHeader
{
    /// <summary>Not read.</summary>
    None,

    /// <summary>Read when present: it decides what the answer shows (a user's own full record).</summary>
    Optional,

    /// <summary>Required: 400 when missing or malformed, 404 for an unknown user.</summary>
    Required,
}
