using Platform.Compliance;
using Platform.Gateway;
using Platform.Grains;

namespace Platform.Host;

/// <summary>Builds the whole application: silo, grains, compliance and gateway on one web host.</summary>
public static class PlatformApp
{
    /// <summary>Builds the host from arguments and configuration; <paramref name="configure"/> lets tests replace services (e.g. the clock).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.ResolvePluginsPath().AddPlatformSilo();
        builder.Services.AddPlatformGrains();
        builder.Services.AddCompliance(builder.Configuration);
        builder.Services.AddGateway(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGateway();
        app.LogStartup();
        return app;
    }
}
