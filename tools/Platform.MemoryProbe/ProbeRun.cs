using Platform.Tools;
using System.Diagnostics;

namespace Platform.MemoryProbe;

/// <summary>
/// Starts the host, warms it up, takes the baseline, then creates users, jobs and contracts phase by phase with a
/// snapshot after each, and prints bytes per entity overall and per kind.
/// </summary>
internal sealed class ProbeRun(ProbeOptions options, Action<string> output)
{
    private const string WarmPrefix = "warm-";
    private const string PoolPrefix = "pool-";
    private const string RunPrefix = "m-";
    private static readonly string[] EntityTypes = [".UserGrain,", ".JobGrain,", ".ContractGrain,"];

    public async Task<IReadOnlyList<MemorySnapshot>> RunAsync()
    {
        output($"Platform.MemoryProbe, pid {Environment.ProcessId}: users {options.Users:N0}, jobs {options.Jobs:N0}, contracts {options.Contracts:N0}, {options.Parallel} calls in flight");
        output($"GC: {MemorySnapshot.GcSettings()}");
        var pluginsPath = InProcessHost.PluginsPath("memory-probe", options.NoPlugins, options.PluginsPath);
        var clock = Stopwatch.StartNew();
        await using var host = await ProbeHost.StartAsync(pluginsPath, TimeSpan.FromMinutes(options.CollectionAgeMinutes), options.NoDirectoryCache);
        output($"Host started in {clock.Elapsed.TotalSeconds:N1} s; plugins {pluginsPath}: {string.Join(", ", host.Checks())}");
        output($"Grain collection age {host.Collection.CollectionAge} (quantum {host.Collection.CollectionQuantum}), shedding on memory pressure: {host.Collection.EnableActivationSheddingOnMemoryPressure}; directory cache {host.DirectoryCache.CachingStrategy} (size {host.DirectoryCache.CacheSize:N0})");

        var population = new Population(host.Grains, options.Parallel, output);
        var (userPrefix, userCount) = options.Users >= 3 ? (RunPrefix, options.Users) : (PoolPrefix, options.Pool);
        if (userPrefix == PoolPrefix && options.Jobs + options.Contracts > 0)
        {
            output($"Pool of {options.Pool:N0} users for jobs and contracts (part of the baseline):");
            await population.UsersAsync(PoolPrefix, options.Pool);
        }

        output("Warm-up (300 users, 50 jobs, 50 contracts; part of the baseline):");
        await population.UsersAsync(WarmPrefix, 300);
        await population.JobsAsync(WarmPrefix, 50, WarmPrefix, 300);
        await population.ContractsAsync(WarmPrefix, 50, WarmPrefix, 300);
        (population.TextChars, population.Texts) = (0, 0);

        Func<Task<long>> activations = async () => (await host.ActivationsAsync()).Values.Sum();
        var snapshots = new List<MemorySnapshot> { await MemorySnapshot.TakeAsync("baseline", activations) };
        output(Describe(snapshots[^1]));
        var phases = new List<(string Kind, int Count)>();
        foreach (var (kind, count, create) in new (string, int, Func<Task>)[]
        {
            ("users", options.Users, () => population.UsersAsync(RunPrefix, options.Users)),
            ("jobs", options.Jobs, () => population.JobsAsync(RunPrefix, options.Jobs, userPrefix, userCount)),
            ("contracts", options.Contracts, () => population.ContractsAsync(RunPrefix, options.Contracts, userPrefix, userCount)),
        })
        {
            if (count == 0)
            {
                continue;
            }

            output($"Creating {count:N0} {kind}:");
            await create();
            snapshots.Add(await MemorySnapshot.TakeAsync($"after {kind}", activations));
            phases.Add((kind, count));
            output(Describe(snapshots[^1]));
        }

        var types = await host.ActivationsAsync();
        output(string.Empty);
        output($"Texts written: {population.Texts:N0}, average {population.TextChars / (double)Math.Max(1, population.Texts):N0} characters; held or blocked (posts not open, proposals and messages not delivered): {population.NotDelivered:N0}; proposals refused: {population.Refused:N0}");
        output($"Checks: {string.Join("; ", host.CheckCounters())}");
        output($"Activations by type after the run: {string.Join(", ", types.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value:N0}"))}");
        output(Report.Table(snapshots, phases, options.Total));
        var active = types.Where(t => EntityTypes.Any(e => t.Key.Contains(e, StringComparison.Ordinal))).Sum(t => t.Value);
        var expected = options.Total + 300 + 50 + 50 + (userPrefix == PoolPrefix && options.Jobs + options.Contracts > 0 ? options.Pool : 0);
        output($"Entity activations still active: {active:N0} of {expected:N0} created (measured + warm-up + pool) — {(active >= expected ? "all active" : "SOME WERE COLLECTED")}");
        output($"Run took {clock.Elapsed.TotalMinutes:N1} min.");

        if (options.HoldSeconds > 0)
        {
            output($"Holding for {options.HoldSeconds} s (pid {Environment.ProcessId}) for a heap dump…");
            await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
        }

        return snapshots;
    }

    private static string Describe(MemorySnapshot s) =>
        $"  [{s.Label}] activations {s.Activations:N0}; GC heap {Report.Mb(s.HeapBytes)}; committed {Report.Mb(s.CommittedBytes)}; " +
        $"working set {Report.Mb(s.WorkingSetBytes)}; private {Report.Mb(s.PrivateBytes)}; full GC {s.GcPauseMs:N0} ms";

}
