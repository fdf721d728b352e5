using Xunit;

namespace Platform.Testing.Postgres;

/// <summary>
/// An xunit fixture owning one private <see cref="PostgresServer"/> for the tests that share it; each test asks
/// for its own fresh database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// xunit only honours collection definitions declared in the test assembly itself, so a test project adds:
/// <code>
/// [CollectionDefinition(PostgresFixture.CollectionName)]
/// public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;
/// </code>
/// and marks its test classes <c>[Collection(PostgresFixture.CollectionName)]</c>.
/// </remarks>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>The conventional collection name for tests sharing the server.</summary>
    public const string CollectionName = "PostgreSQL";

    private PostgresServer? _server;

    /// <summary>Gets the running server; valid between xunit's initialisation and disposal of the fixture.</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Creates a new empty database named <c>db_&lt;guid&gt;</c> and returns its connection string.</summary>
    /// <returns>The connection string.</returns>
    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync("db_" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await PostgresServer.StartNewAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
