namespace Platform.Gateway.Tests;

/// <summary>The trust-workflow gateway tests share one host with a webhook listener.</summary>
[CollectionDefinition(Name)]
public sealed class TrustHostCollection : ICollectionFixture<TrustHostFixture>
{
    public const string Name = "trust-host";
}
