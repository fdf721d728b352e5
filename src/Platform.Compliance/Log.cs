using Microsoft.Extensions.Logging;

namespace Platform.Compliance;

/// <summary>The catalog's and engine's log lines.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Compliance plugin {Plugin} loaded from {Path}: {Checks}")]
    public static partial void PluginLoaded(ILogger logger, string plugin, string path, string checks);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Compliance plugin {Plugin} at {Path} rejected: {Reason}. {Fallback}")]
    public static partial void PluginRejected(ILogger logger, string plugin, string path, string reason, string fallback);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Compliance plugin {Plugin} removed (folder {Path} is gone)")]
    public static partial void PluginRemoved(ILogger logger, string plugin, string path);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Compliance registry swapped: {Plugins} plugins, {Checks} checks")]
    public static partial void RegistrySwapped(ILogger logger, int plugins, int checks);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Compliance plugin scan of {Path} failed")]
    public static partial void ScanFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "File-system watcher on {Path} unavailable; relying on polling")]
    public static partial void WatcherUnavailable(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Compliance modes file {Path} could not be read; starting with each check's default mode")]
    public static partial void ModesUnreadable(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Compliance check {Check} switched to {Mode}")]
    public static partial void ModeChanged(ILogger logger, string check, string mode);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Compliance plugin package {Plugin} deployed to {Path}")]
    public static partial void PackageDeployed(ILogger logger, string plugin, string path);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Compliance plugin package {Plugin} rejected: {Reason}")]
    public static partial void PackageRejected(ILogger logger, string plugin, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Compliance plugins folder {Path} could not be cleaned: {Reason}")]
    public static partial void CleanupFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "No compliance check loaded from {Path}: every change is allowed until a plugin is deployed there")]
    public static partial void NoChecksLoaded(ILogger logger, string path);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Compliance plugin versions load into collectible contexts and are unloaded when replaced (Compliance:UnloadReplacedPlugins is true): on this runtime each unload is a small chance of a process crash (docs/plugins.md, \"Collectible contexts and the runtime\")")]
    public static partial void PluginsUnloaded(ILogger logger);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Information, Message = "Compliance plugin {Plugin} was replaced or removed; its version stays in memory until the process exits ({Count} such versions since the start; Compliance:UnloadReplacedPlugins is false): restart the silo now and then after many deploys")]
    public static partial void PluginVersionKeptLoaded(ILogger logger, string plugin, int count);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Compliance plugin {Plugin} warmed up: {Runs} runs of its checks in {ElapsedMs:0} ms")]
    public static partial void PluginWarmedUp(ILogger logger, string plugin, int runs, double elapsedMs);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning, Message = "Compliance plugin {Plugin} threw while warming up (it is loaded all the same): {Error}")]
    public static partial void WarmUpFailed(ILogger logger, string plugin, string error);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning, Message = "Compliance plugin {Plugin} was still warming up after {LimitMs} ms (Compliance:WarmUpLimit); it takes traffic now")]
    public static partial void WarmUpUnfinished(ILogger logger, string plugin, int limitMs);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Compliance check {Check} {Version} threw: {Error}")]
    public static partial void CheckFailed(ILogger logger, string check, string version, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Compliance check {Check} {Version} ran past its {TimeoutMs} ms limit; result abandoned ({RanMs:0} ms running, {WaitedMs:0} ms waiting for a thread)")]
    public static partial void CheckTimedOut(ILogger logger, string check, string version, double timeoutMs, double ranMs, double waitedMs);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Compliance check {Check} {Version} did not start within its {TimeoutMs} ms limit: the host was busy; result abandoned ({RanMs:0} ms running, {WaitedMs:0} ms waiting for a thread), not counted toward quarantine")]
    public static partial void CheckStartedLate(ILogger logger, string check, string version, double timeoutMs, double ranMs, double waitedMs);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Compliance check {Check} {Version} quarantined after {Count} consecutive time-outs; it is skipped until reloaded")]
    public static partial void CheckQuarantined(ILogger logger, string check, string version, int count);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Compliance check {Check} {Version} quarantined after {Count} consecutive failures (last: {Error}); it is skipped until reloaded")]
    public static partial void CheckQuarantinedAfterFailures(ILogger logger, string check, string version, int count, string error);
}
