using Platform.LoadTest.Measurement;
using Platform.LoadTest.Reporting;
using Platform.LoadTest.Running;

namespace Platform.LoadTest.Cli;

/// <summary>Runs one configured load test, prints and writes its report, and turns the outcome into an exit code.</summary>
internal static class RunExecutor
{
    public const int Passed = 0;
    public const int ThresholdsBroken = 1;
    public const int Failed = 2;

    public static async Task<int> ExecuteAsync(LoadOptions options, CancellationToken ct)
    {
        RunResult result;
        try
        {
            result = await new LoadRunner(options, Log).RunAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"load test failed: {ex.Message}");
            return Failed;
        }

        var markdown = MarkdownReport.Render(result);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.ReportDir is { } dir)
        {
            dir.Create();
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "summary.md"), markdown, CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "timeseries.csv"), TimeSeriesCsv.Render(result.Samples), CancellationToken.None);
            try
            {
                ChartRenderer.Save(Path.Combine(dir.FullName, "chart.png"), $"{options.Label ?? options.Schedule.Profile}: throughput and p99",
                    result.Samples, options.Schedule.Warmup, options.Schedule.Spike);
            }
            catch (Exception ex) when (ex is TypeInitializationException or DllNotFoundException or IOException)
            {
                await Console.Error.WriteLineAsync($"chart not written: {ex.Message}");
            }

            if (result.SlowLog is { } slow)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, "slowest.csv"), SlowestCsv.Render(slow.Slowest, slow.ToolPauses, slow.StartTimestamp, slow.StartUtc), CancellationToken.None);
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, "tool-pauses.csv"), SlowestCsv.RenderPauses(slow.ToolPauses, slow.StartTimestamp, slow.StartUtc), CancellationToken.None);
            }

            Log($"report written to {dir.FullName} (summary.md, timeseries.csv, chart.png{(result.SlowLog is null ? "" : ", slowest.csv, tool-pauses.csv")})");
        }
        else if (result.SlowLog is { } slow)
        {
            // No report directory: the slow log goes to the console after the summary.
            Console.WriteLine(SlowestCsv.Render(slow.Slowest, slow.ToolPauses, slow.StartTimestamp, slow.StartUtc));
        }

        if (result.Broken.Count > 0)
        {
            await Console.Error.WriteLineAsync($"THRESHOLDS BROKEN: {string.Join("; ", result.Broken)}");
            return ThresholdsBroken;
        }

        return result.Metrics.Completed == 0 ? Failed : Passed;
    }

    /// <summary>Self test: the generator against an in-process null server; passes when it keeps up with the rate.</summary>
    public static async Task<int> SelfTestAsync(Func<Uri, LoadOptions> configure, CancellationToken ct)
    {
        await using var server = await SelfTest.NullServer.StartAsync();
        var options = configure(server.BaseUri);
        Log($"self test: null server on {server.BaseUri}; the figures below are the generator's own ceiling (client and server share this machine)");
        var result = await new LoadRunner(options, Log).RunAsync(ct);
        Console.WriteLine(MarkdownReport.Render(result));
        var schedule = options.Schedule;
        var measuredScheduled = schedule.TotalRequests - (long)Math.Min(schedule.TotalRequests, Math.Ceiling(schedule.CumulativeAt(schedule.Warmup)));
        var target = measuredScheduled / Math.Max(1e-9, result.MeasuredSeconds);
        var ok = result.Metrics.Count(Outcome.Error) == 0 && result.Metrics.Count(Outcome.Ok) >= 0.95 * measuredScheduled;
        Log($"self test: measured phase scheduled {target:N0}/s, completed {result.StateChangesPerSecond:N0} state changes/s, " +
            $"dispatch lag p99 {result.Metrics.DispatchLag.P99:0.00} ms, latency p99 {result.Metrics.Latency.P99:0.00} ms → {(ok ? "PASS" : "FAIL")}");
        return ok ? Passed : ThresholdsBroken;
    }

    private static void Log(string line) => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {line}");
}
