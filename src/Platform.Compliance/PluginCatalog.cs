using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// Loads the plugins under <see cref="ComplianceOptions.PluginsPath"/>, each into its own unloadable context,
/// and keeps them current by polling a manifest of each folder. Every change builds a new immutable registry
/// that is swapped in atomically; runs in flight keep the registry they started with.
/// </summary>
public sealed partial class PluginCatalog : IPluginCatalog, IAsyncDisposable
{
    private readonly ComplianceOptions _options;
    private readonly ILogger<PluginCatalog> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ModeStore _modes;
    private readonly AppliedActions _applied;
    private readonly SemaphoreSlim _scanLock = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, (PluginManifest? Manifest, long SeenAt)> _pending = new(StringComparer.Ordinal);
    // Folders that could not be loaded, with the manifest they had; Clash is the check name another plugin held when that
    // was the reason (retried once no other plugin holds it), null for any other reason (retried when the folder changes).
    private readonly Dictionary<string, (PluginManifest Manifest, PluginRejection Rejection, string? Clash)> _rejected = new(StringComparer.Ordinal);
    private PluginRegistry _registry = PluginRegistry.Empty;
    private CancellationTokenSource? _stopping;
    private Task? _pollLoop;
    private FileSystemWatcher? _watcher;
    private int _started;

    public PluginCatalog(IOptions<ComplianceOptions> options, ILogger<PluginCatalog> logger, TimeProvider timeProvider)
    {
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
        PluginsPath = _options.FullPluginsPath;
        _modes = new ModeStore(PluginsPath);
        _applied = new AppliedActions(PluginsPath);
    }

    /// <summary>The absolute plugins folder.</summary>
    public string PluginsPath { get; }

    /// <inheritdoc />
    public Task Ready => _ready.Task;

    internal PluginRegistry Registry => Volatile.Read(ref _registry);

    /// <summary>Does the first load and starts watching the folder. Call once, after the host has started.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => StartAsync([], cancellationToken);

    /// <summary>
    /// Does the first load, then the start-up <paramref name="steps"/> (the cluster's stored plugin actions), before
    /// <see cref="Ready"/>; then starts watching the folder. Call once, after the host has started.
    /// </summary>
    public async Task StartAsync(IEnumerable<IPluginCatalogStartup> steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            await Ready.ConfigureAwait(false);
            return;
        }

        try
        {
            await LoadFirstAsync(cancellationToken).ConfigureAwait(false);
            foreach (var step in steps)
            {
                await step.RunAsync(cancellationToken).ConfigureAwait(false);
            }

            if (Registry.Checks.Length == 0)
            {
                // A wrong PluginsPath or an empty deploy would otherwise run the platform with no check at all, unnoticed.
                Log.NoChecksLoaded(_logger, PluginsPath);
            }
        }
        finally
        {
            _ready.TrySetResult();
        }

