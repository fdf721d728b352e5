namespace Platform.Host;

/// <summary>Configures the co-hosted Orleans silo: embedded (in-memory) unless a PostgreSQL connection string is given.</summary>
public static class SiloSetup
{
    /// <summary>Reads <c>Orleans:*</c> settings and configures the silo.</summary>
    public static WebApplicationBuilder AddPlatformSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var siloPort = config.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = config.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ClusterId = config.GetValue("Orleans:ClusterId", "platform")!;
                o.ServiceId = config.GetValue("Orleans:ServiceId", "platform")!;
            });
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.AddMemoryGrainStorage(Platform.Grains.GrainStorage.Name);
            silo.UseInMemoryReminderService();
        });
        return builder;
    }
}
