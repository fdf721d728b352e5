namespace Platform.Grains.Tests;

/// <summary>
/// A silo of its own for the trust-workflow tests: they move the fake clock forward by days (deadlines, nudges),
/// which must not disturb the other grain tests. Same set-up as <see cref="ClusterFixture"/>.
/// </summary>
public sealed class TrustClusterFixture : ClusterFixture
{
    public TrustClusterFixture()
        : base("platform-trust-tests-")
    {
    }
}
