using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Plugins;

/// <summary>
/// Brings this silo's plugin catalog in line with <see cref="IPluginSettingsGrain"/> every
/// <see cref="ComplianceOptions.PollInterval"/>: deploys the packages it does not provide yet, then switches the checks
/// whose mode differs. A package is deployed only when it was still missing at the previous poll too, so that silos
/// sharing one plugins folder load it from the folder instead of deploying it again.
/// </summary>
internal sealed class PluginSettingsSync(
    IGrainFactory grains, IPluginCatalog catalog, IOptions<ComplianceOptions> options, ILogger<PluginSettingsSync> logger) : BackgroundService
{
    private readonly Dictionary<string, int> _missingSince = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await catalog.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollInterval)));
        do
        {
            try
            {
                await ApplyAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not apply the cluster's plugin settings; trying again at the next poll");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ApplyAsync(CancellationToken ct)
    {
        var settings = await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).GetAsync();
        foreach (var package in settings.Packages)
        {
            var provided = catalog.List().Where(c => c.PluginName == package.Name).Select(c => $"{c.Name}@{c.Version}").ToHashSet(StringComparer.Ordinal);
            if (package.Checks.All(provided.Contains))
            {
                _missingSince.Remove(package.Name);
                continue;
            }

            if (_missingSince.GetValueOrDefault(package.Name) != package.Deploys)
            {
                _missingSince[package.Name] = package.Deploys;
                continue;
            }

            if (await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).GetPackageAsync(package.Name) is not { } zip)
            {
                continue;
            }

            using var stream = new MemoryStream(zip, writable: false);
            var result = await catalog.DeployPackageAsync(package.Name, stream, ct);
            _missingSince.Remove(package.Name);
            logger.LogInformation("Plugin package {Name} from the cluster's settings: {Outcome}", package.Name, result.Succeeded ? "deployed" : result.Error);
        }

        var loaded = catalog.List();
        foreach (var (check, stored) in settings.Modes)
        {
            var mode = stored == "shadow" ? CheckMode.Shadow : CheckMode.Enforce;
            if (loaded.Any(c => c.Name == check && c.Mode != mode))
            {
                catalog.TrySetMode(check, mode);
            }
        }
    }
}
