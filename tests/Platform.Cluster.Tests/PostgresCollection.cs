using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

/// <summary>All tests share one private PostgreSQL server; each test creates its own database.</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
