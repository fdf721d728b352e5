using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Abstractions.Common;
using Platform.Abstractions.Users;
using Platform.Compliance;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Ready when the plugins have loaded and warmed up (Compliance:WarmUpLimit), the cluster's stored plugin deploys, removals
/// and modes have been applied to them, and a grain call round-trips through the cluster.
/// </summary>
public sealed class ReadinessCheck(IPluginCatalog catalog, IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!catalog.Ready.IsCompleted)
        {
            return HealthCheckResult.Unhealthy("compliance plugins are still loading, warming up or taking the cluster's stored deploys");
        }

        try
        {
            await grains.Grain<IUserGrain>("health-probe").GetPartyAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"{catalog.List().Count} checks loaded");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("the cluster did not answer", ex);
        }
    }
}
