using Platform.Abstractions.Compliance;
using Platform.Abstractions.Users;
using Platform.Grains.Common;

namespace Platform.Grains.Users;

/// <summary>Persisted state of one user. Its lists are null until their first item (<see cref="StateLists"/>).</summary>
[GenerateSerializer]
public sealed class UserState : IAuditedState
{
    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string DisplayName { get; set; } = "";
    [Id(2)] public List<string>? Roles { get; set; }
    [Id(3)] public string? ProfileText { get; set; }
    [Id(4)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(5)] public int RatingCount { get; set; }
    [Id(6)] public int RatingTotal { get; set; }
    [Id(7)] public List<string>? Flags { get; set; }
    [Id(8)] public List<WarningView>? Warnings { get; set; }
    [Id(9)] public string Standing { get; set; } = "good";
    [Id(10)] public List<string>? JobIds { get; set; }
    [Id(11)] public List<string>? ContractIds { get; set; }
    [Id(12)] public VerdictView ProfileVerdict { get; set; } = VerdictView.Allow;
    [Id(13)] public List<string>? CompletedContractIds { get; set; }
    [Id(14)] public List<AuditEntry>? Audit { get; set; }
    [Id(15)] public List<NotificationView>? Notifications { get; set; }
}
