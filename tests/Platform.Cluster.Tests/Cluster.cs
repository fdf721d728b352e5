namespace Platform.Cluster.Tests;

/// <summary>Cluster-level observations through Orleans' management grain.</summary>
internal static class Cluster
{
    public static Task WaitForActiveSilosAsync(int count, params PlatformHost[] hosts) =>
        Poll.UntilAsync(
            async () =>
            {
                foreach (var host in hosts)
                {
                    var active = await host.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
                    if (active.Count != count)
                    {
                        return false;
                    }
                }

                return true;
            },
            TimeSpan.FromSeconds(60),
            $"{count} active silos seen by every host");

    public static async Task<Dictionary<SiloAddress, int>> UserActivationsPerSiloAsync(PlatformHost host)
    {
        var statistics = await host.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics
            .Where(s => s.GrainType.Contains("UserGrain", StringComparison.Ordinal))
            .GroupBy(s => s.SiloAddress)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
    }
}
