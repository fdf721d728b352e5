using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Staff;

/// <summary>Who on the support team acts: the body's reviewer, the <c>X-Reviewer-Id</c> header, or <c>staff</c>.</summary>
public static class Reviewer
{
    public const string Header = "X-Reviewer-Id";

    public static string Of(HttpContext http, string? fromBody)
    {
        var id = string.IsNullOrWhiteSpace(fromBody) ? http.Request.Headers[Header].ToString() : fromBody;
        return string.IsNullOrWhiteSpace(id) ? "staff" : id.Trim();
    }
}
