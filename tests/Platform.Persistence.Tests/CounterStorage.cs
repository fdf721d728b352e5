using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Platform.Persistence.Postgres;
using Platform.Persistence.Tests.Grains;

namespace Platform.Persistence.Tests;

/// <summary>Drives a silo's grain storage directly with the counter grain's state, bypassing the grains.</summary>
internal static class CounterStorage
{
    public const string StateName = "counter";

    public static IGrainStorage Of(TestCluster cluster, string name = PlatformPostgresExtensions.DefaultStorageName) =>
        cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(name);

    public static async Task<GrainState<CounterState>> ReadAsync(IGrainStorage storage, GrainId id)
    {
        var state = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync(StateName, id, state);
        state.State ??= new CounterState();
        return state;
    }
}
