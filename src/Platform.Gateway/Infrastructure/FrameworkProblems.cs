using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Platform.Text;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Completes the problem+json answers ASP.NET Core writes by itself (status code pages, the exception handler's
/// fallback): an unknown route (404), a method the route does not take (405), a body that is not JSON (415)… get a
/// stable <c>code</c>, a Japanese <c>detail</c>, the <c>title</c> the gateway's own refusals of that status carry and,
/// where one is concerned, the <c>field</c>, like the gateway's own refusals. Answers that already carry a code (<see cref="ApiProblems"/>) are left as they are.
/// </summary>
public static class FrameworkProblems
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var request = context.HttpContext.Request;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var (code, detail, field) = status switch
        {
            StatusCodes.Status400BadRequest => ("request.invalid", "リクエストを読み取れません。内容を確認してください。", (string?)"body"),
            StatusCodes.Status404NotFound => ("route.not_found", $"この URL（{TextRules.Echo(request.Path.Value)}）の API はありません。", null),
            StatusCodes.Status405MethodNotAllowed => ("request.method_not_allowed",
                $"この URL では {request.Method} は使えません（使えるメソッド：{Allowed(context.HttpContext)}）。", null),
            StatusCodes.Status406NotAcceptable => ("request.not_acceptable", "応答は application/json でのみ返せます。", "Accept"),
            StatusCodes.Status413PayloadTooLarge => ("request.too_large",
                BodySizeLimit.DetailJa(null, context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize), "body"),
            StatusCodes.Status415UnsupportedMediaType => ("request.content_type",
                $"Content-Type は application/json にしてください（受け取った値：{(string.IsNullOrEmpty(request.ContentType) ? "なし" : request.ContentType)}）。",
                "Content-Type"),
            >= 500 => ("server.error", "サーバー内部でエラーが発生しました。時間をおいて再試行してください。", null),
            _ => ($"http.{status}", $"リクエストを処理できません（HTTP {status}）。", null),
        };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        problem.Detail = detail;
        problem.Title = ApiProblems.TitleOf(status);
    }

    private static string Allowed(HttpContext http) =>
        http.Response.Headers.Allow is { Count: > 0 } allow ? string.Join(", ", allow.ToArray()) : "なし";
}
