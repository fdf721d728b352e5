using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grains.Compliance;
using Platform.Grains.Notifications;
using Platform.Grains.Plugins;
using Platform.Grains.Workflows;

namespace Platform.Grains;

/// <summary>Registers the services the grains depend on.</summary>
public static class GrainServicesExtensions
{
    /// <summary>The compliance gate and effect dispatcher (singletons), workflow and notification options, the webhook sender, the sync of the cluster's plugin settings, and the system clock unless a test put its own.</summary>
    public static IServiceCollection AddPlatformGrains(this IServiceCollection services)
    {
        services.Scan(scan => scan
            .FromAssemblyOf<ComplianceGate>()
            .AddClasses(c => c.InNamespaceOf<ComplianceGate>().Where(t => t.Name is nameof(ComplianceGate) or nameof(EffectDispatcher)), publicOnly: false)
            .AsSelf()
            .WithSingletonLifetime());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section);
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.TryAddSingleton<SupportAlerts>();
        services.AddHostedService<WebhookSender>();
        services.AddHostedService<PluginSettingsSync>();
        return services;
    }
}
