using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>Refuses a start without front-end and staff keys, with a key no request can send, or with a body limit that is not positive; each failure names the key.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        List<string> failures = [];
        if (options.ApiKeys.Count == 0 || options.StaffKeys.Count == 0)
        {
            failures.Add("Gateway:ApiKeys and Gateway:StaffKeys must each hold at least one key (set Gateway__ApiKeys__0 and Gateway__StaffKeys__0)");
        }

        // A key no request can carry (an empty variable, `Gateway__ApiKeys__0=$KEY` with KEY unset; white space at either end,
        // which the header loses; a character outside ASCII, which a header may not hold) would start a host that answers
        // every request 401. Named by its index, never shown: it is a secret.
        foreach (var (list, header, keys) in new[] { ("ApiKeys", Headers.ApiKey, options.ApiKeys), ("StaffKeys", Headers.StaffKey, options.StaffKeys) })
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (!Sendable(keys[i]))
                {
                    failures.Add($"Gateway:{list}:{i} must be a key a request can send in {header} as it is: not empty, printable ASCII, no white space at either end (otherwise every request is refused, 401; the key is not shown)");
                }
            }
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"Gateway:MaxRequestBodyBytes must be above 0 (bytes), not {options.MaxRequestBodyBytes}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Sendable(string? key) =>
        !string.IsNullOrEmpty(key) && key.Trim() == key && !key.AsSpan().ContainsAnyExceptInRange(' ', '~');
}
