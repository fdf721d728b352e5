using Platform.LoadTest.Cli;

namespace Platform.Gateway.Tests;

/// <summary>
/// The load tool's bounded runs against a real host with every built-in check, as CI's smoke test of it: a few seconds,
/// no threshold on absolute speed. Users, jobs, proposals, contracts and messages are made over HTTP, the report is
/// written, and a threshold the run breaks makes the tool exit 1, as a release gate reads it.
/// </summary>
public sealed class LoadToolSmokeTests : IAsyncLifetime
{
    private readonly HostFixture _host = new()
    {
        Plugins = ["plugins/Platform.Checks.Contact", "plugins/Platform.Checks.Content", "plugins/Platform.Checks.JobAdvice", "plugins/Platform.Checks.Scorer"],
    };

    private readonly DirectoryInfo _reports = Directory.CreateTempSubdirectory("load-smoke-");

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _reports.Delete(recursive: true);
    }

    [Fact]
    public async Task SteadyRuns_OfAFewSeconds_ChangeStateWithoutErrors_ReportTheComplianceMix_DrawTheChart_AndABrokenThresholdExitsOne()
    {
        var code = await CommandLineDefinition.InvokeAsync(
            ["steady", "--rate", "60", "--duration", "3s", "--violations", "0.3", "--report-dir", _reports.FullName, "--max-error-rate", "0", .. Common()]);

        Assert.Equal(0, code);
        var summary = await File.ReadAllTextAsync(Path.Combine(_reports.FullName, "summary.md"));
        var result = Row(summary, "| state changes/s");
        Assert.True(long.Parse(result[6], System.Globalization.NumberStyles.AllowThousands) >= 120, summary);
        Assert.Equal("0", result[7]);
        Assert.Contains("compliance plugins: ", summary);
        Assert.Contains("contact-details", summary);

        // Violating texts came back decided: the findings line names at least the off-platform category.
        var findings = summary.Split('\n').Single(l => l.StartsWith("Findings per category: ", StringComparison.Ordinal));
        Assert.Contains("off_platform_contact", findings);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await File.ReadAllBytesAsync(Path.Combine(_reports.FullName, "chart.png")))[..4]);
        Assert.True(File.Exists(Path.Combine(_reports.FullName, "timeseries.csv")));

        // The same run with a threshold it breaks: exit 1 (not 2, which is a run that could not be made), naming it.
        var gated = await CommandLineDefinition.InvokeAsync(
            ["steady", "--rate", "30", "--duration", "2s", "--max-p99-ms", "0.001", "--report-dir", _reports.FullName, .. Common()]);

        Assert.Equal(RunExecutor.ThresholdsBroken, gated);
        Assert.Contains("**Thresholds broken:** p99", await File.ReadAllTextAsync(Path.Combine(_reports.FullName, "summary.md")));
    }

    private string[] Common() =>
        ["--target", _host.BaseAddress.ToString(), "--api-key", HostFixture.ApiKey, "--staff-key", HostFixture.StaffKey, "--warmup", "1s", "--plain", "--seed", "7"];

    // The cells of the table row under the header that starts with headerStart.
    private static string[] Row(string markdown, string headerStart)
    {
        var lines = markdown.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith(headerStart, StringComparison.Ordinal));
        Assert.True(header >= 0, markdown);
        return [.. lines[header + 2].Trim().Trim('|').Split('|').Select(c => c.Trim())];
    }
}
