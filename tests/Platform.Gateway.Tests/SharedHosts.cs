namespace Platform.Gateway.Tests;

/// <summary>
/// One host for a whole test class, with the built-in checks a subclass names: for classes whose tests each make their
/// own users, jobs and contracts and read nothing host-wide. A host per test loaded the checks' plugins again for every
/// test (some 50 times per run); each load and unload in a collectible context is a chance for the runtime crash that
/// <c>tools/Platform.PluginStress</c> reproduces (docs/plugins.md, "Collectible contexts and the runtime"), when a host
/// unloads them (not the default).
/// </summary>
public abstract class SharedHost(params string[] plugins) : IAsyncLifetime
{
    public HostFixture Host { get; } = new() { Plugins = plugins };

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}

/// <summary>The built-in contact check.</summary>
public sealed class ContactCheckHost() : SharedHost("plugins/Platform.Checks.Contact");

/// <summary>The built-in contact and content checks.</summary>
public sealed class MessageChecksHost() : SharedHost("plugins/Platform.Checks.Contact", "plugins/Platform.Checks.Content");

/// <summary>The built-in contact, content and job-advice checks (what the scan endpoint is compared with).</summary>
public sealed class ScanChecksHost() : SharedHost("plugins/Platform.Checks.Contact", "plugins/Platform.Checks.Content", "plugins/Platform.Checks.JobAdvice");
