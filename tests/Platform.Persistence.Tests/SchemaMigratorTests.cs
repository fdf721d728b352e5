using System.Reflection;
using Orleans.Clustering.AdoNet;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Persistence.Postgres;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class SchemaMigratorTests(PostgresFixture postgres)
{
    [Fact]
    public void Migrations_Embedded_AreNumberedFromOneWithoutGaps()
    {
        var versions = SchemaMigrator.Migrations.Select(m => m.Version).ToArray();

        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
        Assert.True(versions.Length >= 4);
        Assert.Equal(versions[^1], SchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_AppliesEveryMigrationAndRecordsIt()
    {
        var cs = await postgres.CreateDatabaseAsync();

        var result = await SchemaMigrator.ApplyAsync(cs);

        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Version), result.AppliedVersions);
        Assert.Equal(SchemaMigrator.LatestVersion, result.CurrentVersion);
        Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetCurrentVersionAsync(cs));
        var tables = await Database.ColumnAsync(cs, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        Assert.Equal(
            ["grain_state", "grain_state_part", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage", "platform_schema_version"],
            tables);
    }

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_GrainStatePayloadsCompressWithLz4()
    {
        var cs = await postgres.CreateDatabaseAsync();

        await SchemaMigrator.ApplyAsync(cs);

        // 'l' = lz4 (Debian's PostgreSQL is built with it); a build without lz4 would keep the default (empty).
        var method = await Database.ColumnAsync(cs,
            "SELECT attcompression::text FROM pg_attribute WHERE attrelid IN ('grain_state'::regclass, 'grain_state_part'::regclass) AND attname = 'payload'");
        Assert.Equal(["l", "l"], method);
    }

    [Fact]
    public async Task ApplyAsync_AlreadyCurrent_IsNoOp()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(cs);
        var queriesBefore = await Database.ScalarAsync(cs, "SELECT count(*) FROM OrleansQuery");

        var second = await SchemaMigrator.ApplyAsync(cs);

        Assert.False(second.Changed);
        Assert.Equal(SchemaMigrator.LatestVersion, second.CurrentVersion);
        Assert.Equal(SchemaMigrator.Migrations.Count, await Database.ScalarAsync(cs, "SELECT count(*) FROM platform_schema_version"));
        Assert.Equal(queriesBefore, await Database.ScalarAsync(cs, "SELECT count(*) FROM OrleansQuery"));
    }

    [Fact]
    public async Task ApplyAsync_ManyConcurrentCallers_AppliesEachMigrationOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SchemaMigrator.ApplyAsync(cs)));

        Assert.Single(results, r => r.Changed);
        Assert.All(results, r => Assert.Equal(SchemaMigrator.LatestVersion, r.CurrentVersion));
        Assert.Equal(SchemaMigrator.Migrations.Count, await Database.ScalarAsync(cs, "SELECT count(*) FROM platform_schema_version"));
    }

    [Fact]
    public async Task ApplyAsync_AppliedScriptEdited_ThrowsAndChangesNothing()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(cs);
        await Database.ScalarAsync(cs, "UPDATE platform_schema_version SET checksum = 'edited' WHERE version = 2 RETURNING 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrator.ApplyAsync(cs));

        Assert.Contains("0002_persistence", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM platform_schema_version WHERE checksum = 'edited'"));
        Assert.Equal(SchemaMigrator.Migrations.Count, await Database.ScalarAsync(cs, "SELECT count(*) FROM platform_schema_version"));
    }

    [Fact]
    public async Task ApplyAsync_DatabaseNewerThanBuild_AcceptsIt()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(cs);
        await Database.ScalarAsync(cs, "INSERT INTO platform_schema_version (version, name, checksum) VALUES (9999, 'future', 'x') RETURNING 1");

        var result = await SchemaMigrator.ApplyAsync(cs);

        Assert.False(result.Changed);
        Assert.Equal(9999, result.CurrentVersion);
    }

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_StoresEveryQueryTheOrleansProvidersRequire()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(cs);

        var stored = await Database.ColumnAsync(cs, "SELECT QueryKey::text FROM OrleansQuery");

        // The providers validate their query sets against these internal contracts at start-up.
        var required = RequiredKeys(typeof(AdoNetClusteringSiloOptions).Assembly, "Orleans.Clustering.AdoNet.Storage.DbStoredQueries")
            .Concat(RequiredKeys(typeof(AdoNetReminderTableOptions).Assembly, "Orleans.Reminders.AdoNet.Storage.DbStoredQueries"))
            .Concat(["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey"])
            .ToArray();
        Assert.True(required.Length > 15);
        Assert.Empty(required.Except(stored));
        Assert.Contains("'ClearStorageKey'", AdoNetGrainStorage.DefaultInitializationQuery, StringComparison.Ordinal);
    }

    private static IEnumerable<string> RequiredKeys(Assembly assembly, string typeName) =>
        (assembly.GetType(typeName) ?? throw new InvalidOperationException($"{typeName} not found"))
            .GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(p => p.Name);
}
