using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Platform.Compliance;

/// <summary>Registers the compliance engine and plugin catalog.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IComplianceEngine"/> and <see cref="IPluginCatalog"/> (singletons), bound to the
    /// <c>Compliance</c> section (<c>PluginsPath</c>, <c>DefaultTimeout</c> and <c>PollInterval</c> in ms, …), and a
    /// hosted service that loads the plugins once the host has started. The settings are checked when the host starts: a
    /// plugins folder that does not exist, or a time limit or count that is not positive, refuses the start
    /// (<see cref="OptionsValidationException"/> naming the key). Plugin types are never registered here.
    /// </summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ComplianceOptions>().Bind(configuration.GetSection(ComplianceOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComplianceOptions>, ComplianceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<IPluginCatalog>(sp => sp.GetRequiredService<PluginCatalog>());
        services.TryAddSingleton<ComplianceEngine>();
        services.TryAddSingleton<IComplianceEngine>(sp => sp.GetRequiredService<ComplianceEngine>());
        services.AddHostedService<PluginCatalogStarter>();
        return services;
    }
}
