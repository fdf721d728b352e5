using Microsoft.AspNetCore.Http;
using Platform.Abstractions.Common;
using Platform.Text;

namespace Platform.Gateway.Infrastructure;

/// <summary>Request-level checks shared by the endpoint groups.</summary>
public static class Guard
{
    /// <summary>A 400 problem when the body is missing, otherwise null.</summary>
    public static IResult? Body<T>(T? body) where T : class =>
        body is null ? ApiProblems.Invalid("body", "リクエスト本文（JSON）が必要です。", "request.body_required") : null;

    /// <summary>
    /// The request's <c>Idempotency-Key</c> in <paramref name="key"/> (null when absent); a 400 problem
    /// (<c>request.invalid_idempotency_key</c>) when it is empty, longer than 200 characters or not visible ASCII.
    /// </summary>
    public static IResult? IdempotencyKey(HttpContext http, out string? key)
    {
        key = http.Request.Headers[Headers.IdempotencyKey].ToString();
        if (key.Length == 0 && !http.Request.Headers.ContainsKey(Headers.IdempotencyKey))
        {
            key = null;
            return null;
        }

        // Visible ASCII only: '!' (0x21) to '~' (0x7E).
        return key.Length is > 0 and <= 200 && !key.AsSpan().ContainsAnyExceptInRange('!', '~')
            ? null
            : ApiProblems.Invalid(Headers.IdempotencyKey, "Idempotency-Key は1〜200文字の英数字・記号（空白なし）で指定してください。", "request.invalid_idempotency_key");
    }

    /// <summary>
    /// A 404 problem for an id that cannot exist, worded as for an unknown one (「契約「…」は見つかりません。」) with at most
    /// the id's longest possible length of the path text shown; otherwise null.
    /// </summary>
    public static IResult? Id(string entity, string entityJa, string id) =>
        Ids.IsWellFormed(id) ? null : ApiProblems.Create(StatusCodes.Status404NotFound, $"{entity}.not_found", $"{entityJa}「{TextRules.Echo(id)}」は見つかりません。");

    /// <summary>
    /// The one item of <paramref name="list"/> (as the viewer may see it) with this id; a 404 problem
    /// (<c>{entity}.not_found</c>) when there is none, e.g. a held message the viewer may not see.
    /// </summary>
    public static T Single<T>(IEnumerable<T> list, Func<T, string> idOf, string entity, string entityJa, string id) =>
        list.FirstOrDefault(i => idOf(i) == id) ?? throw new PlatformException("not_found", $"{entity}.not_found", $"{entityJa}「{TextRules.Echo(id)}」は見つかりません。", null);
}
