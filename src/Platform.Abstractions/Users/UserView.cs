using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Users;

/// <summary>A user as the user (or staff) sees themselves; others get <see cref="PublicView"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record UserView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string DisplayName { get; init; }
    [Id(2)] public required IReadOnlyList<string> Roles { get; init; }
    [Id(3)] public string? ProfileText { get; init; }
    [Id(4)] public DateTimeOffset RegisteredAt { get; init; }
    [Id(5)] public int RatingCount { get; init; }
    [Id(6)] public double? RatingAverage { get; init; }
    [Id(7)] public IReadOnlyList<string> Flags { get; init; } = [];
    [Id(8)] public IReadOnlyList<WarningView> Warnings { get; init; } = [];
    [Id(9)] public string Standing { get; init; } = "good";
    [Id(10)] public IReadOnlyList<string> JobIds { get; init; } = [];
    [Id(11)] public IReadOnlyList<string> ContractIds { get; init; } = [];

    /// <summary>The verdict on the profile (display name and profile text) as last written.</summary>
    [Id(12)] public VerdictView ProfileVerdict { get; init; } = VerdictView.Allow;

    /// <summary>
    /// What any other user may see: no flags, no warnings (the ladder's steps, their reasons and who took them are between
    /// the user and the staff), no ids of jobs and contracts. The standing shows only what others meet when they deal with
    /// the user: <c>restricted</c> (cannot post, propose or message, but for messages on their contracts from escrow on) or
    /// <c>withdrawn</c>; a warning alone reads <c>good</c>.
    /// While the profile is blocked or held, its text is not shown, nor its display name (the user's id stands in for it)
    /// unless every finding points at the text alone.
    /// </summary>
    public UserView PublicView()
    {
        var withheld = ProfileVerdict.Decision is "block" or "hold";
        return this with
        {
            DisplayName = WithholdsName(ProfileVerdict) ? Id : DisplayName,
            Flags = [],
            Warnings = [],
            Standing = Standing is "restricted" or "withdrawn" ? Standing : "good",
            JobIds = [],
            ContractIds = [],
            ProfileText = withheld ? null : ProfileText,
            ProfileVerdict = VerdictView.Allow,
        };
    }

    /// <summary>
    /// What the user themselves is shown: everything, but the verdict on their profile as a text's writer is shown it
    /// (<see cref="VerdictView.ForWriter"/>: no models' scores, no second opinion's own finding; the staff's record keeps them).
    /// </summary>
    public UserView SelfView() => this with { ProfileVerdict = ProfileVerdict.ForWriter() };

    /// <summary>
    /// True when the verdict on a profile keeps its display name from others: blocked or held, with a finding that may be in
    /// the name (one without evidence may be anywhere; the second opinion's own finding, which has none, points at the rule
    /// finding beside it, and that one's evidence decides).
    /// </summary>
    public static bool WithholdsName(VerdictView profileVerdict)
    {
        ArgumentNullException.ThrowIfNull(profileVerdict);
        var findings = profileVerdict.Findings.Where(f => f.Code != VerdictView.DoubtCode).ToArray();
        return profileVerdict.Decision is "block" or "hold" && (findings.Length == 0
            || findings.Any(f => f.Evidence.Count == 0 || f.Evidence.Any(e => e.Field == "displayName")));
    }
}
