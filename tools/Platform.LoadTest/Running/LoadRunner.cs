using System.Diagnostics;
using System.Text.Json;
using Platform.LoadTest.Http;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Running;

/// <summary>A whole run: readiness, setup, warm-up and measured phase, drain, figures.</summary>
internal sealed class LoadRunner(LoadOptions options, Action<string> log)
{
    public async Task<RunResult> RunAsync(CancellationToken ct)
    {
        using var http = ClientFactory.Create(options.Connections, options.Timeout, options.ApiKey);
        await WaitReadyAsync(http, ct);
        var (plugins, pluginsBefore) = await PluginsAsync(http, ct);
        log($"target {options.Target} ready; compliance plugins: {plugins}");

        var schedule = options.Schedule;
        var size = SetupSize.For(schedule.TotalRequests, options.Mix, options.Violations, options.SetupScale);
        var tag = $"lt{DateTime.UtcNow:HHmmss}{Random.Shared.Next(100, 999)}";
        log($"setup: about {size.Requests:N0} requests (tag {tag}); payloads…");
        var payloads = PayloadPool.Create(options.Seed);
        var setupClock = Stopwatch.StartNew();
        var setup = new SetupRunner(http, options.Target, options.SetupParallelism, log);
        var world = await setup.RunAsync(size, tag, ct);
        setupClock.Stop();
        var failures = setup.Failures.Values.Sum();
        log($"setup: {setup.Requests:N0} requests in {setupClock.Elapsed.TotalSeconds:0.0} s ({setup.Requests / setupClock.Elapsed.TotalSeconds:N0}/s), {failures} failed");
        if (world.Contracts.Count == 0 || world.Threads.Count == 0 || world.EditJobs.Count == 0 || world.Clients.Count == 0)
        {
            throw new InvalidOperationException($"Setup failed: {string.Join("; ", setup.Failures.Select(f => $"{f.Key} ×{f.Value}"))}");
        }

        var metrics = new LoadMetrics(options.SlowLog);
        var planner = new OperationPlanner(world, payloads, options.Mix, options.Violations, options.Seed);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var raw = options.Client == ClientKind.Raw && options.Target.Scheme == Uri.UriSchemeHttp
            ? new RawHttpClient(options.Target, [("X-Api-Key", options.ApiKey), ("Accept", "application/json")], options.Connections, options.Timeout, abort.Token)
            : null;
        using var rawLifetime = raw;
        IRequestSender sender = raw is null ? new RequestSender(http, metrics, abort.Token) : new RawRequestSender(raw, metrics);
        log($"client: {(raw is null ? "HttpClient (SocketsHttpHandler)" : "raw HTTP/1.1 on keep-alive sockets")}, at most {options.Connections} connections");

        // The setup's garbage (its answers, the traffic's pools) is collected now, not by a collection of the tool's
        // that falls in the run: a pause of the tool delays sends and the reading of answers, and counts as the
        // system's latency. The run itself allocates next to nothing (docs/benchmarks.md, session thirty-five).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var pauses = options.SlowLog > 0 ? new PauseLog() : null;
        var driver = new OpenLoopDriver(schedule, planner, sender, metrics, options.MaxInFlight, options.PreciseDispatch, pauses);
        log($"run: {schedule.Profile}, {schedule.TotalRequests:N0} requests over {schedule.LastDue:0.#} s (warm-up {schedule.Warmup:0.#} s)");

        var samples = new List<SecondSample>();
        var view = new LiveView(options.Plain, schedule);
        var cpu = new CpuMeter(options.ServerPid);
        driver.Start(ct);
        await view.RunAsync(async update =>
        {
            var next = 1.0;
            var drainUntil = double.MaxValue;
            while (true)
            {
                var delay = next - driver.Elapsed;
                if (delay > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(delay), CancellationToken.None);
                }

                var sample = metrics.TakeSample(next, schedule.IsMeasured(next - 1), schedule.CumulativeAt(next) - schedule.CumulativeAt(next - 1));
                samples.Add(sample);
                update(sample, driver.Issued);
                next += 1;
                if (driver.Finished && drainUntil == double.MaxValue)
                {
                    drainUntil = driver.Elapsed + options.Timeout.TotalSeconds + 1;
                }

                if ((driver.Finished && metrics.InFlight == 0) || driver.Elapsed > drainUntil || ct.IsCancellationRequested)
                {
                    break;
                }
            }
        });

        var unfinished = metrics.InFlight;
        var cpuUse = cpu.Describe(driver.Issued);
        if (raw is not null)
        {
            log($"client: {raw.ConnectionsOpened:N0} connections opened");
        }

        log($"cpu: {cpuUse}");
        await abort.CancelAsync();
        await Task.Delay(200, CancellationToken.None);
        var snapshot = metrics.Snapshot();
        var (_, pluginsAfter) = await PluginsAsync(http, CancellationToken.None);
        var pluginRows = PluginStats.Rows(pluginsBefore, pluginsAfter, driver.Issued).ToArray();
        var measuredSeconds = Math.Max(0, schedule.LastDue - schedule.Warmup);
        var broken = options.Thresholds.Evaluate(snapshot.Latency, snapshot.Count(Outcome.Error), snapshot.Completed);
        var setupDescription =
            $"{world.Clients.Count} clients + {world.ViolatorClients.Count} violator clients, {world.Workers.Count} workers + {world.ViolatorWorkers.Count} violator workers, " +
            $"{world.ProposalJobs.Count} jobs open for proposals, {world.EditJobs.Count} jobs edited, {world.Threads.Count} + {world.ViolatorThreads.Count} proposal threads, " +
            $"{world.Contracts.Count} + {world.ViolatorContracts.Count} funded contracts, {world.Deals.Count} deals";
        return new RunResult(options, plugins, setupDescription, setupClock.Elapsed, setup.Failures, samples, snapshot,
            measuredSeconds, schedule.TotalRequests, planner.Fallbacks, unfinished, cpuUse, pluginRows, broken)
        {
            SlowLog = pauses is null ? null : new SlowLogResult(metrics.Slowest, pauses.Pauses(), driver.StartTimestamp, driver.StartUtc),
        };
    }

    private async Task WaitReadyAsync(HttpClient http, CancellationToken ct)
    {
        var ready = new Uri(options.Target, "health/ready");
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(ready, ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
            }

            if (DateTime.UtcNow >= until)
            {
                throw new InvalidOperationException($"{ready} did not answer 200 within 30 s: is the host running?");
            }

            await Task.Delay(500, ct);
        }
    }

    /// <summary>The loaded check plugins and their modes, from the staff API (so a report says which configuration it measured).</summary>
    private async Task<(string Text, IReadOnlyList<PluginStats> Stats)> PluginsAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Target, "api/staff/plugins"));
            request.Headers.TryAddWithoutValidation("X-Staff-Key", options.StaffKey);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return ($"unknown (staff API answered {(int)response.StatusCode})", []);
            }

            using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct));
            var stats = PluginStats.Parse(doc.RootElement);
            return (stats.Count == 0 ? "none (baseline)" : string.Join(", ", stats.Select(p => $"{p.Name} ({p.Mode})")), stats);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return ($"unknown ({ex.GetType().Name})", []);
        }
    }
}
