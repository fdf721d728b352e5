using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Plugins;

/// <summary>
/// Brings this silo's catalog in line with <see cref="IPluginSettingsGrain"/> every <see cref="ComplianceOptions.PollInterval"/>:
/// takes each staff action through the API (a deploy or a removal) that its plugins folder has not taken yet, then
/// switches the checks whose mode differs. An action is taken once per plugins folder (<see cref="IPluginCatalog.AppliedClusterAction"/>):
/// what is done by hand in the folder afterwards (a copy-then-rename deploy, a deleted folder) is newer and stands. An
/// action the folder has not taken is skipped too when the plugin's folder was written after it (a silo that was down
/// while both happened). At a poll it is applied only when still missing at the previous one, so that silos sharing one
/// plugins folder load it from the folder instead of deploying it again. The first comparison is a start-up step of the
/// catalog (<see cref="IPluginCatalogStartup"/>): it applies what is missing at once, right after the folder's first load,
/// and the catalog reports ready (and decides changes) only after it, so a silo that was down never takes traffic with a
/// version the staff replaced or removed meanwhile.
/// </summary>
internal sealed class PluginSettingsSync(
    IGrainFactory grains, IPluginCatalog catalog, IOptions<ComplianceOptions> options, ILogger<PluginSettingsSync> logger) : BackgroundService, IPluginCatalogStartup
{
    private readonly Dictionary<string, int> _missingSince = new(StringComparer.Ordinal);

    private TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollInterval));

    public async Task RunAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await ApplyAsync(atStart: true, ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not apply the cluster's plugin settings at start (the silo is not ready until they are); trying again in {Interval}", Interval);
            }

            await Task.Delay(Interval, ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await catalog.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ApplyAsync(atStart: false, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not apply the cluster's plugin settings; trying again at the next poll");
            }
        }
    }

    private async Task ApplyAsync(bool atStart, CancellationToken ct)
    {
        var settings = await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).GetAsync();
        foreach (var package in settings.Packages)
        {
            if (catalog.AppliedClusterAction(package.Name) >= package.Deploys)
            {
                _missingSince.Remove(package.Name);
                continue;
            }

            if (InPlace(package))
            {
                Taken(package);
                continue;
            }

            if (catalog.FolderWrittenAt(package.Name) is { } written && written > package.At)
            {
                logger.LogInformation(
                    "Plugin folder {Name} was written at {Written}, after the cluster's {Action} of {At}: the folder's version stands",
                    package.Name, written, package.Removed ? "removal" : "deploy", package.At);
                Taken(package);
                continue;
            }

            // At start the folder has just been loaded as it is: what is missing now is missing, not being written.
            if (!atStart && _missingSince.GetValueOrDefault(package.Name) != package.Deploys)
            {
                _missingSince[package.Name] = package.Deploys;
                continue;
            }

            if (package.Removed)
            {
                await catalog.RemoveAsync(package.Name, ct);
                logger.LogInformation("Plugin {Name} removed, as in the cluster's settings", package.Name);
                Taken(package);
                continue;
            }

            if (await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).GetPackageAsync(package.Name) is not { } zip)
            {
                continue;
            }

            using var stream = new MemoryStream(zip, writable: false);
            var result = await catalog.DeployPackageAsync(package.Name, stream, ct);
            logger.LogInformation("Plugin package {Name} from the cluster's settings: {Outcome}", package.Name, result.Succeeded ? "deployed" : result.Error);
            if (result.Succeeded)
            {
                Taken(package);
            }
            else
            {
                _missingSince.Remove(package.Name);
            }
        }

        var loaded = catalog.List();
        foreach (var (check, stored) in settings.Modes)
        {
            var mode = stored == "shadow" ? CheckMode.Shadow : CheckMode.Enforce;
            if (loaded.Any(c => c.Name == check && c.Mode != mode))
            {
                await catalog.TrySetModeAsync(check, mode, ct);
            }
        }
    }

    /// <summary>True when the folder already is as the action left it: the package's checks loaded at its versions, or the plugin gone.</summary>
    private bool InPlace(StoredPackage package)
    {
        var provided = catalog.List().Where(c => c.PluginName == package.Name).Select(c => $"{c.Name}@{c.Version}").ToHashSet(StringComparer.Ordinal);
        return package.Removed
            ? provided.Count == 0 && catalog.FolderWrittenAt(package.Name) is null
            : package.Checks.All(provided.Contains);
    }

    private void Taken(StoredPackage package)
    {
        _missingSince.Remove(package.Name);
        catalog.SetAppliedClusterAction(package.Name, package.Deploys);
    }
}
