using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests;

/// <summary>
/// README's "One whole deal with curl", run as a reader runs it (bash and curl against a running host): it takes the deal
/// to paid on whatever day it is run. It sent a job deadline of 2027-01-31 and a delivery date of 2027-02-10, so from
/// 1 February 2027 its proposal would be refused (409 job.deadline_passed) and no contract made.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class ReadmeWalkthroughTests(HostFixture host)
{
    [Fact]
    public async Task OneWholeDealWithCurl_RunAsWritten_EndsPaid_WithNoFixedDateTheCalendarOvertakes()
    {
        var script = Walkthrough();
        Assert.DoesNotMatch(FixedDate(), script);

        // Its own users on the shared host, its key, this host's address; the commands as written.
        var (client, worker) = ($"yamada-{Guid.NewGuid():N}"[..20], $"sato-{Guid.NewGuid():N}"[..20]);
        var run = script
            .Replace("B=http://127.0.0.1:5080", $"B={host.BaseAddress.ToString().TrimEnd('/')}", StringComparison.Ordinal)
            .Replace("dev-api-key", HostFixture.ApiKey, StringComparison.Ordinal)
            .Replace("yamada", client, StringComparison.Ordinal)
            .Replace("sato", worker, StringComparison.Ordinal);
        var contractId = (await BashAsync(run + "\nprintf '\\n%s\\n' \"$C\"\n")).TrimEnd().Split('\n')[^1];

        Assert.StartsWith("c-", contractId);
        var history = await host.Client(worker).GetJsonAsync($"/api/contracts/{contractId}/history");
        Assert.Equal(
            ["contracted", "escrow_funded", "message_sent", "delivered", "accepted", "paid"],
            history.EnumerateArray().Select(e => e.Str("type")));
    }

    // The first bash block after the heading.
    private static string Walkthrough()
    {
        var readme = File.ReadAllText(Path.Combine(TestHosts.RepoRoot(), "README.md"));
        var section = readme[readme.IndexOf("## One whole deal with curl", StringComparison.Ordinal)..];
        var start = section.IndexOf("```bash\n", StringComparison.Ordinal) + "```bash\n".Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static async Task<string> BashAsync(string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"readme-walkthrough-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(file, script);
        try
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", [file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = bash.StandardOutput.ReadToEndAsync();
            var error = bash.StandardError.ReadToEndAsync();
            await bash.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(bash.ExitCode == 0, $"bash exited {bash.ExitCode}: {await error}");
            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\b20\d\d-\d\d-\d\d\b")]
    private static partial Regex FixedDate();
}
