using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>Lets a request through only with a configured front-end key (or staff key for staff groups).</summary>
public sealed class ApiKeyFilter(IOptions<GatewayOptions> options, bool staff) : IEndpointFilter
{
    // The configured keys as UTF-8, encoded once (the options are read once, at the first request): every request used to
    // encode each key again beside the given one.
    private byte[][]? _keys;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = staff ? Headers.StaffKey : Headers.ApiKey;
        var given = context.HttpContext.Request.Headers[header].ToString();
        if (given.Length == 0 || !Matches(Keys(), given))
        {
            return ValueTask.FromResult<object?>(ApiProblems.Create(
                StatusCodes.Status401Unauthorized,
                staff ? "auth.staff_key" : "auth.api_key",
                staff ? "運営用キー（X-Staff-Key）が必要です。" : "API キー（X-Api-Key）が正しくありません。",
                header));
        }

        return next(context);
    }

    private byte[][] Keys() =>
        _keys ??= [.. (staff ? options.Value.StaffKeys : options.Value.ApiKeys).Select(Encoding.UTF8.GetBytes)];

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
