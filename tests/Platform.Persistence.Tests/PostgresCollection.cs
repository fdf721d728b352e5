using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>All tests share one private PostgreSQL server; each creates its own database.</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
