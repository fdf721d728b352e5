using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Lets a request to an <c>/api</c> route through only with a configured front-end key (or the staff key on staff routes).
/// A middleware, not an endpoint filter: it answers before the endpoint reads its body or route values, so a request
/// without the key is 401 whatever else is wrong with it (a filter ran after the body was bound, and a bad body got 400).
/// </summary>
public sealed class ApiKeyGate(IOptions<GatewayOptions> options)
{
    /// <summary>Endpoint metadata: the route needs the front-end key, or the staff key when <see cref="Staff"/>.</summary>
    public sealed record Required(bool Staff);

    // The configured keys as UTF-8, encoded once (the options are read once, at the first request): every request used to
    // encode each key again beside the given one.
    private byte[][]? _apiKeys;
    private byte[][]? _staffKeys;

    public Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Required>() is not { } required)
        {
            return next(http);
        }

        var header = required.Staff ? Headers.StaffKey : Headers.ApiKey;
        var given = http.Request.Headers[header].ToString();
        if (given.Length == 0 || !Matches(Keys(required.Staff), given))
        {
            return ApiProblems.Create(
                StatusCodes.Status401Unauthorized,
                required.Staff ? "auth.staff_key" : "auth.api_key",
                required.Staff ? "運営用キー（X-Staff-Key）が必要です。" : "API キー（X-Api-Key）が正しくありません。",
                header).ExecuteAsync(http);
        }

        return next(http);
    }

    private byte[][] Keys(bool staff) => staff
        ? _staffKeys ??= Encode(options.Value.StaffKeys)
        : _apiKeys ??= Encode(options.Value.ApiKeys);

    private static byte[][] Encode(IEnumerable<string> keys) => [.. keys.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Whether <paramref name="given"/> is one of the keys, each compared in fixed time (no early exit on the first differing byte).</summary>
    internal static bool Matches(byte[][] keys, string given)
    {
        var length = Encoding.UTF8.GetByteCount(given);
        var rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        Encoding.UTF8.GetBytes(given, bytes);
        var found = false;
        foreach (var key in keys)
        {
            found |= CryptographicOperations.FixedTimeEquals(key, bytes);
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return found;
    }
}
