using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>Persisted state of one contract. Its lists are null until their first item (<see cref="StateLists"/>).</summary>
[GenerateSerializer]
public sealed class ContractState : IAuditedState
{
    [Id(0)] public ContractSetup? Setup { get; set; }
    [Id(1)] public string Stage { get; set; } = "contracted";
    [Id(2)] public string Disclosure { get; set; } = "none";
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public List<DeliveryView>? Deliveries { get; set; }
    [Id(5)] public DateTimeOffset? AcceptedAt { get; set; }
    [Id(6)] public DateTimeOffset? PaidAt { get; set; }
    [Id(7)] public TerminationView? Termination { get; set; }
    [Id(8)] public List<RatingView>? Ratings { get; set; }
    [Id(9)] public List<MessageRecord>? Messages { get; set; }
    [Id(10)] public List<ContractEvent>? History { get; set; }
    [Id(11)] public List<AuditEntry>? Audit { get; set; }
    [Id(12)] public DisclosureView? DisclosureRequest { get; set; }
    [Id(13)] public int DisclosureRequests { get; set; }
    [Id(14)] public NudgeView? Nudge { get; set; }
    [Id(15)] public List<TimeSpan>? NudgeIntervals { get; set; }
    [Id(16)] public bool ReminderRegistered { get; set; }

    /// <summary>The party whose flag revoked the disclosure (the other party is owed the notice); null until revoked.</summary>
    [Id(17)] public string? RevokedFor { get; set; }
}
