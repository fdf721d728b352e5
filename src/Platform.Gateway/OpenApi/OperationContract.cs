namespace Platform.Gateway.OpenApi;

/// <summary>
/// What the OpenAPI document says about one operation beyond its handler's signature (the handlers answer
/// <c>IResult</c>): the success status and its body, the refusals only the operation knows (403 not a party or not
/// allowed, 409 the stage), the headers and query parameters it reads, and a body that is not JSON.
/// </summary>
/// <param name="Status">The success status: 200, or 201 for a create (with <c>Location</c>).</param>
/// <param name="Response">The type of the answer's body.</param>
/// <param name="ContentType">The answer's media type.</param>
public sealed record OperationContract(int Status, Type Response, string ContentType = "application/json")
{
    /// <summary>Refusals besides those every operation of its shape can give (401, 503; 400/404/413/415 by its inputs).</summary>
    public IReadOnlyList<int> Refusals { get; init; } = [];

    /// <summary>Whether the operation reads the acting user from <c>X-User-Id</c>.</summary>
    public ActingUserHeader ActingUser { get; init; }

    /// <summary>Whether the operation records the reviewer from <c>X-Reviewer-Id</c> (when the body names none).</summary>
    public bool Reviewer { get; init; }

    /// <summary>Whether the operation reads an <c>Idempotency-Key</c> (a retry with it answers the first attempt's result).</summary>
    public bool IdempotencyKey { get; init; }

    /// <summary>The query parameters it reads.</summary>
    public IReadOnlyList<QueryParameter> Query { get; init; } = [];

    /// <summary>The media type of a body that is not JSON (a plugin package), or null.</summary>
    public string? RawBody { get; init; }

    /// <summary>Whether a JSON body may be left out altogether.</summary>
    public bool BodyOptional { get; init; }

    /// <summary>The security scheme of the operation's group (set when the contract is attached to the endpoint).</summary>
    public string Scheme { get; init; } = "";
}
