using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>Lets a request through only with a configured front-end key (or staff key for staff groups).</summary>
public sealed class ApiKeyFilter(IOptions<GatewayOptions> options, bool staff) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = staff ? Headers.StaffKey : Headers.ApiKey;
        var keys = staff ? options.Value.StaffKeys : options.Value.ApiKeys;
        var given = context.HttpContext.Request.Headers[header].ToString();
        if (given.Length == 0 || !keys.Any(k => FixedTimeEquals(k, given)))
        {
            return ApiProblems.Create(
                StatusCodes.Status401Unauthorized,
                staff ? "auth.staff_key" : "auth.api_key",
                staff ? "運営用キー（X-Staff-Key）が必要です。" : "API キー（X-Api-Key）が正しくありません。",
                header);
        }

        return await next(context);
    }

    private static bool FixedTimeEquals(string expected, string given) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
