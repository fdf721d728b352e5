using Orleans.Configuration;
using Platform.Grains;
using Platform.Persistence.Postgres;

namespace Platform.Host;

/// <summary>
/// Configures the co-hosted Orleans silo. Embedded by default: localhost clustering, in-memory grain storage and
/// reminders. With a PostgreSQL connection string (<c>ConnectionStrings:Platform</c>, or the environment variable
/// <c>PLATFORM_POSTGRES</c>), grain state, cluster membership and reminders all live in PostgreSQL and several
/// silos form one cluster.
/// </summary>
public static class SiloSetup
{
    public const string ConnectionStringName = "Platform";
    public const string ConnectionStringVariable = "PLATFORM_POSTGRES";

    /// <summary>Reads <c>Orleans:*</c> settings and configures the silo.</summary>
    public static WebApplicationBuilder AddPlatformSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var siloPort = Port(config, "Orleans:SiloPort", 11111);
        var gatewayPort = Port(config, "Orleans:GatewayPort", 30000);
        var advertised = AdvertisedAddress(config);
        var clusterId = Name(config, "Orleans:ClusterId");
        var serviceId = Name(config, "Orleans:ServiceId");
        var connectionString = PostgresConnectionString(config);
        config["Orleans:Storage"] = connectionString is null ? "memory (embedded)" : "postgresql";
        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            if (connectionString is null)
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
                // Embedded: grain states stay live objects in this process (no serialised copy per write or in memory).
                silo.Services.AddLiveStateStorage();

                // One silo holds the whole grain directory itself: a cache of it saves no lookup and costs ~180 B per
                // activation (docs/benchmarks.md, "Memory at a million entities").
                silo.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
                silo.UseInMemoryReminderService();
            }
            else
            {
                // Silos on one machine talk over loopback; on several machines each advertises its own address.
                silo.ConfigureEndpoints(
                    advertised ?? System.Net.IPAddress.Loopback,
                    siloPort,
                    gatewayPort,
                    listenOnAnyHostAddress: advertised is not null);
                silo.Services.Configure<Orleans.Configuration.ClusterMembershipOptions>(config.GetSection("Orleans:Membership"));
                // Prepared statements unless the connection string says otherwise (docs/production.md).
                silo.UsePlatformPostgres(PlatformPostgresExtensions.WithConnectionDefaults(connectionString), Platform.Grains.GrainStorage.Name);

                // A storage failure on one silo reaches the caller on another as an OrleansException wrapping an
                // Npgsql exception; without this, Orleans cannot serialise it (CodecNotFoundException) and the
                // gateway answers 500 instead of 503.
                silo.Configure<Orleans.Serialization.ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
            }
        });
        return builder;
    }

    private static int Port(IConfiguration config, string key, int fallback)
    {
        var port = config.GetValue(key, fallback);
        return port is >= 1 and <= 65535 ? port : throw new InvalidSettingException($"{key} must be a port from 1 to 65535, not {port}");
    }

    // The name the silos of one cluster share (ClusterId) or keep across deployments (ServiceId, which keys stored state):
    // "platform" unless given; given empty (an unset variable) it would start a silo no other joins, or fail deep in Orleans.
    private static string Name(IConfiguration config, string key) => config[key] switch
    {
        null => "platform",
        { } value when string.IsNullOrWhiteSpace(value) || value.Trim() != value =>
            throw new InvalidSettingException($"{key} must be a name without spaces around it, not '{value}'"),
        { } value => value,
    };

    private static System.Net.IPAddress? AdvertisedAddress(IConfiguration config)
    {
        const string Key = "Orleans:AdvertisedAddress";
        var value = config[Key];
        return value is null ? null
            : System.Net.IPAddress.TryParse(value, out var address) ? address
            : throw new InvalidSettingException($"{Key}: '{value}' is not an IP address (this machine's address the other silos reach it at)");
    }

    private static string? PostgresConnectionString(IConfiguration config)
    {
        var setting = $"ConnectionStrings:{ConnectionStringName}";
        var value = config.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(value))
        {
            setting = ConnectionStringVariable;
            value = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // The message names the keyword or position, never the whole string: it may hold a password.
            throw new InvalidSettingException($"{setting} is not a PostgreSQL connection string (Host=…;Database=…;Username=…): {ex.Message}");
        }

        return value;
    }
}
