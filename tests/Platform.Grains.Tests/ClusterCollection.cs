namespace Platform.Grains.Tests;

/// <summary>Shares one cluster across the grain test classes (each test uses its own ids).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
