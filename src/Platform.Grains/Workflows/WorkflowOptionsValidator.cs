using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Platform.Grains.Workflows;

/// <summary>Refuses a start with a <c>Workflows</c> interval, window, count or similarity that cannot be meant; each failure names the key.</summary>
internal sealed class WorkflowOptionsValidator(IConfiguration? configuration = null) : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        const string Section = WorkflowOptions.Section;
        List<string> failures = [];

        // The intervals are a list (Workflows:NudgeIntervals:0, :1…): one value given for the list itself binds to nothing, and
        // the host would run with the default intervals as if it had not been given.
        if (configuration?[$"{Section}:NudgeIntervals"] is { } single)
        {
            failures.Add($"{Section}:NudgeIntervals is a list, one interval per index ({Section}:NudgeIntervals:0, :1…; e.g. --{Section}:NudgeIntervals:0 1.00:00:00, or {Section}__NudgeIntervals__0), not the one value {single}");
        }

        for (var i = 0; i < options.NudgeIntervals.Count; i++)
        {
            if (options.NudgeIntervals[i] <= TimeSpan.Zero)
            {
                failures.Add($"{Section}:NudgeIntervals:{i} must be above 0 (e.g. 1.00:00:00 for a day), not {options.NudgeIntervals[i]}");
            }
        }

        foreach (var (key, value) in new[]
        {
            (nameof(options.WarningsForRestriction), options.WarningsForRestriction),
            (nameof(options.FlagsForWithdrawal), options.FlagsForWithdrawal),
            (nameof(options.MassSendRecipients), options.MassSendRecipients),
        })
        {
            if (value < 0)
            {
                failures.Add($"{Section}:{key} must be 0 or more (0 turns it off), not {value}");
            }
        }

        if (options.MassSendWindow <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:MassSendWindow must be above 0 (e.g. 01:00:00), not {options.MassSendWindow}");
        }

        if (options.MassSendSimilarity is not (> 0 and <= 1))
        {
            failures.Add($"{Section}:MassSendSimilarity must be above 0 and at most 1, not {options.MassSendSimilarity}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
