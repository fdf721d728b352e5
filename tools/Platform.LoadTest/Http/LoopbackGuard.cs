using System.Net;

namespace Platform.LoadTest.Http;

/// <summary>The tool only ever loads this machine: it refuses any target that is not a loopback address.</summary>
public static class LoopbackGuard
{
    /// <summary>The target as a base URI (with a trailing slash), or an error in words.</summary>
    public static bool TryValidate(string? target, out Uri? baseUri, out string? error)
    {
        baseUri = null;
        error = null;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{target}' is not an http(s) URL.";
            return false;
        }

        var host = uri.IdnHost.Trim('[', ']');
        var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        if (!loopback)
        {
            error = $"Refusing to load '{uri.Host}': only loopback targets (127.0.0.0/8, ::1, localhost) are allowed.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "The target must be a plain base URL (no query, no credentials).";
            return false;
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        baseUri = new UriBuilder(uri.Scheme, uri.Host, uri.Port, path).Uri;
        return true;
    }
}
