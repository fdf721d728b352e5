namespace Platform.Domain.Common;

/// <summary>A refused action: what kind, a stable code, a Japanese message and the field or rule concerned.</summary>
/// <param name="Kind">Invalid, forbidden, not found or conflict.</param>
/// <param name="Code">Stable English code, e.g. <c>contract.not_escrow_funded</c>.</param>
/// <param name="MessageJa">What went wrong, in Japanese.</param>
/// <param name="Field">The offending request field, when there is one.</param>
public sealed record DomainProblem(ProblemKind Kind, string Code, string MessageJa, string? Field = null)
{
    public static DomainProblem Invalid(string field, string code, string messageJa) => new(ProblemKind.Invalid, code, messageJa, field);

    public static DomainProblem Conflict(string code, string messageJa) => new(ProblemKind.Conflict, code, messageJa);

    public static DomainProblem Forbidden(string code, string messageJa) => new(ProblemKind.Forbidden, code, messageJa);

    public static DomainProblem NotFound(string code, string messageJa, string? field = null) => new(ProblemKind.NotFound, code, messageJa, field);

    /// <summary>
    /// What a refusal's message shows of a value the request sent (an id, a category, a role): at most 64 characters of it,
    /// then 「…」, however long it was.
    /// </summary>
    public static string Echo(string? value) => Platform.Text.TextRules.Echo(value);
}
