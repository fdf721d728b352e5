using Microsoft.Extensions.Options;

namespace Platform.Compliance;

/// <summary>
/// Refuses a start with a <c>Compliance</c> setting that cannot be meant: a plugins folder that does not exist (a typo would
/// otherwise give a host that checks nothing), a time limit or count that is not positive (a negative time limit became a
/// 1 ms one and timed out every check). Each failure names the configuration key and the value.
/// </summary>
internal sealed class ComplianceOptionsValidator : IValidateOptions<ComplianceOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplianceOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.PluginsPath))
        {
            failures.Add($"{Key(nameof(options.PluginsPath))} is empty: name the plugins folder");
        }
        else if (!Directory.Exists(options.FullPluginsPath))
        {
            failures.Add($"{Key(nameof(options.PluginsPath))}: there is no folder {options.FullPluginsPath} (a typo? `dotnet build Platform.sln` "
                + "builds the built-in checks into artifacts/plugins; to run with no check at all, create the folder empty)");
        }

        Positive(failures, nameof(options.DefaultTimeout), options.DefaultTimeout, "ms");
        AtLeastZero(failures, nameof(options.MinimumTimeout), options.MinimumTimeout, "ms; 0 keeps the declared limits");
        Positive(failures, nameof(options.PollInterval), options.PollInterval, "ms");
        AtLeastZero(failures, nameof(options.SettleTime), options.SettleTime, "ms");
        Positive(failures, nameof(options.QuarantineAfterTimeouts), options.QuarantineAfterTimeouts, "time-outs in a row");
        Positive(failures, nameof(options.QuarantineAfterFailures), options.QuarantineAfterFailures, "failures in a row");
        Positive(failures, nameof(options.MaxInFlightPerCheck), options.MaxInFlightPerCheck, "runs");
        Positive(failures, nameof(options.StartupWait), options.StartupWait, "ms");
        AtLeastZero(failures, nameof(options.WarmUpLimit), options.WarmUpLimit, "ms; 0 turns the warm-up off");
        Positive(failures, nameof(options.MaxPackageBytes), options.MaxPackageBytes, "bytes");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string option) => $"{ComplianceOptions.SectionName}:{option}";

    private static void Positive(List<string> failures, string option, long value, string unit)
    {
        if (value <= 0)
        {
            failures.Add($"{Key(option)} must be above 0 ({unit}), not {value}");
        }
    }

    private static void AtLeastZero(List<string> failures, string option, long value, string unit)
    {
        if (value < 0)
        {
            failures.Add($"{Key(option)} must be 0 or more ({unit}), not {value}");
        }
    }
}