        var stopping = new CancellationTokenSource();
        _stopping = stopping;
        StartWatcher();
        _pollLoop = Task.Run(() => PollLoopAsync(stopping.Token), CancellationToken.None);
    }

    private async Task LoadFirstAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(PluginsPath);
            CleanWorkFolders();
            if (_options.UnloadReplacedPlugins)
            {
                Log.PluginsUnloaded(_logger);
            }

            try
            {
                _modes.Load();
            }
            catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                Log.ModesUnreadable(_logger, _modes.FilePath, ex);
            }

            await ScanAsync(ScanKind.Initial, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ScanFailed(_logger, PluginsPath, ex);
        }
    }

    /// <summary>Stops polling and watching; loaded plugins stay loaded until disposal.</summary>
    public async Task StopAsync()
    {
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        if (Interlocked.Exchange(ref _stopping, null) is { } stopping)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            if (_pollLoop is { } loop)
            {
                await loop.ConfigureAwait(false);
            }

            stopping.Dispose();
        }
    }

    /// <summary>
    /// Stops and unloads every plugin, each once its runs in flight have returned. The wait is at most a second, or twice
    /// the longest time limit of the checks still running if that is longer; a run still going after that keeps its
    /// plugin loaded (the process is ending, or the plugin hangs).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _scanLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var old = Registry;
            var longest = old.Checks.Concat(_retired.SelectMany(r => r.Checks))
                .Where(c => c.InFlight.Count > 0)
                .Select(c => _options.TimeLimit(c.Timeout))
                .DefaultIfEmpty(TimeSpan.Zero)
                .Max();
            Volatile.Write(ref _registry, PluginRegistry.Empty);
            foreach (var plugin in old.Plugins)
            {
                Retire(plugin);
            }

            var bound = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, (longest * 2).Ticks));
            var waited = Stopwatch.StartNew();
            while (SweepRetired(graceOver: true) > 0 && waited.Elapsed < bound)
            {
                await Task.Delay(10).ConfigureAwait(false);
            }
        }
        finally
        {
            _scanLock.Release();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<PluginStatus> List() => [.. Registry.Checks.Select(c => c.ToStatus())];

    /// <inheritdoc />
    public async Task<IReadOnlyList<PluginRejection>> RejectionsAsync(CancellationToken ct)
    {
        await _scanLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return [.. _rejected.Values.Select(r => r.Rejection).OrderBy(r => r.PluginName, StringComparer.Ordinal)];
        }
        finally
        {
            _scanLock.Release();
        }
    }

    /// <inheritdoc />
    public int AppliedClusterAction(string pluginName) => _applied.Get(pluginName);

    /// <inheritdoc />
    public void SetAppliedClusterAction(string pluginName, int action) => _applied.Set(pluginName, action);

    /// <inheritdoc />
    public async Task<bool> TrySetModeAsync(string checkName, CheckMode mode, CancellationToken ct)
    {
        // Under the scan lock, so a version being loaded right now cannot miss the new mode. Waited for without a thread:
        // a deploy holds the lock while its new version warms up (up to WarmUpLimit).
        await _scanLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var check = Registry.FindCheck(checkName);
            if (check is null || !Enum.IsDefined(mode))
            {
                return false;
            }

            _modes.Set(checkName, mode);
            check.Mode = mode;
            Log.ModeChanged(_logger, checkName, mode.ToString());
            return true;
        }
        finally
        {
            _scanLock.Release();
        }
    }

    /// <inheritdoc />
    public Task ReloadAsync(CancellationToken ct) => ScanAsync(ScanKind.Explicit, ct);

    private async Task ScanAsync(ScanKind kind, CancellationToken ct)
    {
        await _scanLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ScanLocked(kind, null);
        }
        finally
        {
            _scanLock.Release();
        }
    }

    /// <summary>
    /// Compares every plugin folder with what is loaded, loads what changed, swaps the registry, then unloads what was
    /// replaced. A <see cref="ScanKind.Deploy"/> scan loads or removes <paramref name="deployed"/> at once and treats every
    /// other folder as a poll would: a deploy never reloads another plugin (nor lifts its quarantine).
    /// </summary>
    private void ScanLocked(ScanKind scan, string? deployed)
    {
        SweepRetired();
        // A rejected folder that is gone is no longer news.
        foreach (var gone in _rejected.Keys.Where(n => !Directory.Exists(Path.Combine(PluginsPath, n))).ToList())
        {
            _rejected.Remove(gone);
        }

        var current = Registry;
        var names = new SortedSet<string>(current.Plugins.Select(p => p.Name), StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(PluginsPath))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('.'))
            {
                names.Add(name);
            }
        }

        var kept = new List<LoadedPlugin>();
        var loaded = new List<(LoadedPlugin Plugin, LoadedPlugin? Previous)>();
        var retired = new List<LoadedPlugin>();
        foreach (var name in names)
        {
            var kind = scan == ScanKind.Deploy && name != deployed ? ScanKind.Poll : scan;
            var existing = current.FindPlugin(name);
            var directory = Path.Combine(PluginsPath, name);
            var manifest = PluginManifest.Read(directory);
            var forced = kind == ScanKind.Explicit && existing is { HasQuarantinedCheck: true };
            if (existing is not null && existing.Manifest.Equals(manifest) && !forced)
            {
                _pending.Remove(name);
                kept.Add(existing);
                continue;
            }

            if ((existing is null && manifest is null) || (kind == ScanKind.Poll && !Settled(name, manifest)))
            {
                AddIfNotNull(kept, existing);
                continue;
            }

            _pending.Remove(name);
            if (manifest is null)
            {
                Log.PluginRemoved(_logger, name, directory);
                retired.Add(existing!);
                continue;
            }

            if (kind == ScanKind.Poll && _rejected.TryGetValue(name, out var bad) && bad.Manifest.Equals(manifest)
                && (bad.Clash is null || current.FindCheck(bad.Clash) is { } holder && holder.Plugin.Name != name))
            {
                AddIfNotNull(kept, existing);
                continue;
            }

            var shadow = NewShadowDirectory(name);
            var result = PluginLoading.TryLoad(name, directory, manifest, shadow, _timeProvider.GetUtcNow(), _modes.Get, _options.UnloadReplacedPlugins);
            if (result.Plugin is null)
            {
                TryDeleteDirectory(shadow);
                Reject(name, directory, manifest, result.Error!, existing);
                AddIfNotNull(kept, existing);
                continue;
            }

            _rejected.Remove(name);
            loaded.Add((result.Plugin, existing));
        }

        WarmUp(loaded.ConvertAll(l => l.Plugin));

        // Check names are unique across plugins: a newly loaded plugin that takes a name already in use is rejected.
        var taken = new HashSet<string>(kept.SelectMany(p => p.Checks).Select(c => c.Name), StringComparer.Ordinal);
        foreach (var (plugin, previous) in loaded)
        {
            var clash = plugin.Checks.FirstOrDefault(c => taken.Contains(c.Name));
            if (clash is not null)
            {
                Retire(plugin);
                Reject(plugin.Name, plugin.Info.AssemblyPath, plugin.Manifest, CheckNameTaken(clash.Name, kept.First(p => p.Checks.Any(c => c.Name == clash.Name)).Name), previous, clash.Name);
                AddIfNotNull(kept, previous);
                continue;
            }

            taken.UnionWith(plugin.Checks.Select(c => c.Name));
            kept.Add(plugin);
            AddIfNotNull(retired, previous);
            Log.PluginLoaded(_logger, plugin.Name, plugin.Info.AssemblyPath, string.Join(", ", plugin.Checks.Select(c => $"{c.Name}@{c.Version} ({c.Mode})")));
        }

        if (retired.Count == 0 && kept.Count == current.Plugins.Length && kept.TrueForAll(p => Array.IndexOf(current.Plugins, p) >= 0))
        {
            return;
        }

        var next = new PluginRegistry(kept);
        Volatile.Write(ref _registry, next);
        Log.RegistrySwapped(_logger, next.Plugins.Length, next.Checks.Length);

        // After the swap: new runs no longer see these; runs in flight finish, then the contexts are collected (or, in
        // ordinary contexts, stay in memory).
        foreach (var plugin in retired)
        {
            Retire(plugin);
            if (!_options.UnloadReplacedPlugins)
            {
                Log.PluginVersionKeptLoaded(_logger, plugin.Name, Interlocked.Increment(ref _keptLoaded));
            }
        }
    }

    /// <summary>
    /// Warms the newly loaded versions up (<see cref="PluginWarmUp"/>), side by side, before the registry is swapped; the
    /// scan waits at most <see cref="ComplianceOptions.WarmUpLimit"/> for them.
    /// </summary>
    private void WarmUp(List<LoadedPlugin> plugins)
    {
        var limit = _options.WarmUpLimit;
        if (plugins.Count == 0 || limit <= 0)
        {
            return;
        }

        // Disposed only once every warm-up has returned: a hung one may still read its token.
        var stop = new CancellationTokenSource(limit);
        // Per plugin, the check whose warm-up run is going (null between runs). Each plugin on a thread of its own: it starts at
        // once however busy the pool is, and one that hangs parks no pool thread.
        var running = new StrongBox<LoadedCheck?>[plugins.Count];
        var runs = new Task[plugins.Count];
        for (var i = 0; i < plugins.Count; i++)
        {
            var plugin = plugins[i];
            var box = running[i] = new StrongBox<LoadedCheck?>();
            runs[i] = Task.Factory.StartNew(
                () => WarmUpOne(plugin, box, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        if (Task.WaitAll(runs, limit))
        {
            stop.Dispose();
            return;
        }

        for (var i = 0; i < plugins.Count; i++)
        {
            if (!runs[i].IsCompleted)
            {
                Log.WarmUpUnfinished(_logger, plugins[i].Name, limit);
                // A run still going past the limit is an overrun of its check, as an engine run would be (ComplianceEngine).
                if (Volatile.Read(ref running[i].Value) is { } check)
                {
                    check.OverrunUntilDone(runs[i]);
                }
            }
        }
    }

    private void WarmUpOne(LoadedPlugin plugin, StrongBox<LoadedCheck?> running, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var (count, error) = PluginWarmUp.Run(plugin, check => _options.TimeLimit(check.Timeout), running, stop);
        if (error is not null)
        {
            Log.WarmUpFailed(_logger, plugin.Name, error);
        }

        if (!stop.IsCancellationRequested)
        {
            Log.PluginWarmedUp(_logger, plugin.Name, count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private enum ScanKind
    {
        Initial,
        Poll,
        Explicit,
        Deploy,
    }
}
