using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Platform.Cluster.Tests;

/// <summary>
/// Membership settings for tests that kill a silo: a dead silo is declared dead in a few seconds instead of the
/// production defaults (10 s probes × 3 misses, plus vote expiry), so the survivor takes over its grains quickly.
/// </summary>
internal static class FastFailureDetection
{
    public static void Configure(WebApplicationBuilder builder) =>
        builder.Services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        });
}
