using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>The loaded compliance plugins: what is loaded, in which mode, and how to deploy a new one.</summary>
public interface IPluginCatalog
{
    /// <summary>
    /// Completes after the first load of the plugins folder (which happens once the host has started) and the
    /// <see cref="IPluginCatalogStartup"/> steps after it (on a silo: the cluster's stored plugin actions applied).
    /// </summary>
    Task Ready { get; }

    /// <summary>Every loaded check with its mode and counters.</summary>
    IReadOnlyList<PluginStatus> List();

    /// <summary>
    /// Switches a loaded check between enforce and shadow without a reload; the choice is kept in
    /// <c>modes.json</c> in the plugins folder and survives restarts. False when no such check is loaded. Waits (without
    /// a thread) for a scan or deploy in progress, so the version it is loading takes the new mode too.
    /// </summary>
    Task<bool> TrySetModeAsync(string checkName, CheckMode mode, CancellationToken ct);

    /// <summary>
    /// Why a package cannot be deployed under <paramref name="pluginName"/>: a malformed name (names starting with '.',
    /// the catalog's work folders, among them), the catalog's own <c>modes.json</c>, or a file already in the plugins
    /// folder under that name. Null when the name can be used.
    /// </summary>
    PluginRefusal? NameProblem(string? pluginName);

    /// <summary>
    /// Validates a zip of a plugin's publish folder and deploys it to <c>&lt;PluginsPath&gt;/&lt;pluginName&gt;</c>
    /// by directory swap, then loads it. A package that fails validation changes nothing. Only this plugin is loaded:
    /// the others (a quarantined check among them) are left as they are.
    /// </summary>
    Task<PluginDeployResult> DeployPackageAsync(string pluginName, Stream zip, CancellationToken ct);

    /// <summary>
    /// Removes the plugin folder <paramref name="pluginName"/> and unloads its checks (runs in flight finish first); the
    /// other plugins are untouched. False when there is no such folder.
    /// </summary>
    Task<bool> RemoveAsync(string pluginName, CancellationToken ct);

    /// <summary>
    /// When the plugin folder <paramref name="pluginName"/> was last written: the newest write time of the folder and
    /// of any file in it. Null when there is no such folder.
    /// </summary>
    DateTimeOffset? FolderWrittenAt(string pluginName);

    /// <summary>Plugin folders found but not loaded (wrong contract, missing dependency, …), with the reason, until the folder changes or goes.</summary>
    /// <remarks>Waits (without a thread) for a scan or deploy in progress, so its rejections are in the answer.</remarks>
    Task<IReadOnlyList<PluginRejection>> RejectionsAsync(CancellationToken ct);

    /// <summary>
    /// The latest of the cluster's staff actions on <paramref name="pluginName"/> (its count in the cluster's plugin
    /// settings) that this plugins folder has taken; 0 when none. Kept in <c>applied.json</c> in the plugins folder.
    /// </summary>
    int AppliedClusterAction(string pluginName);

    /// <summary>Records that this plugins folder has taken the cluster's staff action <paramref name="action"/> on <paramref name="pluginName"/>.</summary>
    void SetAppliedClusterAction(string pluginName, int action);

    /// <summary>Rescans the plugins folder now; changed plugins and quarantined checks are reloaded.</summary>
    Task ReloadAsync(CancellationToken ct);
}
