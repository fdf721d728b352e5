using Microsoft.AspNetCore.Http;
using Platform.Abstractions.Common;

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

    /// <summary>
    /// The one item of <paramref name="list"/> (as the viewer may see it) with this id; a 404 problem
    /// (<c>{entity}.not_found</c>) when there is none, e.g. a held message the viewer may not see.
    /// </summary>
    public static T Single<T>(IEnumerable<T> list, Func<T, string> idOf, string entity, string entityJa, string id) =>
        list.FirstOrDefault(i => idOf(i) == id) ?? throw new PlatformException("not_found", $"{entity}.not_found", $"{entityJa}「{id}」は見つかりません。", null);
}
