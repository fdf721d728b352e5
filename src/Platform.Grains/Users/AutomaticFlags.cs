using Platform.Grains.Common;

namespace Platform.Grains.Users;

/// <summary>
/// Which open automatic detections hold each code a user was flagged (or warned) under by the platform, so that a
/// reviewer's dismissal of one takes back only what nothing else holds (<see cref="UserState.FlagSources"/>, keyed by the
/// detection's review item). A code is listed while every measure under it came from detections still open; a reviewer's
/// flag, a confirmed detection or a flag with no review item to dismiss leaves it unlisted, and a code the user has but
/// which is not listed (also one set before sources were kept) is never taken back automatically.
/// </summary>
internal static class AutomaticFlags
{
    private const string Platform = "platform";

    /// <summary>Whether the user has a measure under <paramref name="code"/>: the flag, or an active step the platform took for it.</summary>
    public static bool Present(UserState s, string code) =>
        s.Flags.OrEmpty().Contains(code) || s.Warnings.OrEmpty().Any(w => w.Active && w.By == Platform && w.Code == code);

    /// <summary>
    /// Records that a measure under <paramref name="code"/> was taken because of <paramref name="source"/>, the review
    /// item of the detection that asked for it, or because of nothing a dismissal could undo (null: a reviewer's measure,
    /// or the platform's with no item to review). <paramref name="present"/>: whether the user had such a measure before.
    /// </summary>
    public static void Note(UserState s, string code, bool present, string? source)
    {
        if (source is null)
        {
            Pin(s, code);
            return;
        }

        var sources = s.FlagSources;
        if ((present && sources?.Exists(f => f.Code == code) != true) || sources?.Exists(f => f.Code == code && f.Source == source) == true)
        {
            // Held otherwise already (it stays), or already listed.
            return;
        }

        (s.FlagSources ??= []).Add(new FlagSource(code, source));
    }

    /// <summary>The measures under <paramref name="code"/> are confirmed: no dismissal takes them back. Returns whether anything changed.</summary>
    public static bool Pin(UserState s, string code)
    {
        var changed = s.FlagSources?.RemoveAll(f => f.Code == code) > 0;
        if (s.FlagSources is { Count: 0 })
        {
            s.FlagSources = null;
        }

        return changed;
    }

    /// <summary>
    /// <paramref name="source"/> was dismissed: it no longer holds <paramref name="code"/>. Returns whether it was listed
    /// (the state changed) and whether it was the last (the code's measures may go).
    /// </summary>
    public static (bool Changed, bool Last) Release(UserState s, string code, string source)
    {
        var sources = s.FlagSources;
        if (sources is null || sources.RemoveAll(f => f.Code == code && f.Source == source) == 0)
        {
            return (false, false);
        }

        var last = !sources.Exists(f => f.Code == code);
        if (sources.Count == 0)
        {
            s.FlagSources = null;
        }

        return (true, last);
    }
}
