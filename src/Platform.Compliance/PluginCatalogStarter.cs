using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Compliance;

/// <summary>
/// Does the catalog's first load on <see cref="IHostApplicationLifetime.ApplicationStarted"/>, that is after every
/// hosted service (the Orleans silo included) has started, so no plugin assembly is loaded while Orleans scans
/// assemblies at start-up; then the <see cref="IPluginCatalogStartup"/> steps, before the catalog reports ready.
/// </summary>
internal sealed class PluginCatalogStarter : IHostedService
{
    private readonly PluginCatalog _catalog;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IEnumerable<IPluginCatalogStartup> _steps;
    private readonly ILogger<PluginCatalogStarter> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenRegistration _registration;
    private Task _start = Task.CompletedTask;

    public PluginCatalogStarter(PluginCatalog catalog, IHostApplicationLifetime lifetime, IEnumerable<IPluginCatalogStartup> steps, ILogger<PluginCatalogStarter> logger)
    {
        _catalog = catalog;
        _lifetime = lifetime;
        _steps = steps;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = _lifetime.ApplicationStarted.Register(() => _start = Task.Run(StartCatalogAsync));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _registration.DisposeAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _start.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await _catalog.StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task StartCatalogAsync()
    {
        try
        {
            await _catalog.StartAsync(_steps, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ScanFailed(_logger, _catalog.PluginsPath, ex);
        }
    }
}
