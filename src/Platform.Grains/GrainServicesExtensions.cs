using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Grains.Compliance;
using Platform.Grains.Notifications;
using Platform.Grains.Plugins;
using Platform.Grains.Workflows;

namespace Platform.Grains;

/// <summary>Registers the services the grains depend on.</summary>
public static class GrainServicesExtensions
{
    /// <summary>The compliance gate and effect dispatcher (singletons), workflow and notification options (checked when the host starts), the webhook sender, the sync of the cluster's plugin settings (also a start-up step of the plugin catalog), and the system clock unless a test put its own.</summary>
    public static IServiceCollection AddPlatformGrains(this IServiceCollection services)
    {
        services.Scan(scan => scan
            .FromAssemblyOf<ComplianceGate>()
            .AddClasses(c => c.InNamespaceOf<ComplianceGate>().Where(t => t.Name is nameof(ComplianceGate) or nameof(EffectDispatcher)), publicOnly: false)
            .AsSelf()
            .WithSingletonLifetime());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section).ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        services.TryAddSingleton<SupportAlerts>();
        services.AddHostedService<WebhookSender>();
        services.TryAddSingleton<PluginSettingsSync>();
        services.AddHostedService(sp => sp.GetRequiredService<PluginSettingsSync>());
        services.AddSingleton<IPluginCatalogStartup>(sp => sp.GetRequiredService<PluginSettingsSync>());
        return services;
    }
}
