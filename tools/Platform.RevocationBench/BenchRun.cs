using Platform.Tools;
using System.Diagnostics;
using System.Runtime;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Npgsql;
using Platform.Testing.Postgres;

namespace Platform.RevocationBench;

/// <summary>
/// Sets up every repetition's population first (on PostgreSQL: on an embedded host, then loaded into the database),
/// then per repetition flags the client and times <c>FlagAsync</c>, waits for the notices, and checks the outcome.
/// </summary>
internal sealed class BenchRun(BenchOptions options, Action<string> output)
{
    private const string NoticeType = "disclosure_revoked";
    private const int WarmUpContracts = 200;

    private CpuMeter _cpu = new(null);

    public async Task<bool> RunAsync()
    {
        var storage = options.Postgres ? $"PostgreSQL ({(options.Durable ? "fsync=on, synchronous_commit=on" : "fsync=off, synchronous_commit=off")})" : "embedded (live-object store)";
        output($"Platform.RevocationBench, pid {Environment.ProcessId}: {options.Repeat} × {options.Contracts:N0} approved contracts over {options.Workers} workers; {storage}; {(options.Cold ? "cold (all grains deactivated before the flag)" : "warm (all grains active)")}");
        output($"{(options.Postgres ? $"Connection pool: {options.Pool}{(options.Npgsql is null ? "" : $"; {options.Npgsql}")}. " : "")}GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} processors; load average {LoadAverage()}");
        var pluginsPath = InProcessHost.PluginsPath("revocation-bench", options.NoPlugins, options.PluginsPath);
        var run = $"rv{DateTime.UtcNow:HHmmss}";
        var rounds = new List<Round>();

        await using var postgres = options.Postgres ? await PostgresServer.StartNewAsync(options.Durable) : null;
        _cpu = new CpuMeter(postgres is null ? null : CpuMeter.PostmasterPid(Path.Combine(postgres.RootDirectory, "data")));
        // A production-like connection string: Npgsql's defaults (pool of 100, 15 s to get a connection), not the test
        // fixture's 5 s time-out and idle pruning.
        var connectionString = postgres is null ? null : new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync("revocation_bench"))
        {
            MaxPoolSize = options.Pool,
            Timeout = new NpgsqlConnectionStringBuilder().Timeout,
            ConnectionIdleLifetime = new NpgsqlConnectionStringBuilder().ConnectionIdleLifetime,
            ConnectionPruningInterval = new NpgsqlConnectionStringBuilder().ConnectionPruningInterval,
        }.ConnectionString + (options.Npgsql is { } extra ? ";" + extra : "");
        BenchHost host;
        if (postgres is null)
        {
            host = await BenchHost.StartAsync(pluginsPath, null);
            output($"Host started; plugins {pluginsPath}: {string.Join(", ", host.Checks())}");
            rounds.AddRange(await SetUpAsync(host.Grains, run));
        }
        else
        {
            var capture = new CapturingStorage();
            await using (var setUp = await BenchHost.StartAsync(pluginsPath, null, capture))
            {
                output($"Set-up host (embedded) started; plugins {pluginsPath}: {string.Join(", ", setUp.Checks())}");
                rounds.AddRange(await SetUpAsync(setUp.Grains, run));
            }

            host = await BenchHost.StartAsync(pluginsPath, connectionString);
            output($"PostgreSQL host started on 127.0.0.1:{postgres.Port}; plugins: {string.Join(", ", host.Checks())}");
            var clock = Stopwatch.StartNew();
            var copied = await StateTransfer.CopyAsync(capture, host.Storage, options.Parallel);
            output($"  loaded {copied:N0} grain states into PostgreSQL in {clock.Elapsed.TotalSeconds:N1} s");
            var contract = capture.States.First(s => s.Key.GrainId.Type.ToString() == "contract" && s.Key.GrainId.Key.ToString()!.StartsWith($"{run}-r1-c", StringComparison.Ordinal));
            for (var i = 0; i < 2; i++)
            {
                var before = _cpu.Now();
                var (insertMs, updateMs) = await RawWrites.RunAsync(host.Storage, contract.Key.StateName, contract.Key.GrainId, contract.Value, options.Contracts);
                output($"  the provider alone, {options.Contracts:N0} contract states written at once: insert {insertMs:N0} ms, update {updateMs:N0} ms; CPU {Cpu(before)}");
            }
        }

        await using var _ = host;
        var results = new List<Result>();
        var ok = true;
        for (var r = 0; r < rounds.Count; r++)
        {
            var result = await FlagAsync(host, rounds[r], r == 0 ? "warm-up" : $"run {r}");
            ok &= result.Ok;
            if (r > 0)
            {
                results.Add(result);
            }
        }

