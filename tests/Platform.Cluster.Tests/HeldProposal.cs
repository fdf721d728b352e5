namespace Platform.Cluster.Tests;

/// <summary>The ids of a held proposal set up over HTTP (<see cref="Api.HeldProposalAsync"/>).</summary>
internal sealed record HeldProposal(string Client, string Worker, string Job, string Proposal)
{
    /// <summary>The key of its review item.</summary>
    public string Key => $"held-job-{Job}-{Proposal}";
}
