using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Platform.Abstractions.Common;
using Platform.Text;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Turns every failure into problem+json: refusals from grains (400/403/404/409), unreadable or oversized
/// bodies (400/413), and an unavailable cluster or database (503 with Retry-After).
/// </summary>
public sealed class GatewayExceptionHandler(ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            PlatformException refusal => ApiProblems.Of(refusal),
            // A body over the limit, or not JSON: the answer the framework gives for that status, with its code and field.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType } framework =>
                Results.Problem(statusCode: framework.StatusCode),
            // A JSON body labelled with a charset .NET has no encoding for (shift_jis, a typo): the framework cannot read it.
            InvalidOperationException when UnknownCharset(http.Request) is { } charset => UnsupportedCharset(http.Request, charset),
            BadHttpRequestException bad => Unreadable(bad, http.Request.Path),
            JsonException json => Unreadable(json, http.Request.Path),
            _ when IsTransient(exception) => Unavailable(http, exception),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(http);
        return true;
    }

    private IResult Unavailable(HttpContext http, Exception exception)
    {
        logger.LogWarning(exception, "Request {Path} failed transiently", http.Request.Path);
        http.Response.Headers.RetryAfter = "2";
        if (http.Request.Headers.TryGetValue(Headers.IdempotencyKey, out var key))
        {
            // The key to send again with the retry: a create that was kept after all is then answered, not repeated.
            http.Response.Headers[Headers.IdempotencyKey] = key;
        }

        return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "service.unavailable",
            "一時的に処理できません。数秒後に、同じ Idempotency-Key を付けて再試行してください（キーを付けたメッセージ・募集・提案・納品・違反申告・措置は二重になりません）。");
    }

    private static string? UnknownCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Charset) is not { Length: > 0 } charset)
        {
            return null;
        }

        try
        {
            Encoding.GetEncoding(charset.ToString());
            return null;
        }
        catch (ArgumentException)
        {
            return charset.ToString();
        }
    }

    private static IResult UnsupportedCharset(HttpRequest request, string charset) => ApiProblems.Create(
        StatusCodes.Status415UnsupportedMediaType, "request.content_type",
        $"Content-Type の charset「{TextRules.Echo(charset)}」は扱えません。JSON は UTF-8 で送ってください（受け取った値：{TextRules.Echo(request.ContentType)}）。", "Content-Type");

    // A database error thrown as it is (the reminder table's, say) is as transient as one an Orleans exception wraps.
    private static bool IsTransient(Exception exception) => exception is TimeoutException or OrleansException or System.Data.Common.DbException
        || exception.InnerException is TimeoutException or OrleansException or System.Data.Common.DbException;

    private static IResult Unreadable(BadHttpRequestException bad, PathString path) => bad.InnerException is JsonException json
        ? Unreadable(json, path)
        : ApiProblems.Invalid("body", "リクエスト本文を読み取れません。JSON で送ってください。", "request.malformed_json");

    // The parser's own message is English and names .NET types: the user is told which field, in Japanese.
    private static IResult Unreadable(JsonException json, PathString path)
    {
        var field = FieldOf(json);
        if (UnknownField(json, field) is { } unknown)
        {
            return ApiProblems.Invalid(unknown, CorpusAnswers.Contains(unknown) && path.Value?.EndsWith(Compliance.ScanApi.Route, StringComparison.Ordinal) == true
                ? $"{unknown} はコーパスの正解の項目です。スキャンには送らないでください（判定は応答の labels・decision・findings に返ります）。"
                : $"{unknown} という項目はありません。項目名を確認してください（使える項目は /openapi/v1.json にあります）。", "request.unknown_field");
        }

        return json is FieldFormatException own
            ? ApiProblems.Invalid(field, own.Message, own.Code)
            : ApiProblems.Invalid(field, field == "body"
                ? "JSON を読み取れません。本文が正しい JSON（オブジェクト）になっているか確認してください。"
                : IsDuplicate(json)
                    ? $"JSON を読み取れません：{field} が2回以上あります。1回だけ指定してください。"
                    : $"JSON を読み取れません：{field} の値の型または形式が正しくありません。", "request.malformed_json");
    }

    // A field given twice (JsonSerializerOptions.AllowDuplicateProperties is off): the serializer's own words, "Duplicate property…".
    private static bool IsDuplicate(JsonException json) => json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal);

    // A corpus item's answers (docs/corpus-format.md): a line of a labelled corpus posted whole to the scan.
    private static readonly string[] CorpusAnswers = ["labels", "decision", "note"];

    // A property no member takes (UnmappedMemberHandling.Disallow): "The JSON property 'maxYen' could not be mapped to any
    // .NET member contained in type '…'", its path the object holding it. The property's path, or null for another error.
    private static string? UnknownField(JsonException json, string field)
    {
        const string Start = "The JSON property '";
        var message = json.Message;
        var end = message.IndexOf("' could not be mapped", StringComparison.Ordinal);
        if (!message.StartsWith(Start, StringComparison.Ordinal) || end < Start.Length)
        {
            return null;
        }

        var name = message[Start.Length..end];
        return field == "body" ? name : field.EndsWith("." + name, StringComparison.Ordinal) || field == name ? field : $"{field}.{name}";
    }

    private static string FieldOf(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
}
