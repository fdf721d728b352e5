using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Persistence.Postgres;

namespace Platform.Persistence.Tests;

public sealed class PlatformPostgresExtensionsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Port=1;Database=unused;Username=postgres";

    [Fact]
    public void UsePlatformPostgres_CustomStorageName_RegistersDefaultAndNamedPostgresStorage()
    {
        using var host = BuildSilo(silo => silo.UsePlatformPostgres(ConnectionString, "Jobs"));

        Assert.Equal("PostgresGrainStorage", host.Services.GetRequiredKeyedService<IGrainStorage>("Jobs").GetType().Name);
        Assert.Equal(
            "PostgresGrainStorage",
            host.Services.GetRequiredKeyedService<IGrainStorage>(PlatformPostgresExtensions.DefaultStorageName).GetType().Name);

        // States written before migration 0005 stay readable through the ADO.NET provider, on Npgsql.
        var legacy = host.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(PlatformPostgresExtensions.LegacyStorageName);
        Assert.Equal(PlatformPostgresExtensions.Invariant, legacy.Invariant);
        Assert.Equal(ConnectionString, legacy.ConnectionString);
    }

    [Fact]
    public void UsePlatformPostgres_Default_UsesNpgsqlForClusteringAndReminders()
    {
        using var host = BuildSilo(silo => silo.UsePlatformPostgres(ConnectionString));

        var clustering = host.Services.GetRequiredService<IOptions<AdoNetClusteringSiloOptions>>().Value;
        var reminders = host.Services.GetRequiredService<IOptions<AdoNetReminderTableOptions>>().Value;
        Assert.Equal("Npgsql", clustering.Invariant);
        Assert.Equal(ConnectionString, clustering.ConnectionString);
        Assert.Equal("Npgsql", reminders.Invariant);
        Assert.Equal(ConnectionString, reminders.ConnectionString);
    }

    [Fact]
    public void WithConnectionDefaults_NotSet_AppendsThemAndKeepsTheRest()
    {
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(PlatformPostgresExtensions.WithConnectionDefaults(ConnectionString + ";"));

        Assert.Equal(PlatformPostgresExtensions.DefaultMaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PlatformPostgresExtensions.DefaultMaxPoolSize, tuned.MaxPoolSize);
        Assert.Equal(("127.0.0.1", 1, "unused", "postgres"), (tuned.Host, tuned.Port, tuned.Database, tuned.Username));
    }

    [Theory]
    [InlineData("Max Auto Prepare=0;No Reset On Close=false;Maximum Pool Size=50")]
    [InlineData("maxautoprepare=5;noresetonclose=false;maxpoolsize=50")]
    public void WithConnectionDefaults_SetByOperator_Unchanged(string setting)
    {
        var given = $"{ConnectionString};{setting}";

        Assert.Equal(given, PlatformPostgresExtensions.WithConnectionDefaults(given));
    }

    [Fact]
    public void WithConnectionDefaults_OneSetByOperator_OnlyTheOtherAdded()
    {
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(PlatformPostgresExtensions.WithConnectionDefaults($"{ConnectionString};Max Auto Prepare=0"));

        Assert.Equal((0, true), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
    }

    private static IHost BuildSilo(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(configure);
        return builder.Build();
    }
}
