using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Compliance;

/// <summary>Registers the compliance engine and plugin catalog.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IComplianceEngine"/> and <see cref="IPluginCatalog"/> (singletons), bound to the
    /// <c>Compliance</c> section (<c>PluginsPath</c>, <c>DefaultTimeout</c> and <c>PollInterval</c> in ms, …), and a
    /// hosted service that loads the plugins once the host has started. Plugin types are never registered here.
    /// </summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ComplianceOptions>().Bind(configuration.GetSection(ComplianceOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<IPluginCatalog>(sp => sp.GetRequiredService<PluginCatalog>());
        services.TryAddSingleton<ComplianceEngine>();
        services.TryAddSingleton<IComplianceEngine>(sp => sp.GetRequiredService<ComplianceEngine>());
        services.AddHostedService<PluginCatalogStarter>();
        return services;
    }
}