        output(string.Empty);
        output(Summary("FlagAsync (every approval revoked)", results.Select(x => x.FlagMs)));
        output(Summary("until every notice was in its inbox", results.Select(x => x.NoticesMs)));
        output(ok ? "All checks passed." : "SOME CHECKS FAILED.");
        return ok;
    }

    private async Task<IReadOnlyList<Round>> SetUpAsync(IGrainFactory grains, string run)
    {
        var rounds = new List<Round>
        {
            await Round.SetUpAsync(grains, $"{run}-warm", Math.Min(WarmUpContracts, options.Contracts), Math.Min(options.Workers, WarmUpContracts), options.Parallel, output),
        };
        for (var r = 1; r <= options.Repeat; r++)
        {
            rounds.Add(await Round.SetUpAsync(grains, $"{run}-r{r}", options.Contracts, options.Workers, options.Parallel, output));
        }

        return rounds;
    }

    private async Task<Result> FlagAsync(BenchHost host, Round round, string label)
    {
        var grains = host.Grains;
        if (options.Cold)
        {
            await host.DeactivateAllAsync();
        }
        else
        {
            // Activate what the flag touches (on PostgreSQL this reads every state once), so only the flag is timed.
            await ForEachAsync(round.ContractIds, id => grains.GetGrain<IContractGrain>(id).GetAsync(round.ClientId));
            await ForEachAsync(round.WorkerIds.Append(round.ClientId), id => grains.GetGrain<IUserGrain>(id).GetAsync());
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var load = LoadAverage();
        var cpu = _cpu.Now();
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var revoked = -1;
        try
        {
            (revoked, _) = await grains.GetGrain<IUserGrain>(round.ClientId).FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-bench");
        }
        catch (Exception e)
        {
            problems.Add($"FlagAsync failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }

        var flagMs = clock.Elapsed.TotalMilliseconds;
        var flagCpu = Cpu(cpu);
        var window = $"{Monotonic(Stopwatch.GetTimestamp() - clock.ElapsedTicks)},{Monotonic(Stopwatch.GetTimestamp())}";

        var expected = round.ContractIds.Count / round.WorkerIds.Count;
        var deadline = TimeSpan.FromMinutes(2);
        IReadOnlyList<NotificationView>[] inboxes;
        do
        {
            inboxes = await Task.WhenAll(round.WorkerIds.Select(w => InboxAsync(grains, w)));
        }
        while (inboxes.Any(n => Notices(n).Count() < expected) && clock.Elapsed < deadline);

        var noticesMs = clock.Elapsed.TotalMilliseconds;
        if (revoked >= 0 && revoked != round.ContractIds.Count)
        {
            problems.Add($"FlagAsync reported {revoked:N0} revoked");
        }

        var notRevoked = 0;
        await ForEachAsync(round.ContractIds, async id =>
        {
            try
            {
                if ((await grains.GetGrain<IContractGrain>(id).GetAsync(round.ClientId)).Disclosure != "revoked")
                {
                    Interlocked.Increment(ref notRevoked);
                }
            }
            catch (Exception)
            {
                // A contract whose state write failed was deactivated; reading it again may fail the same way.
                Interlocked.Increment(ref notRevoked);
            }
        });
        if (notRevoked > 0)
        {
            problems.Add($"{notRevoked:N0} contracts not revoked");
        }

        for (var w = 0; w < round.WorkerIds.Count; w++)
        {
            var got = Notices(inboxes[w]).Select(n => n.RelatedId!).Order(StringComparer.Ordinal).ToArray();
            if (!got.SequenceEqual(round.ContractsOf(w).Order(StringComparer.Ordinal)))
            {
                problems.Add($"{round.WorkerIds[w]}: {got.Length} notices, {got.Distinct().Count()} distinct, expected {round.ContractsOf(w).Count()}");
            }
        }

        output($"  {label}: FlagAsync {flagMs,8:N1} ms (CPU {flagCpu}), {revoked:N0} revoked; all {NoticesCount(inboxes):N0} notices in {noticesMs,8:N1} ms; load average {load}; " +
            (problems.Count == 0 ? "checked: all revoked, each worker has exactly its notices" : "PROBLEMS: " + string.Join("; ", problems.Take(5))));
        if (options.Windows)
        {
            output($"    flag window (CLOCK_MONOTONIC s): {window}");
        }

        // The same flag again: every contract is already revoked (no state write) and hands its notice out again, which
        // each worker skips. What remains is the fan-out of calls itself.
        clock.Restart();
        await grains.GetGrain<IUserGrain>(round.ClientId).FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-bench");
        output($"    the same flag again (nothing left to revoke): {clock.Elapsed.TotalMilliseconds:N1} ms");
        return new Result(flagMs, noticesMs, problems.Count == 0);
    }

    private string Cpu((double HostMs, double DatabaseMs) before)
    {
        var (host, database) = _cpu.Now();
        return options.Postgres ? $"host {host - before.HostMs:N0} ms, PostgreSQL {database - before.DatabaseMs:N0} ms" : $"{host - before.HostMs:N0} ms";
    }

    // Stopwatch ticks are CLOCK_MONOTONIC nanoseconds on Linux.
    private static string Monotonic(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("F6", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<NotificationView>> InboxAsync(IGrainFactory grains, string userId)
    {
        try
        {
            return await grains.GetGrain<IUserGrain>(userId).GetNotificationsAsync();
        }
        catch (Exception)
        {
            // A worker whose state write failed was deactivated and may fail to load again for a moment.
            return [];
        }
    }

    private Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, async (item, _) => await action(item));

    private static IEnumerable<NotificationView> Notices(IReadOnlyList<NotificationView> inbox) => inbox.Where(n => n.Type == NoticeType);

    private static int NoticesCount(IEnumerable<IReadOnlyList<NotificationView>> inboxes) => inboxes.Sum(i => Notices(i).Count());

    private static string Summary(string what, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? $"{what}: no measured runs"
            : $"{what}: min {sorted[0]:N1} ms, median {Median(sorted):N1} ms, max {sorted[^1]:N1} ms over {sorted.Length} runs ({string.Join(", ", sorted.Select(v => v.ToString("N1")))})";
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";


    private sealed record Result(double FlagMs, double NoticesMs, bool Ok);
}
