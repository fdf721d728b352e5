using System.Text.Json;
using Platform.LoadTest.Cli;
using Platform.LoadTest.Running;

namespace Platform.LoadTest.Tests;

/// <summary>What the report says about the run's command and the checks' counters.</summary>
public class ReportLinesTests
{
    private const string Loaded = "2026-12-06T10:00:00+00:00";

    [Fact]
    public void PluginRows_CheckRedeployedDuringTheRunWithMoreEvaluationsThanBefore_MarkedAndCountedSinceTheReload()
    {
        // Before the run the old version had evaluated 1,000 texts; it was replaced during the run and the new version
        // evaluated 4,000 since: the row must not read as 3,000 evaluations of one unchanged check.
        var before = Parse($$"""[{"name":"content","version":"1.0.0","mode":"Enforce","loadedAt":"{{Loaded}}","evaluations":1000,"totalMs":10,"timeouts":0,"failures":0}]""");
        var after = Parse("""[{"name":"content","version":"1.0.1","mode":"Enforce","loadedAt":"2026-12-06T10:05:00+00:00","evaluations":4000,"totalMs":40,"timeouts":0,"failures":0}]""");

        var row = Assert.Single(PluginStats.Rows(before, after, 4000));

        Assert.Contains("1.0.0 replaced by 1.0.1 during the run, counted since", row);
        Assert.Contains("| 4,000 | 40 |", row);
    }

    [Fact]
    public void PluginRows_SameVersionRedeployed_MarkedAsReloaded()
    {
        var before = Parse($$"""[{"name":"contact-details","version":"2.0.0","mode":"Enforce","loadedAt":"{{Loaded}}","evaluations":500,"totalMs":5,"timeouts":0,"failures":0}]""");
        var after = Parse("""[{"name":"contact-details","version":"2.0.0","mode":"Enforce","loadedAt":"2026-12-06T10:01:00+00:00","evaluations":900,"totalMs":9,"timeouts":1,"failures":0}]""");

        var row = Assert.Single(PluginStats.Rows(before, after, 900));

        Assert.Contains("reloaded during the run, counted since", row);
        Assert.Contains("| 900 | 9 |", row);
    }

    [Fact]
    public void PluginRows_UnchangedCheck_CountsTheDifferenceWithNoNote()
    {
        var before = Parse($$"""[{"name":"content","version":"1.0.0","mode":"Shadow","loadedAt":"{{Loaded}}","evaluations":1000,"totalMs":10,"timeouts":0,"failures":0}]""");
        var after = Parse($$"""[{"name":"content","version":"1.0.0","mode":"Shadow","loadedAt":"{{Loaded}}","evaluations":3000,"totalMs":30,"timeouts":2,"failures":1}]""");

        var row = Assert.Single(PluginStats.Rows(before, after, 2000));

        Assert.Equal("| content (Shadow) | 2,000 | 20 | 0.01 | 0.01 | 2 | 1 |", row);
    }

    [Fact]
    public void PluginRows_CheckDeployedOrRemovedDuringTheRun_EachMarked()
    {
        var before = Parse($$"""[{"name":"old-check","version":"1.0.0","mode":"Enforce","loadedAt":"{{Loaded}}","evaluations":10,"totalMs":1,"timeouts":0,"failures":0}]""");
        var after = Parse($$"""[{"name":"new-check","version":"1.0.0","mode":"Enforce","loadedAt":"{{Loaded}}","evaluations":70,"totalMs":7,"timeouts":0,"failures":0}]""");

        var rows = PluginStats.Rows(before, after, 70).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Contains("new-check (Enforce) — deployed during the run | 70 |", rows[0]);
        Assert.Contains("old-check (Enforce) — removed during the run, not counted | 0 |", rows[1]);
    }

    [Fact]
    public void Invocation_RunByTheDotnetHost_NamesTheAssemblyRelativeToTheDirectoryAndQuotesArguments()
    {
        var line = CommandLineDefinition.Invocation(
            "/usr/share/dotnet/dotnet",
            "/work/repo/tools/Platform.LoadTest/bin/Release/net10.0/Platform.LoadTest.dll",
            ["steady", "--rate", "500", "--label", "after the fix", "--target", "http://127.0.0.1:5080", "--label2", "it's"],
            "/work/repo");

        Assert.Equal(
            "dotnet tools/Platform.LoadTest/bin/Release/net10.0/Platform.LoadTest.dll steady --rate 500 --label 'after the fix' " +
            "--target http://127.0.0.1:5080 --label2 'it'\\''s'",
            line);
    }

    [Fact]
    public void Invocation_RunAsItsOwnExecutableFromElsewhere_KeepsTheAbsolutePath()
    {
        var line = CommandLineDefinition.Invocation("/opt/loadtest/Platform.LoadTest", "/opt/loadtest/Platform.LoadTest.dll", ["spike", "--base", "300"], "/home/ops");

        Assert.Equal("/opt/loadtest/Platform.LoadTest spike --base 300", line);
    }

    private static IReadOnlyList<PluginStats> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return PluginStats.Parse(doc.RootElement);
    }
}
