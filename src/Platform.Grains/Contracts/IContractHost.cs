using Platform.Abstractions.Contracts;
using Platform.Grains.Workflows;

namespace Platform.Grains.Contracts;

/// <summary>What the contract's workflow helpers may use of the grain hosting them.</summary>
internal interface IContractHost
{
    string ContractId { get; }

    ContractState State { get; }

    ContractSetup Terms { get; }

    IGrainFactory Grains { get; }

    WorkflowOptions Workflow { get; }

    DateTimeOffset Now { get; }

    void Record(string actorId, string type, string detailJa, DateTimeOffset at, string? messageId = null);

    /// <summary>Writes state, then registers or unregisters the workflow reminder to match the live procedures.</summary>
    Task SaveAsync();

    /// <summary>
    /// After the write that stored a change with its counts: sends the counts owed (<see cref="ContractCounts.SendAsync"/>);
    /// what the month cannot take now is tried again shortly, and by the workflow reminder. Never fails the caller.
    /// </summary>
    Task CountAsync();

    void Notify(string userId, string type, string messageJa);
}
