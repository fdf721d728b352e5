namespace Platform.Cluster.Tests;

/// <summary>The ids of one deal set up over HTTP.</summary>
internal sealed record Deal(string Client, string Worker, string Job, string Contract)
{
    public string Messages => $"/api/contracts/{Contract}/messages";
}
