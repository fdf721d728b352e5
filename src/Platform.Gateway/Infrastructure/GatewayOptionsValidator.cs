using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>Refuses a start without front-end and staff keys, or with a body limit that is not positive; each failure names the key.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        List<string> failures = [];
        if (options.ApiKeys.Count == 0 || options.StaffKeys.Count == 0)
        {
            failures.Add("Gateway:ApiKeys and Gateway:StaffKeys must each hold at least one key (set Gateway__ApiKeys__0 and Gateway__StaffKeys__0)");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"Gateway:MaxRequestBodyBytes must be above 0 (bytes), not {options.MaxRequestBodyBytes}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
