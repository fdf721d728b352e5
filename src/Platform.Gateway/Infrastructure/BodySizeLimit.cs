using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Platform.Gateway.Staff;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Refuses oversized bodies with a 413 problem before anything is read into a grain call. The body is drained
/// first, so the client reads a clean answer instead of a reset connection.
/// </summary>
public static class BodySizeLimit
{
    private const long DrainLimit = 8L * 1024 * 1024;

    public static Task InvokeAsync(HttpContext http, RequestDelegate next, long limit)
    {
        var max = IsPackageUpload(http.Request) ? StaffApi.MaxPackageBytes : limit;
        if (http.Request.ContentLength is { } length && length > max)
        {
            return RefuseAsync(http, length, max);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        // Straight on (no state machine nor closure per request for the usual body within the limit).
        return next(http);
    }

    // Only the deploy (POST /api/staff/plugins) takes a package; a mode switch, a removal or a listing under the same path
    // keeps the gateway's limit like every other request.
    private static bool IsPackageUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(StaffApi.PackageRoute, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(StaffApi.PackageRoute + "/", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext http, long length, long max)
    {
        if (length <= DrainLimit)
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }

        await ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "request.too_large", DetailJa(length, max), "body").ExecuteAsync(http);
    }

    /// <summary>The Japanese detail of a 413: the body's size when it was announced, and the limit.</summary>
    public static string DetailJa(long? length, long? max) =>
        $"リクエストが大きすぎます（{(length is { } l ? $"{l:N0} バイト、" : "")}上限 {max:N0} バイト）。";
}
