namespace Platform.Grains.Tests;

/// <summary>The trust-workflow tests share one silo with its own fake clock; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class TrustCollection : ICollectionFixture<TrustClusterFixture>
{
    public const string Name = "trust";
}
