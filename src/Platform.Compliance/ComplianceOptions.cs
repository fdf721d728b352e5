namespace Platform.Compliance;

/// <summary>Settings of the compliance engine and plugin catalog, bound from the <c>Compliance</c> configuration section.</summary>
public sealed class ComplianceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Compliance";

    /// <summary>Folder holding one sub-folder per plugin (<c>&lt;PluginsPath&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c>); relative paths are taken from the application's base directory.</summary>
    public string PluginsPath { get; set; } = "plugins";

    /// <summary><see cref="PluginsPath"/> as an absolute path (a relative one taken from the application's base directory).</summary>
    public string FullPluginsPath => Path.GetFullPath(PluginsPath, AppContext.BaseDirectory);

    /// <summary>Time limit per check evaluation in milliseconds, for checks whose <c>Info.Timeout</c> is null.</summary>
    public int DefaultTimeout { get; set; } = 200;

    /// <summary>
    /// Least time limit per check evaluation in milliseconds: a check's own shorter <c>Info.Timeout</c> is raised to it
    /// (0, the default, keeps every limit as declared). For hosts whose cores are shared, such as test runs, where a check
    /// starved of CPU would otherwise be cut off and its change held by fail-closed.
    /// </summary>
    public int MinimumTimeout { get; set; }

    /// <summary>
    /// The time limit a check runs under: its own <paramref name="declared"/> limit (null: <see cref="DefaultTimeout"/>),
    /// raised to <see cref="MinimumTimeout"/>. The engine cuts a run off at it; the catalog waits for it before deleting a
    /// retired version's files.
    /// </summary>
    public TimeSpan TimeLimit(TimeSpan? declared) => TimeSpan.FromTicks(Math.Max(
        (declared ?? TimeSpan.FromMilliseconds(Math.Max(1, DefaultTimeout))).Ticks, TimeSpan.FromMilliseconds(Math.Max(0, MinimumTimeout)).Ticks));

    /// <summary>How often the plugins folder is rescanned, in milliseconds.</summary>
    public int PollInterval { get; set; } = 2000;

    /// <summary>How long a plugin folder must stay unchanged before a change is loaded, in milliseconds (guards half-copied folders).</summary>
    public int SettleTime { get; set; } = 1000;

    /// <summary>Also react to file-system events (faster than polling; polling still catches what the watcher misses).</summary>
    public bool WatchFileSystem { get; set; } = true;

    /// <summary>Consecutive time-outs after which a check is quarantined (skipped) until it is reloaded.</summary>
    public int QuarantineAfterTimeouts { get; set; } = 5;

    /// <summary>
    /// Consecutive failed runs (the check threw) after which a check is quarantined (skipped) until it is reloaded: a
    /// check that fails on every change, such as one whose dependency cannot be loaded, decides nothing while it runs.
    /// </summary>
    public int QuarantineAfterFailures { get; set; } = 20;

    /// <summary>Evaluations of one check that may be running at once (hung ones included); further runs are skipped.</summary>
    public int MaxInFlightPerCheck { get; set; } = 64;

    /// <summary>
    /// How long an evaluation that arrives before the catalog's first load (the host still starting) waits for it, in
    /// milliseconds. After that it fails with a <see cref="TimeoutException"/> (the gateway answers 503 with Retry-After):
    /// a change is never let through unchecked because the plugins were not loaded yet.
    /// </summary>
    public int StartupWait { get; set; } = 30_000;

    /// <summary>
    /// Whether a replaced or removed plugin version is unloaded. False (the default): versions load into ordinary contexts
    /// and stay in memory until the process exits, so a hot deploy unloads nothing, the checks run about a fifth faster,
    /// and the process is not exposed to the runtime's crashes around collectible contexts (docs/plugins.md, "Collectible
    /// contexts and the runtime"); each replaced version costs its memory until a restart. True loads each version into a
    /// collectible context and unloads it once it is replaced or removed.
    /// </summary>
    public bool UnloadReplacedPlugins { get; set; }

    /// <summary>
    /// How long a newly loaded plugin version may spend warming up, in milliseconds: before it takes traffic, each of its
    /// checks runs over a few built-in texts so that its code is compiled (a first run otherwise takes hundreds of
    /// milliseconds, runs past its limit and counts toward quarantine). A version still warming at the limit takes
    /// traffic anyway. 0 turns the warm-up off.
    /// </summary>
    public int WarmUpLimit { get; set; } = 10_000;

    /// <summary>Largest plugin package (uncompressed) accepted by deploy, in bytes.</summary>
    public long MaxPackageBytes { get; set; } = 100L * 1024 * 1024;
}
