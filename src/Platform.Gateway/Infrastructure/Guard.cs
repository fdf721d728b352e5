using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Infrastructure;

/// <summary>Request-level checks shared by the endpoint groups.</summary>
public static class Guard
{
    /// <summary>A 400 problem when the body is missing, otherwise null.</summary>
    public static IResult? Body<T>(T? body) where T : class =>
        body is null ? ApiProblems.Invalid("body", "リクエスト本文（JSON）が必要です。", "request.body_required") : null;

    /// <summary>A 404 problem for an id that cannot exist, otherwise null.</summary>
    public static IResult? Id(string entity, string id) =>
        Ids.IsWellFormed(id) ? null : ApiProblems.Create(StatusCodes.Status404NotFound, $"{entity}.not_found", $"「{id}」は見つかりません。");
}
