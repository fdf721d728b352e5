namespace Platform.LoadTest.Traffic;

/// <summary>The users, jobs, proposal threads and contracts the setup created, with the URIs the measured traffic hits.</summary>
internal sealed class World
{
    public List<Party> Clients { get; } = [];
    public List<Party> Workers { get; } = [];

    /// <summary>Clients that post the violating jobs (their flags stay off the clean users).</summary>
    public List<Party> ViolatorClients { get; } = [];

    /// <summary>Workers that write the violating proposals and messages.</summary>
    public List<Party> ViolatorWorkers { get; } = [];

    /// <summary>Open jobs that receive new proposals during the run.</summary>
    public List<JobTarget> ProposalJobs { get; } = [];

    /// <summary>Open jobs their clients edit during the run.</summary>
    public List<JobTarget> EditJobs { get; } = [];

    public List<ThreadTarget> Threads { get; } = [];
    public List<ThreadTarget> ViolatorThreads { get; } = [];

    /// <summary>Escrow-funded contracts that carry messages.</summary>
    public List<ContractTarget> Contracts { get; } = [];
    public List<ContractTarget> ViolatorContracts { get; } = [];

    /// <summary>Contracts at <c>contracted</c> that the run takes through escrow, delivery, acceptance, payment, rating.</summary>
    public List<ContractTarget> Deals { get; } = [];

    public Uri JobsUri { get; set; } = null!;
}
