namespace Platform.Compliance.Tests;

/// <summary>
/// Tests that prove an unload by forcing collections until a load context is gone. They run alone, after the others:
/// forced collections while other tests load, run and unload plugins in the same process are what makes the runtime's
/// crash around collectible contexts likely (tools/Platform.PluginStress; docs/plugins.md, "Collectible contexts and
/// the runtime").
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ForcedCollections
{
    public const string Name = "forced collections";
}
