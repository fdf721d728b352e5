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

    /// <summary>The verdict on the profile text as last written.</summary>
    [Id(12)] public VerdictView ProfileVerdict { get; init; } = VerdictView.Allow;

    /// <summary>What any other user may see: no flags, no ids of jobs and contracts; a blocked profile text is not shown.</summary>
    public UserView PublicView() => this with
    {
        Flags = [],
        JobIds = [],
        ContractIds = [],
        ProfileText = ProfileVerdict.Decision is "block" or "hold" ? null : ProfileText,
        ProfileVerdict = VerdictView.Allow,
    };
}
