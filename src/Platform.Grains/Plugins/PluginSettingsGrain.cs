using Platform.Abstractions.Compliance;
using Platform.Grains.Common;

namespace Platform.Grains.Plugins;

/// <inheritdoc cref="IPluginSettingsGrain"/>
internal sealed class PluginSettingsGrain(
    [PersistentState("plugins", GrainStorage.Name)] IPersistentState<PluginSettingsState> state, TimeProvider clock) : Grain, IPluginSettingsGrain
{
    public Task SetModeAsync(string checkName, string mode)
    {
        if (state.State.Modes.GetValueOrDefault(checkName) == mode)
        {
            return Task.CompletedTask;
        }

        state.State.Modes[checkName] = mode;
        return state.SaveAsync(GrainContext);
    }

    public Task StorePackageAsync(string pluginName, byte[] zip, IReadOnlyList<string> checks)
    {
        state.State.Packages[pluginName] = new StoredPackage(pluginName, Actions(pluginName) + 1, checks, Removed: false, clock.GetUtcNow());
        state.State.Zips[pluginName] = zip;
        return state.SaveAsync(GrainContext);
    }

    public Task RemovePackageAsync(string pluginName)
    {
        state.State.Packages[pluginName] = new StoredPackage(pluginName, Actions(pluginName) + 1, [], Removed: true, clock.GetUtcNow());
        state.State.Zips.Remove(pluginName);
        return state.SaveAsync(GrainContext);
    }

    public Task<PluginSettings> GetAsync() =>
        Task.FromResult(new PluginSettings(new Dictionary<string, string>(state.State.Modes), [.. state.State.Packages.Values]));

    public Task<byte[]?> GetPackageAsync(string pluginName) => Task.FromResult(state.State.Zips.GetValueOrDefault(pluginName));

    private int Actions(string pluginName) => state.State.Packages.GetValueOrDefault(pluginName)?.Deploys ?? 0;
}
