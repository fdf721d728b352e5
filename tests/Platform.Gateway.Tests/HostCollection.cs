namespace Platform.Gateway.Tests;

/// <summary>One running host shared by the gateway tests (each test uses its own users and jobs).</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
