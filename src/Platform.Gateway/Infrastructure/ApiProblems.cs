using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Abstractions.Common;

namespace Platform.Gateway.Infrastructure;

/// <summary>Builds <c>application/problem+json</c> answers with a stable code and the field or rule concerned.</summary>
public static class ApiProblems
{
    public static IResult Of(PlatformException ex) => Create(
        ex.Kind switch
        {
            "invalid" => StatusCodes.Status400BadRequest,
            "forbidden" => StatusCodes.Status403Forbidden,
            "not_found" => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        },
        ex.Code,
        ex.MessageJa,
        ex.Field == PlatformException.ActingUserField ? Headers.UserId : ex.Field,
        ex.CurrentItemId);

    public static IResult Invalid(string field, string detailJa, string code = "field.invalid") =>
        Create(StatusCodes.Status400BadRequest, code, detailJa, field);

    public static IResult Create(int status, string code, string detailJa, string? field = null, string? currentItemId = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            // A field named from the request itself (a JSON path through a body's keys) is shown as any echoed value is: cut.
            extensions["field"] = Platform.Text.TextRules.Echo(field);
        }

        if (currentItemId is not null)
        {
            // The item to decide instead: the one named was closed and its subject queued again under this id.
            extensions["currentItemId"] = currentItemId;
        }

        return Results.Problem(detail: detailJa, statusCode: status, title: TitleOf(status), extensions: extensions);
    }

    /// <summary>
    /// The title of every problem of <paramref name="status"/>, the gateway's and the framework's alike (see
    /// <see cref="FrameworkProblems"/>): one problem type, one title.
    /// </summary>
    internal static string TitleOf(int status) => status switch
    {
        400 => "Invalid request",
        401 => "Missing or unknown API key",
        404 => "Not Found",
        409 => "Conflict with the current stage",
        413 => "Request body too large",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
    };
}
