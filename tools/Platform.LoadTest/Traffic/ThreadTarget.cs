namespace Platform.LoadTest.Traffic;

/// <summary>A proposal thread between a job's client and a worker.</summary>
internal sealed record ThreadTarget(string JobId, string ProposalId, string ClientId, string WorkerId, Uri MessagesUri);
