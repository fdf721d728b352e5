using Platform.Host;

namespace Platform.Gateway.Tests;

/// <summary>
/// What the operator sees when the host will not start with its settings (<see cref="PlatformApp.Run"/>, the whole of
/// <c>Program</c>): one line on standard error naming the setting, its value and what it must be, exit code 2, nothing
/// started. Before, a plugins folder that did not exist was created and the host ran with no check at all, a negative time
/// limit became 1 ms, and every refusal was an unhandled exception (exit 134) with a stack trace.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly DirectoryInfo _plugins = Directory.CreateTempSubdirectory("platform-startup-tests-");

    public void Dispose() => _plugins.Delete(recursive: true);

    [Fact]
    public async Task Run_PluginsFolderDoesNotExist_RefusesNamingTheSettingAndThePath()
    {
        var missing = Path.Combine(_plugins.FullName, "plugns");

        var (code, error) = await RunAsync("--Compliance:PluginsPath", missing);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains($"Compliance:PluginsPath: there is no folder {missing}", error);
        Assert.False(Directory.Exists(missing)); // not created: a typo must not give a host that checks nothing
    }

    [Fact]
    public async Task Build_PluginsFolderExistsButEmpty_Builds()
    {
        // The load tests' baseline runs the host with an empty plugins folder: no check, a warning (event 1012), no refusal.
        await using var app = PlatformApp.Build(Args());

        Assert.Equal(_plugins.FullName, app.Configuration["Compliance:PluginsPath"]);
    }

    [Theory]
    [InlineData("Compliance:DefaultTimeout", "-5")]
    [InlineData("Compliance:DefaultTimeout", "0")]
    [InlineData("Compliance:MinimumTimeout", "-1")]
    [InlineData("Compliance:PollInterval", "0")]
    [InlineData("Compliance:SettleTime", "-1000")]
    [InlineData("Compliance:QuarantineAfterTimeouts", "0")]
    [InlineData("Compliance:QuarantineAfterFailures", "-1")]
    [InlineData("Compliance:MaxInFlightPerCheck", "0")]
    [InlineData("Compliance:StartupWait", "-30000")]
    [InlineData("Compliance:WarmUpLimit", "-1")]
    [InlineData("Compliance:MaxPackageBytes", "0")]
    [InlineData("Gateway:MaxRequestBodyBytes", "-1")]
    [InlineData("Workflows:NudgeIntervals:0", "-1.00:00:00")]
    [InlineData("Workflows:MassSendWindow", "00:00:00")]
    [InlineData("Workflows:MassSendSimilarity", "1.5")]
    [InlineData("Workflows:WarningsForRestriction", "-3")]
    [InlineData("Notifications:WebhookAttempts", "0")]
    [InlineData("Notifications:WebhookRetryDelay", "-00:00:01")]
    public async Task Run_LimitNotPositive_RefusesNamingTheKeyAndTheValue(string key, string value)
    {
        var (code, error) = await RunAsync($"--{key}", value);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains($"{key} must be", error);
        Assert.Contains($"not {value}", error);
    }

    [Theory]
    [InlineData("Orleans:ClusterId", "")]
    [InlineData("Orleans:ClusterId", "  ")]
    [InlineData("Orleans:ServiceId", "")]
    [InlineData("Orleans:ServiceId", " platform")]
    public async Task Run_ClusterOrServiceIdBlank_RefusesNamingTheKey(string key, string value)
    {
        // An unset variable (--Orleans:ClusterId=$CLUSTER) started a silo under an empty cluster name.
        var (code, error) = await RunAsync($"--{key}", value);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains($"{key} must be a name without spaces around it, not '{value}'", error);
    }

    [Theory]
    [InlineData("2.00:00:00")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task Run_NudgeIntervalsGivenAsOneValue_RefusesSayingItIsAList_NotRunningWithTheDefaults(string value)
    {
        var (code, error) = await RunAsync("--Workflows:NudgeIntervals", value);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains("Workflows:NudgeIntervals is a list", error);
        Assert.Contains("Workflows:NudgeIntervals:0", error);
        Assert.Contains($"not the one value {value}", error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:99999", "Urls: the port of 'http://127.0.0.1:99999' must be from 0 to 65535, not 99999")]
    [InlineData("127.0.0.1:5080", "Urls: '127.0.0.1:5080' is not an address to listen on")]
    public async Task Run_UrlsWrong_RefusesNamingUrls(string urls, string expected)
    {
        var (code, error) = await RunAsync("--urls", urls);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains(expected, error);
    }

    /// <summary>
    /// An address the host cannot listen on (here a port another process holds) is found only once the silo is up: the start
    /// fails (exit 1), and the one line names the setting beside Kestrel's words, which named neither (before: "error: Failed to
    /// bind to address http://127.0.0.1:…: address already in use").
    /// </summary>
    [Fact]
    public async Task Run_UrlsPortInUse_FailsNamingUrlsAndTheAddress()
    {
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)holder.LocalEndpoint).Port}";

        var (code, error) = await RunAsync("--urls", url);

        Assert.Equal(PlatformApp.Failed, code);
        Assert.Contains($"Urls (--urls, ASPNETCORE_URLS): Failed to bind to address {url}", error);
        Assert.Contains("The host did not start.", error);
    }

    /// <summary>
    /// The same start as the host's own process, its log read: the silo that was up is stopped before the services are
    /// disposed. Before, <c>app.Run()</c> disposed them with the silo running: a cancelled background service ("BackgroundService
    /// failed", a crit "the IHost instance is stopping"), then the silo's parts on a disposed service provider, some 130 lines
    /// of stack traces after Kestrel's own error for one port in use.
    /// </summary>
    [Fact]
    public async Task HostProcess_UrlsPortInUse_LogsTheBindFailureOnce_AndStopsTheSiloCleanly()
    {
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)holder.LocalEndpoint).Port}";
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Platform.Host.dll"), .. RunArgs("--urls", url)])
        {
            start.ArgumentList.Add(arg);
        }

        using var host = System.Diagnostics.Process.Start(start)!;
        var log = host.StandardOutput.ReadToEndAsync();
        var error = host.StandardError.ReadToEndAsync();
        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(PlatformApp.Failed, host.ExitCode);
        Assert.Contains($"error: Urls (--urls, ASPNETCORE_URLS): Failed to bind to address {url}", await error);
        var logged = await log;
        Assert.Contains("Hosting failed to start", logged);
        Assert.DoesNotContain("BackgroundService failed", logged);
        Assert.DoesNotContain("crit:", logged);
        Assert.DoesNotContain("ObjectDisposedException", logged);
        Assert.DoesNotContain("non-graceful", logged);
    }

    [Fact]
    public async Task Run_WebhookUrlNotHttp_RefusesNamingIt()
    {
        var (code, error) = await RunAsync("--Notifications:WebhookUrl", "hooks.example.jp/alerts");

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains("Notifications:WebhookUrl: 'hooks.example.jp/alerts' is not an http or https URL", error);
    }

    [Fact]
    public async Task Run_ConnectionStringMalformed_RefusesNamingTheSettingItCameFrom()
    {
        var (code, error) = await RunAsync("--ConnectionStrings:Platform", "this is not a connection string");

        string fromVariable;
        var before = Environment.GetEnvironmentVariable(SiloSetup.ConnectionStringVariable);
        Environment.SetEnvironmentVariable(SiloSetup.ConnectionStringVariable, "Host=127.0.0.1;Port=none");
        try
        {
            (_, fromVariable) = await RunAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(SiloSetup.ConnectionStringVariable, before);
        }

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains("ConnectionStrings:Platform is not a PostgreSQL connection string", error);
        Assert.Contains("PLATFORM_POSTGRES is not a PostgreSQL connection string", fromVariable);
    }

    [Fact]
    public async Task Run_ProductionWithoutKeys_RefusesNamingTheKeys()
    {
        var (code, error) = await RunWithAsync([.. Args().Where(a => !a.StartsWith("--Gateway:", StringComparison.Ordinal) && a is not HostFixture.ApiKey and not HostFixture.StaffKey)]);

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains("Gateway:ApiKeys and Gateway:StaffKeys must each hold at least one key", error);
    }

    [Theory]
    [InlineData("Gateway:ApiKeys:0", "")]
    [InlineData("Gateway:StaffKeys:0", "   ")]
    [InlineData("Gateway:ApiKeys:1", " spaced-key ")]
    [InlineData("Gateway:StaffKeys:1", "運営キー")]
    public async Task Run_AKeyNoRequestCanSend_RefusesNamingIt_WithoutShowingIt(string key, string value)
    {
        // An empty variable (Gateway__ApiKeys__0=$KEY with KEY unset) started a host that answered every request 401.
        var (code, error) = await RunAsync($"--{key}={value}");

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains($"{key} must be a key a request can send in X-", error);
        if (value.Trim().Length > 0)
        {
            Assert.DoesNotContain(value.Trim(), error);
        }
    }

    [Fact]
    public async Task Run_TwoSettingsWrong_OneLineNamingBoth()
    {
        var (code, error) = await RunAsync("--Compliance:DefaultTimeout", "-5", "--Gateway:MaxRequestBodyBytes", "0");

        Assert.Equal(PlatformApp.InvalidSettings, code);
        Assert.Contains("Compliance:DefaultTimeout must be above 0 (ms), not -5", error);
        Assert.Contains("Gateway:MaxRequestBodyBytes must be above 0 (bytes), not 0", error);
    }

    /// <summary><see cref="RunWithAsync"/> with a host's usual test settings and <paramref name="overrides"/>.</summary>
    private Task<(int Code, string Error)> RunAsync(params string[] overrides) => RunWithAsync(RunArgs(overrides));

    private string[] RunArgs(params string[] overrides) => [.. Args(), .. overrides];

    /// <summary>
    /// <see cref="PlatformApp.Run"/> with <paramref name="args"/>; a host that does start instead of refusing fails the
    /// test at the time-out (it would run until stopped).
    /// </summary>
    private static async Task<(int Code, string Error)> RunWithAsync(string[] args)
    {
        var error = new StringWriter();
        var code = await Task.Run(() => PlatformApp.Run(args, error)).WaitAsync(TimeSpan.FromSeconds(60));
        var text = error.ToString();

        // One line, ours: no unhandled exception, no stack trace.
        Assert.StartsWith("error: ", text);
        Assert.Single(text.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Unhandled", text, StringComparison.Ordinal);
        return (code, text);
    }

    private string[] Args() => TestHosts.ProductionArgs(_plugins.FullName);
}
